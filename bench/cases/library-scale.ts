import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LibraryStore, checkLibraryIntegrity, loadLibraryFile } from '../../main/core/library';
import { findRecords } from '../../main/core/library/query';
import { Library } from '../../main/core/model';
import { RECORDS_PER_SOURCE, type BenchContext } from '../context';
import { queryMix } from '../fixtures/query-mix';
import { generateLibrary } from '../fixtures/synthetic-library';
import { timedRow, timingRow, type Row } from '../report';
import { quantile, summarize, timeRuns } from '../stats';

/** A taxonomy larger than the default library's 13 topics, as a library of this size would have. */
const TOPICS = 40;

/**
 * Loading and querying big libraries. Load is read + JSON parse + schema validation +
 * integrity check (`loadLibraryFile`), and the same through `LibraryStore.open`. The first
 * query on a new Library object builds its search index; that is timed separately from the
 * queries that follow.
 */
export async function libraryScale(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const records of context.sizes.libraries) {
    const name = records >= 1000 ? `${records / 1000}k` : String(records);
    context.log(`library ${name}: generating`);
    const generated = generateLibrary(context.defaultLibrary, { records, sources: Math.max(2, records / RECORDS_PER_SOURCE), topics: TOPICS, seed: records });
    const file = path.join(context.workDir, `library-${name}.json`);
    // Written as the store writes it (two-space indent), so sizes and parse times are real ones.
    await writeFile(file, `${JSON.stringify(generated, null, 2)}\n`);
    const megabytes = (await stat(file)).size / 1e6;
    const runs = context.sizes.runs.load;

    context.log(`library ${name}: load`);
    const load = await timeRuns(() => loadLibraryFile(file), { runs, warmup: 1 });
    const open = await timeRuns(() => LibraryStore.open(file, { seedFile: file }), { runs });
    const phases = await loadPhases(file, runs);
    const library = load.result;

    context.log(`library ${name}: queries`);
    // A shallow copy is a new Library object, so its first query builds a new index.
    const index = await timeRuns(() => findRecords({ ...library }, {}), { runs });
    findRecords(library, {}); // builds this object's index, so the queries below find it built
    const queries = queryMix(library, context.sizes.queries);
    const times: number[] = [];
    const hits: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      const found = findRecords(library, query);
      times.push(performance.now() - start);
      hits.push(found.length);
    }
    const query = summarize(times);
    const p95 = quantile(times, 0.95);

    rows.push(
      timedRow(`load${name}.file`, `library ${name}: loadLibraryFile`, load, {
        target: records >= 100_000 ? 1500 : undefined,
        note: `${megabytes.toFixed(0)} MB, ${library.sources.length} sources; read ${phases.read.toFixed(0)} + parse ${phases.parse.toFixed(0)} + schema ${phases.schema.toFixed(0)} + integrity ${phases.integrity.toFixed(0)} ms (medians)`,
      }),
      timedRow(`load${name}.store`, `library ${name}: LibraryStore.open`, open, { target: records >= 100_000 ? 1500 : undefined }),
      timedRow(`query${name}.index`, `library ${name}: first query (index build)`, index),
      timingRow(`query${name}.p50`, `library ${name}: query p50`, query, { note: `${queries.length} queries, median ${quantile(hits, 0.5)} hits` }),
      { id: `query${name}.p95`, label: `library ${name}: query p95`, unit: 'ms', median: p95, runs: queries.length, target: records >= 100_000 ? 30 : undefined, note: `max ${query.max.toFixed(1)} ms` },
    );
  }
  return rows;
}

/** Median time of each step of a load, to see which one a slow load spends its time in. */
async function loadPhases(file: string, runs: number): Promise<{ read: number; parse: number; schema: number; integrity: number }> {
  const samples = { read: [] as number[], parse: [] as number[], schema: [] as number[], integrity: [] as number[] };
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    const text = await readFile(file, 'utf8');
    samples.read.push(performance.now() - start);
    start = performance.now();
    const raw: unknown = JSON.parse(text);
    samples.parse.push(performance.now() - start);
    start = performance.now();
    const library = Library.parse(raw);
    samples.schema.push(performance.now() - start);
    start = performance.now();
    checkLibraryIntegrity(library);
    samples.integrity.push(performance.now() - start);
  }
  const median = (values: number[]) => summarize(values).median;
  return { read: median(samples.read), parse: median(samples.parse), schema: median(samples.schema), integrity: median(samples.integrity) };
}
