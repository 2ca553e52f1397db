import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const TEST_FOLDERS = ['main', 'test', 'renderer/src'];

/**
 * Test files that replace modules (`vi.mock`) or choose another environment: each of these runs
 * in a fresh worker of its own, so nothing it swaps in reaches another file.
 */
const needIsolation = TEST_FOLDERS.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.posix.join(folder, name.split(path.sep).join('/')))
    .filter((file) => /\bvi\.(?:mock|doMock)\(|@vitest-environment/.test(readFileSync(file, 'utf8'))),
);

/**
 * Test files that hold work to a wall-clock limit (an export stopped after a few seconds, while
 * the export queued behind it must finish within the same limit): they run last, one at a time,
 * with no other test file competing for the cores.
 */
const runAlone = ['main/core/export-worker/client.test.ts'];

const shared = {
  // PDF export and child-process tests are I/O bound; a 2-core machine needs headroom.
  testTimeout: 60_000,
  hookTimeout: 120_000,
  globalSetup: ['test/global-setup.ts'],
};

export default defineConfig({
  test: {
    // Every core: vitest's default leaves one free, which on a two-core build machine ran the
    // files one at a time, while many of them mostly wait on the CLI processes they start.
    maxWorkers: os.availableParallelism(),
    projects: [
      {
        // The rest share their workers' loaded modules (pdfmake, fonts, zod schemas...) across
        // files: starting a worker and loading them again for each of ~140 files cost more
        // than the tests themselves on a two-core machine.
        test: { ...shared, name: 'unit', include: TEST_FOLDERS.map((folder) => `${folder}/**/*.test.ts`), exclude: [...needIsolation, ...runAlone], isolate: false },
      },
      { test: { ...shared, name: 'isolated', include: needIsolation.filter((file) => !runAlone.includes(file)) } },
      { test: { ...shared, name: 'alone', include: runAlone, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
