// Builds the esbuild bundles (CLI, Electron main, export and search workers, preload) once per test run, so tests exercise
// the current sources and no two test files rewrite a bundle at the same time.
// @ts-expect-error plain ESM build script without type declarations
import { buildTargets } from '../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await buildTargets(['cli', 'main', 'export-worker', 'search-worker', 'preload']);
}
