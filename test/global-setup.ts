// Builds the esbuild bundles (CLI, Electron main, export and search workers, preload) once per test run, so tests exercise
// the current sources and no two test files rewrite a bundle at the same time.
// @ts-expect-error plain ESM build script without type declarations
import { buildTargets } from '../scripts/build.mjs';

// Both projects of vitest.config.ts name this setup; the bundles are built once for the run.
const state = globalThis as { briefbookBundles?: Promise<void> };

export default async function setup(): Promise<void> {
  state.briefbookBundles ??= buildTargets(['cli', 'main', 'export-worker', 'search-worker', 'preload']);
  await state.briefbookBundles;
}
