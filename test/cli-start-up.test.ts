import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root, runBriefbook, seedFile } from './run-cli';

/**
 * The packages a module loads as soon as it is loaded: its static imports, followed through
 * every file, but not its dynamic `import()`s. In the CLI bundle a dynamically imported module
 * is initialised only when the import runs (scripts/build.mjs), so this is what a command
 * initialises before it does anything.
 */
async function filesLoadedWith(entry: string): Promise<string[]> {
  const staticOnly: Plugin = {
    name: 'static-imports-only',
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
    },
  };
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outfile: path.join(root, 'dist', 'static-graph.cjs'),
    plugins: [staticOnly],
  });
  return Object.keys(result.metafile.inputs);
}

/** The packages of `filesLoadedWith`. */
async function packagesLoadedWith(entry: string): Promise<Set<string>> {
  const packages = (await filesLoadedWith(entry)).map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file);
  return new Set(packages);
}

const PDF_LAYOUT = ['pdfmake', 'pdfkit', 'fontkit', 'html-to-pdfmake', 'parse5', 'handlebars'];
const IMPORTER = ['jsdom', 'pdfjs-dist'];

describe('what the CLI loads at start-up', () => {
  it('loads no PDF, template or import library before a command runs (--version, --help)', async () => {
    const loaded = await packagesLoadedWith('main/cli.ts');
    expect(loaded).toContain('commander');
    for (const heavy of [...PDF_LAYOUT, ...IMPORTER]) expect(loaded).not.toContain(heavy);
  });

  it('loads no PDF, template or import library to list the library', async () => {
    const loaded = await packagesLoadedWith('main/cli/list-command.ts');
    for (const heavy of [...PDF_LAYOUT, ...IMPORTER]) expect(loaded).not.toContain(heavy);
  });

  it('loads the PDF libraries to export, but not the importer’s', async () => {
    const loaded = await packagesLoadedWith('main/cli/export-command.ts');
    for (const needed of ['pdfmake', 'fontkit', 'handlebars']) expect(loaded).toContain(needed);
    for (const heavy of IMPORTER) expect(loaded).not.toContain(heavy);
    // The library lock (and the signal handlers it installs) is loaded by the first write; an export only reads.
    for (const writer of ['proper-lockfile', 'signal-exit', 'graceful-fs']) expect(loaded).not.toContain(writer);
  });

  it('loads one build of fontkit to export, the one PDFKit requires', async () => {
    const fontkit = (await filesLoadedWith('main/cli/export-command.ts')).filter((file) => file.startsWith('node_modules/fontkit/'));
    expect(fontkit).toEqual(['node_modules/fontkit/dist/main.cjs']);
  });
});

describe('the export command’s own bundle', () => {
  /** The source files a built bundle holds, from its source map. */
  async function sourcesOf(bundle: string): Promise<string[]> {
    return (JSON.parse(await readFile(path.join(root, 'dist', `${bundle}.map`), 'utf8')) as { sources: string[] }).sources;
  }
  const packagesOf = (sources: string[]) => new Set(sources.map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? 'own'));
  // pdf.js (the bundled worker that reads PDF sources) maps back to its own sources.
  const holdsPdfJs = (sources: string[]) => sources.some((source) => source.startsWith('webpack://pdf.js/'));
  const holdsImporter = (sources: string[]) => sources.some((source) => source.includes('main/core/importer/'));

  it('holds what an export runs and none of the importer or pdf.js', async () => {
    const [exportOnly, full] = [await sourcesOf('cli-export.cjs'), await sourcesOf('cli.cjs')];
    for (const needed of [...PDF_LAYOUT, 'commander', 'zod']) expect(packagesOf(exportOnly)).toContain(needed);
    expect([holdsImporter(full), holdsPdfJs(full)]).toEqual([true, true]);
    expect([holdsImporter(exportOnly), holdsPdfJs(exportOnly)]).toEqual([false, false]);
  });

  it('carries the built-in templates compiled at build time, as the whole CLI does', async () => {
    for (const bundle of ['cli-export.cjs', 'cli.cjs']) {
      const code = await readFile(path.join(root, 'dist', bundle), 'latin1');
      // The sources' empty list (main/core/render/precompiled-built-ins.ts), replaced by the build.
      expect(code, bundle).toMatch(/PRECOMPILED_BUILT_INS=\[\{body:/);
    }
  });

  it('is what bin/briefbook.js runs for `export`; every other command runs the whole CLI', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-bundles-'));
    const bundleOf = async (...args: string[]) => {
      const result = await runBriefbook({ cwd: root, home, env: { NODE_DEBUG: 'briefbook' } }, ...args);
      return /bundle (\S+)/.exec(result.stderr)?.[1];
    };
    expect(await bundleOf('export', '--library', seedFile, '--out', path.join(home, 'memo.pdf'))).toBe(path.join(root, 'dist', 'cli-export.cjs'));
    expect(await bundleOf('list', 'topics', '--library', seedFile)).toBe(path.join(root, 'dist', 'cli.cjs'));
    expect(await bundleOf('--version')).toBe(path.join(root, 'dist', 'cli.cjs'));
    const pdf = await readFile(path.join(home, 'memo.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
