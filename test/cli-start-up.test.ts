import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root } from './run-cli';

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
