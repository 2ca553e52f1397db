/**
 * Briefbook's benchmarks: export speed (memo warm and cold, preview refresh, books) side by
 * side with Typst and headless Chromium, library load and query at scale, and peak memory of a big export.
 *
 *   npm run bench          full sizes; writes bench/results.json (takes several minutes)
 *   npm run bench:smoke    tiny sizes for CI, well under a minute; writes bench/results.smoke.json
 *
 * Each figure is the median of several runs, with min and max. See BENCHMARKS.md for method.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLibraryFile } from '../main/core/library';
import { defaultResourceLayout, projectRoot } from '../main/core/resources';
import { bookPeakMemory } from './cases/book-peak-memory';
import { bookVsPeers } from './cases/book-vs-peers';
import { cliColdExport } from './cases/cli-cold';
import { libraryScale } from './cases/library-scale';
import { previewRefresh } from './cases/memo-export';
import { memoVsPeers } from './cases/memo-vs-peers';
import { taggingCost } from './cases/tagging-cost';
import { run } from './child-process';
import { FULL_SIZES, SMOKE_SIZES, type BenchContext } from './context';
import { formatTable, meetsTarget, type Row } from './report';

const CASES = {
  memo: memoVsPeers,
  preview: previewRefresh,
  cli: cliColdExport,
  books: bookVsPeers,
  memory: bookPeakMemory,
  library: libraryScale,
  tagging: taggingCost,
} satisfies Record<string, (context: BenchContext) => Promise<Row[]>>;

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    out: { type: 'string' },
  },
});
const smoke = values.smoke ?? false;
const chosen = (values.only ?? Object.keys(CASES)).flatMap((name) => name.split(','));
for (const name of chosen) if (!(name in CASES)) throw new Error(`unknown case "${name}"; known: ${Object.keys(CASES).join(', ')}`);

const root = projectRoot();
const out = path.resolve(values.out ?? path.join(root, 'bench', smoke ? 'results.smoke.json' : 'results.json'));
const workDir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-bench-'));
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const started = new Date();
const loadBefore = os.loadavg();

try {
  log('building the CLI and worker bundles (node scripts/build.mjs cli export-worker search-worker)');
  await run(process.execPath, [path.join(root, 'scripts/build.mjs'), 'cli', 'export-worker', 'search-worker']);
  const defaultLibraryFile = path.join(root, 'data', 'library.json');
  const context: BenchContext = {
    sizes: smoke ? SMOKE_SIZES : FULL_SIZES,
    root,
    workDir,
    layout: defaultResourceLayout(),
    defaultLibraryFile,
    defaultLibrary: await loadLibraryFile(defaultLibraryFile),
    log,
  };
  const rows: Row[] = [];
  for (const name of chosen) {
    log(`${name}…`);
    rows.push(...(await CASES[name as keyof typeof CASES](context)));
  }

  const results = {
    smoke,
    startedAt: started.toISOString(),
    seconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: machine(),
    loadAverage: { before: loadBefore.map(round), after: os.loadavg().map(round) },
    rows: rows.map((row) => ({ ...row, meetsTarget: meetsTarget(row) })),
  };
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  const { cpu, cores, node } = results.machine;
  process.stdout.write(`\n${cpu}, ${cores} cores, Node ${node}; load average ${loadBefore[0]!.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}\n\n`);
  process.stdout.write(`${formatTable(rows)}\n\nWrote ${path.relative(process.cwd(), out)} (${results.seconds} s).\n`);
} finally {
  await rm(workDir, { recursive: true, force: true });
}

function machine() {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: round(os.totalmem() / 2 ** 30),
    node: process.versions.node,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()}`,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
