// Builds the CLI bundle once per test run so CLI tests exercise the current sources.
// @ts-expect-error plain ESM build script without type declarations
import { buildTargets } from '../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await buildTargets(['cli']);
}
