// Builds the bundles Briefbook runs from: the `briefbook` CLI (dist/cli.js).
// Usage: node scripts/build.mjs [cli ...]   (no argument builds everything)
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

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

/**
 * Each target is one esbuild invocation. The CLI bundles its dependencies too: a cold
 * `briefbook export` otherwise resolves, reads and compiles some 370 files from node_modules
 * (see BENCHMARKS.md). Fonts and templates are still read from their packages at run time.
 */
const targets = {
  cli: {
    entryPoints: [path.join(root, 'main/cli.ts')],
    outfile: path.join(root, 'dist/cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: COMMONJS_GLOBALS },
    sourcemap: 'linked',
    logLevel: 'warning',
  },
};

export async function buildTargets(names = Object.keys(targets)) {
  for (const name of names) {
    if (!targets[name]) throw new Error(`unknown build target "${name}"; known: ${Object.keys(targets).join(', ')}`);
    await build(targets[name]);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildTargets(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
}
