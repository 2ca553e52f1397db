// Builds the renderer to dist/renderer/. `base: './'` makes every asset URL relative, so the
// Electron window can load index.html with loadFile (file://) and tests can serve it from any origin.
import react from '@vitejs/plugin-react';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the build puts pdf.js's data files, beside index.html (renderer/src/shared/pdf/pdf-document.ts reads them there). */
const PDFJS_DATA_FOLDER = 'pdfjs';

/**
 * Copies the data files pdf.js loads on demand into the build: CMaps for CJK text, the standard
 * fonts a PDF may name without embedding, the WebAssembly JPEG 2000 / JBIG2 / colour decoders
 * (with their plain-JS fallback), and an ICC profile. Without them pdf.js would either show such
 * PDFs wrongly or need a URL; with them the app reads any PDF with no network at all.
 */
function pdfjsData(): Plugin {
  const pdfjs = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    name: 'briefbook-pdfjs-data',
    apply: 'build',
    async generateBundle() {
      for (const folder of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
        for (const name of await readdir(path.join(pdfjs, folder))) {
          const source = await readFile(path.join(pdfjs, folder, name));
          this.emitFile({ type: 'asset', fileName: `${PDFJS_DATA_FOLDER}/${folder}/${name}`, source });
        }
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), pdfjsData()],
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
