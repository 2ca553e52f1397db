import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryTimings } from '../children/library-timings';
import { run } from '../child-process';
import { RECORDS_PER_SOURCE, type BenchContext } from '../context';
import { generateLibrary } from '../fixtures/synthetic-library';
import { timingRow, type Row } from '../report';
import { quantile, summarize } from '../stats';

/** A taxonomy larger than the default library's 13 topics, as a library of this size would have. */
const TOPICS = 40;

const CHILD = path.join(import.meta.dirname, '..', 'children', 'library-timings.ts');

/**
 * Loading and querying big libraries, each size in a fresh process (see the child script).
 * A first open is read + JSON parse + schema validation + integrity check (`loadLibraryFile`
 * on a file without a checked stamp); every later start-up loads the file the store stamped
 * (read, hash, JSON parse), through `loadLibraryFile` and `LibraryStore.open`. The first query
 * on a new Library object builds its search index; that is timed separately from the queries
 * that follow.
 */
export async function libraryScale(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const records of context.sizes.libraries) {
    const name = records >= 1000 ? `${records / 1000}k` : String(records);
    context.log(`library ${name}: generating`);
    const file = await writeLibrary(context, records, name);
    const megabytes = (await stat(file)).size / 1e6;

    context.log(`library ${name}: load and queries (child process)`);
    const output = await run(process.execPath, ['--expose-gc', '--import', import.meta.resolve('tsx'), CHILD, file, String(context.sizes.runs.load), String(context.sizes.queries)]);
    const { unstamped, load, open, index, edit, phases, sources, queryTimes, queryHits, worker } = JSON.parse(output) as LibraryTimings;
    const workerQuery = summarize(worker.queryTimes);
    const query = summarize(queryTimes);
    const big = records >= 100_000;

    rows.push(
      timingRow(`load${name}.unstamped`, `library ${name}: loadLibraryFile, first open`, unstamped, {
        note: `${megabytes.toFixed(0)} MB, ${sources} sources, no checked stamp: read ${phases.read.toFixed(0)} + parse ${phases.parse.toFixed(0)} + schema ${phases.schema.toFixed(0)} + integrity ${phases.integrity.toFixed(0)} ms (medians)`,
      }),
      timingRow(`load${name}.file`, `library ${name}: loadLibraryFile`, load, {
        target: big ? 1500 : undefined,
        note: 'as at every start-up after the first: the store has validated and stamped the file',
      }),
      timingRow(`load${name}.store`, `library ${name}: LibraryStore.open`, open, { target: big ? 1500 : undefined }),
      timingRow(`query${name}.index`, `library ${name}: search index build (RecordSearch.build)`, index, { target: big ? 1500 : undefined }),
      timingRow(`query${name}.edit`, `library ${name}: first search after one edit (index updated in place)`, edit),
      timingRow(`query${name}.p50`, `library ${name}: query p50`, query, { note: `${queryTimes.length} queries, median ${quantile(queryHits, 0.5)} hits` }),
      { id: `query${name}.p95`, label: `library ${name}: query p95`, unit: 'ms', median: quantile(queryTimes, 0.95), runs: queryTimes.length, target: big ? 30 : undefined, note: `max ${query.max.toFixed(1)} ms` },
      // The app's way: the search worker, asked for a page of 100 with its facet counts, as records:find does.
      timingRow(`search${name}.worker.ready`, `library ${name}: search worker started → first answer, first open (library sent, index built)`, worker.ready, {
        note: `main thread's longest event-loop wait meanwhile ${worker.readyStall.toFixed(0)} ms; cpu: both threads; then saved (${worker.savedMegabytes.toFixed(1)} MB) ${worker.saveTime.toFixed(0)} ms after the first answer`,
      }),
      // As the app starts: the worker restores its saved index while main opens the library.
      timingRow(`search${name}.worker.exact`, `library ${name}: library open → first search answer, worker started first, index saved from this very library file (no record sent)`, worker.exactReady, {
        target: big ? 1500 : undefined,
        note: `opening took ${worker.exactOpen.median.toFixed(0)} ms, start → answer ${worker.exactStart.median.toFixed(0)} ms (medians); main thread's longest event-loop wait after opening ${worker.exactReadyStall.toFixed(0)} ms; cpu: both threads, from the start`,
      }),
      timingRow(`search${name}.worker.saved`, `library ${name}: search worker started → first answer, index saved earlier from another library file (library sent, saved index loaded)`, worker.savedReady, {
        note: `main thread's longest event-loop wait meanwhile ${worker.savedReadyStall.toFixed(0)} ms; cpu: both threads`,
      }),
      timingRow(`search${name}.worker.edit`, `library ${name}: search worker, first search after one edit`, worker.edit, {
        note: `changed record sent, index updated in place; longest event-loop wait ${worker.editStall.toFixed(0)} ms`,
      }),
      timingRow(`search${name}.worker.p50`, `library ${name}: search worker query p50`, workerQuery, { note: `${worker.queryTimes.length} queries, page of 100 + facet counts, round trip` }),
      { id: `search${name}.worker.p95`, label: `library ${name}: search worker query p95`, unit: 'ms', median: quantile(worker.queryTimes, 0.95), runs: worker.queryTimes.length, target: big ? 30 : undefined, note: `max ${workerQuery.max.toFixed(1)} ms` },
    );
  }
  return rows;
}

/** Generates the library and writes it as the store does (two-space indent), keeping nothing in memory. */
async function writeLibrary(context: BenchContext, records: number, name: string): Promise<string> {
  const library = generateLibrary(context.defaultLibrary, { records, sources: Math.max(2, records / RECORDS_PER_SOURCE), topics: TOPICS, seed: records });
  const file = path.join(context.workDir, `library-${name}.json`);
  await writeFile(file, `${JSON.stringify(library, null, 2)}\n`);
  return file;
}
