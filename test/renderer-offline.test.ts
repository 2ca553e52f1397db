// The renderer build needs no network: nothing in the page or its style sheets points off the
// machine, and the data files pdf.js loads on demand (CMaps, standard fonts, WebAssembly
// decoders) ship beside the page. The end-to-end tests read PDFs with the network cut off and
// check that those files are fetched from the app itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../main/core/resources';

const root = projectRoot();
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-renderer-'));
  await build({ configFile: path.join(root, 'renderer', 'vite.config.ts'), build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** Every file of the build, relative to it, with forward slashes. */
function builtFiles(): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

it('has no remote address in the page or its style sheets', () => {
  const pages = builtFiles().filter((file) => /\.(html|css)$/.test(file));
  expect(pages.some((file) => file.endsWith('.css'))).toBe(true);
  for (const file of pages) {
    // XML namespaces (inline SVG) name a URI without fetching it.
    const remote = readFileSync(path.join(outDir, file), 'utf8').match(/(?:https?:)?\/\/(?!www\.w3\.org\/)[\w.-]+\.\w{2,}[^\s"')]*/g);
    expect(remote, file).toBeNull();
  }
});

it("ships pdf.js's worker and every data file pdf.js may load", () => {
  const files = builtFiles();
  expect(files.some((file) => /^assets\/pdf\.worker\.min-[\w-]+\.mjs$/.test(file))).toBe(true);
  const pdfjs = path.dirname(createRequire(path.join(root, 'package.json')).resolve('pdfjs-dist/package.json'));
  for (const folder of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
    for (const name of readdirSync(path.join(pdfjs, folder))) {
      expect(existsSync(path.join(outDir, 'pdfjs', folder, name)), `pdfjs/${folder}/${name}`).toBe(true);
    }
  }
});
