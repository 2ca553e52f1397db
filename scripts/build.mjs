// Builds the bundles Briefbook runs from: the `briefbook` CLI (dist/cli.js).
// Usage: node scripts/build.mjs [cli ...]   (no argument builds everything)
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Each target is one esbuild invocation; dependencies stay in node_modules (packages: external). */
const targets = {
  cli: {
    entryPoints: [path.join(root, 'main/cli.ts')],
    outfile: path.join(root, 'dist/cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
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
