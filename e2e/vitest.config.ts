import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // One browser at a time: the build machines have two cores, and Chromium plus PDF layout fill them.
    fileParallelism: false,
    // The files mock nothing, so they share one worker and its loaded modules (the handler table,
    // pdfmake, fonts) rather than loading them again for each file. Each test still gets a fresh app.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
