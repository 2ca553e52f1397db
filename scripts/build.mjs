// Builds the bundles Briefbook runs from: the `briefbook` CLI (dist/cli.cjs, and dist/cli-export.cjs
// for its export command), the Electron main
// process (dist/main.js), its export and search workers (dist/export-worker.js, dist/search-worker.js)
// and the window's preload
// (dist/preload.cjs). The renderer is built by
// Vite into dist/renderer/ (see package.json's build script).
// Usage: node scripts/build.mjs [cli|main|export-worker|search-worker|preload ...]   (no argument builds everything)
import { build } from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { makeBundleAscii } from './ascii-bundle.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The built-in templates compiled to JavaScript, made once per build (precompiled-built-ins.ts says why). */
let precompiledTemplates;
function precompiledTemplatesSource() {
  precompiledTemplates ??= tsImport('../main/core/render/precompiled-built-ins-source.ts', import.meta.url).then((source) => source.precompiledBuiltInsSource());
  return precompiledTemplates;
}

/** Every bundle that renders templates ships the built-in ones compiled, in place of the empty list the sources have. */
const precompiledBuiltIns = {
  name: 'precompiled-built-in-templates',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]main[\\/]core[\\/]render[\\/]precompiled-built-ins\.ts$/ }, async () => ({ contents: await precompiledTemplatesSource(), loader: 'js' }));
  },
};

/**
 * CommonJS dependencies bundled into an ES module still call `require` and read `__dirname`
 * (pdfmake's virtual file system does, on every font it reads); give them both.
 */
const COMMONJS_GLOBALS = [
  "import { createRequire as __bbCreateRequire } from 'node:module';",
  "import { fileURLToPath as __bbFileURLToPath } from 'node:url';",
  "import { dirname as __bbDirname } from 'node:path';",
  'const require = __bbCreateRequire(import.meta.url);',
  'const __filename = __bbFileURLToPath(import.meta.url);',
  'const __dirname = __bbDirname(__filename);',
].join(' ');

/** An ES module for Node with its dependencies bundled in: nothing to resolve from node_modules at run time. */
function selfContained(entry, outfile) {
  return {
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, outfile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: COMMONJS_GLOBALS },
    sourcemap: 'linked',
    logLevel: 'warning',
  };
}

/**
 * The CLI: CommonJS, so that bin/briefbook.js can compile it through a `vm.Script` with a V8
 * code cache (Node 20 has no `module.enableCompileCache`, and only a classic script takes
 * `cachedData`). `import.meta.url` becomes the bundle's own file URL, as it was when the CLI was
 * an ES module (resources.ts finds the project from it, pdf.js its optional canvas module).
 * The command modules main/cli.ts imports dynamically become lazily initialised parts of the
 * same file. Its dependencies are bundled in: a cold `briefbook export` otherwise resolves, reads
 * and compiles some 370 files from node_modules (see BENCHMARKS.md). Fonts and templates are
 * still read from their packages at run time.
 */
const cli = {
  entryPoints: [path.join(root, 'main/cli.ts')],
  outfile: path.join(root, 'dist/cli.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  define: { 'import.meta.url': '__bbImportMetaUrl' },
  // The bundle is written as the function Node wraps a CommonJS module in: bin/code-cache.js
  // compiles the file's text as it is, where joining a wrapper to 6 MB of text made V8 copy it
  // all into one string again (~20 ms of every run).
  banner: { js: "(function (exports, require, module, __filename, __dirname) {const __bbImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  footer: { js: '\n})' },
  // Without comments and indentation the bundle is a third smaller: less for every run to read,
  // check (its CRC-32 keys the code cache) and decode before the cached code runs. Names are
  // kept, so profiles and stack traces still read; the source map maps them to the sources.
  minifyWhitespace: true,
  sourcemap: 'linked',
  logLevel: 'warning',
};

/** The modules main/cli.ts imports when a command runs (`./cli/export-command` among them). */
const COMMAND_MODULE = /^\.\/cli\/[a-z-]+$/;

/**
 * The CLI again, for `briefbook export` alone (dist/cli-export.cjs; bin/briefbook.js runs it for
 * that command): the other commands' modules (the importer and the pdf.js worker it reads PDF
 * sources with, above all) are left out, so an export reads, checks and decodes 3.3 MB of code instead of 5.9 MB
 * (~30 ms of a cold export). Their place holds a module that says which bundle to run.
 */
const cliExport = {
  ...cli,
  outfile: path.join(root, 'dist/cli-export.cjs'),
  plugins: [
    {
      name: 'export-command-only',
      setup(builder) {
        const otherCommand = (args) => args.kind === 'dynamic-import' && args.importer === path.join(root, 'main/cli.ts') && args.path !== './cli/export-command';
        builder.onResolve({ filter: COMMAND_MODULE }, (args) => (otherCommand(args) ? { path: args.path, namespace: 'not-in-export-bundle' } : undefined));
        builder.onLoad({ filter: /.*/, namespace: 'not-in-export-bundle' }, (args) => ({
          contents: `throw new Error(${JSON.stringify(`${args.path} is not in dist/cli-export.cjs, which runs only \`briefbook export\`: run the command through bin/briefbook.js`)});`,
          loader: 'js',
        }));
      },
    },
  ],
};

/** Each target is one or more esbuild invocations. */
const targets = {
  cli: [cli, cliExport],
  // ESM, like the CLI: the sources use import.meta.url (resources.ts finds the project from it,
  // main.ts finds the preload and page beside itself) and lowdb is ESM-only. Electron has loaded
  // an ESM main reliably since version 28, as long as nothing awaits before the pre-ready calls
  // (main.ts has no top-level await). `electron` is a package, so `packages: 'external'` leaves
  // it to Electron's own module; the dependencies load from node_modules (in app.asar when packaged).
  main: {
    entryPoints: [path.join(root, 'main/app/main.ts')],
    outfile: path.join(root, 'dist/main.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  },
  // The worker thread main starts to lay out PDFs (main/core/export-worker). Bundled with its
  // dependencies like the CLI: one file to read and compile when the app starts it, and nothing
  // for a worker thread to resolve inside app.asar.
  'export-worker': selfContained('main/core/export-worker/thread.ts', 'dist/export-worker.js'),
  // The worker thread main starts to index and search the library (main/core/library/search/worker), bundled alike.
  'search-worker': selfContained('main/core/library/search/worker/thread.ts', 'dist/search-worker.js'),
  // CommonJS and fully bundled: a sandboxed preload cannot load ESM nor `require` anything but
  // `electron` and a few built-ins, so the channel map it needs from main/api.ts is inlined.
  preload: {
    entryPoints: [path.join(root, 'main/preload/index.ts')],
    outfile: path.join(root, 'dist/preload.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
  },
};

export async function buildTargets(names = Object.keys(targets)) {
  for (const name of names) {
    if (!targets[name]) throw new Error(`unknown build target "${name}"; known: ${Object.keys(targets).join(', ')}`);
    for (const options of [targets[name]].flat()) {
      await build({ ...options, plugins: [...(options.plugins ?? []), precompiledBuiltIns] });
      // Decoded as Latin-1 by bin/code-cache.js, half the memory and time of UTF-8 (see ascii-bundle.mjs).
      if (name === 'cli') await makeBundleAscii(options.outfile);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildTargets(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
}
