#!/usr/bin/env node
// Entry point of the `briefbook` command. The CLI itself is bundled to dist/cli.cjs by
// `npm run build` and runs from a V8 code cache (./code-cache.js): one cache per command, since
// each runs different code (`export` lays out PDFs, `list` only reads the library).
// CommonJS (bin/package.json says so): Node starts an ES module entry through its ES module
// loader, which cost every command ~40 ms of CPU more than its CommonJS loader (BENCHMARKS.md,
// "Cold start").
const { existsSync } = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');
const { codeCacheDir, runWithCodeCache } = require('./code-cache.js');

// The command's name, or "other" (options only, or something that is no command's name).
const [first = ''] = process.argv.slice(2);
const command = /^[a-z][a-z-]{0,39}$/.test(first) ? first : 'other';
// `export` runs from a bundle of its own code alone (scripts/build.mjs): less to read per run.
const bundleName = command === 'export' ? 'cli-export.cjs' : 'cli.cjs';
const bundle = path.join(__dirname, '..', 'dist', bundleName);
if (!existsSync(bundle)) {
  process.stderr.write(`briefbook: dist/${bundleName} is missing. Run \`npm run build\` (npm ci runs it for you).\n`);
  process.exit(1);
}
// V8 optimises a function after it has run a while (its "interrupt budget"); a CLI process is
// short, and optimising code it will leave seconds later cost more CPU than it saved: 8 times the
// default budget took a cold memo export from ~2.2 to ~1.6 s CPU, the 100-page book from 4.1 to
// 3.3 s and the 500-page one from 11.1 to 9.4 s (BENCHMARKS.md, "Cold start"). Once the rest
// of start-up had shrunk, 32 times did better still: memo 835 -> 810 ms, 100-page book
// 1.94 -> 1.86 s, 500-page book the same (5.3 s); turning optimisation off did worse on books.
// Set before the bundle compiles: the code cache records V8's flags and is refused under others.
v8.setFlagsFromString('--interrupt-budget=2162688');
// The young generation (where new objects live until they survive two collections) starts at
// 1 MB per half and doubles when much survives, up to 16 MB. A short process gains little from
// the larger one: every doubling hands it fresh memory to fault in (about 6,000 pages, ~10
// µs each here), and its collections touch more of it. Kept at its start: memo 805 -> 715 ms
// CPU, 100-page book 1.74 -> 1.64 s (BENCHMARKS.md, "Cold start under 2.5× Typst").
// (--max-semi-space-size would do it too, but is read only when Node starts, before this file.)
// The cost: a 500-page book of 1,800 records, which keeps much more alive, ran ~4% slower in
// later measurements (5.30 -> 5.52 s, 6 rounds), with an occasional much slower run.
v8.setFlagsFromString('--semi-space-growth-factor=1');

const cacheDir = codeCacheDir();
runWithCodeCache(bundle, path.join(cacheDir, `cli-${command}.v8`), { shapedWordsDir: path.join(path.dirname(cacheDir), 'shaped-words') });
