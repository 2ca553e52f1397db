// Builds the renderer to dist/renderer/. `base: './'` makes every asset URL relative, so the
// Electron window can load index.html with loadFile (file://) and tests can serve it from any origin.
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(here, '..', 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // Every asset stays a file: the CSP allows no data: scripts or workers.
    assetsInlineLimit: 0,
    // Chromium supports modulepreload natively; the polyfill would be dead weight.
    modulePreload: { polyfill: false },
    sourcemap: true,
    // The bundle loads from disk, not a network: pdf.js alone is ~400 kB and splitting it buys nothing.
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
});
