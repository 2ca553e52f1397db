import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['main/**/*.test.ts', 'test/**/*.test.ts', 'renderer/src/**/*.test.ts'],
    // PDF export and child-process tests are I/O bound; a 2-core machine needs headroom.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
  },
});
