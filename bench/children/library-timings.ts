/**
 * Child process for the library figures: loads one library file several ways and queries it,
 * then prints the timings as JSON on stdout. Run in a fresh process so that each figure is
 * what an app or CLI starting up would see, with a heap holding nothing else.
 *
 *   node --expose-gc --import tsx bench/children/library-timings.ts FILE RUNS QUERIES
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LibraryStore, checkLibraryIntegrity, loadLibraryFile } from '../../main/core/library';
import { findRecords } from '../../main/core/library/query';
import { RecordSearch } from '../../main/core/library/search/record-search';
import { SearchWorker, type LibraryVersionOf } from '../../main/core/library/search/worker/client';
import type { SearchWorkerOptions } from '../../main/core/library/search/worker/messages';
import { Library } from '../../main/core/model';
import { queryMix } from '../fixtures/query-mix';
import { summarize, timeRuns, type Timing } from '../stats';

/** Wall-time summary plus median CPU time, as `timeRuns` gives them. */
type Timed = Timing & { cpu: number };

export interface LibraryTimings {
  /** `loadLibraryFile` on the file as generated, with no checked stamp: full validation. */
  unstamped: Timed;
  /** `loadLibraryFile` once the store has stamped the file, as on every start-up after the first. */
  load: Timed;
  open: Timed;
  /** Building the text search index of the whole library from nothing. */
  index: Timed;
  /** The first search after one record's statement changed: the index follows the edit, then answers. */
  edit: Timed;
  /** Median wall time of each step of a load. */
  phases: { read: number; parse: number; schema: number; integrity: number };
  sources: number;
  queryTimes: number[];
  queryHits: number[];
  /** The same figures through the search worker, as the app's main process sees them (see `workerTimings`). */
  worker: WorkerTimings;
}

export interface WorkerTimings {
  /** From starting the worker to the answer of the first search, with no saved index (a first open): the library sent, indexed, searched. */
  ready: Timed;
  /** The longest the main thread's event loop waited meanwhile (ms). */
  readyStall: number;
  /** The same with the index saved by an earlier run: the library sent, the saved index loaded and compared, searched. */
  savedReady: Timed;
  savedReadyStall: number;
  /**
   * As the app starts when the library opened is the very file the index was saved from: the
   * worker started (restoring its saved index and copy), then the library opened in this thread
   * (`LibraryStore.open`), then the first search. `exactReady`: from the library open to the
   * answer (cpu: both threads, from the start); `exactOpen`: the open itself; `exactStart`: start → answer.
   */
  exactReady: Timed;
  exactOpen: Timing;
  exactStart: Timing;
  /** The longest the main thread's event loop waited between the library open and the answer. */
  exactReadyStall: number;
  /** Size of the saved index file (MB), and how long the worker took to save it after the first open (wall ms, from the first answer). */
  savedMegabytes: number;
  saveTime: number;
  /** The first search after one record's statement changed: main sends the change, the worker updates, answers. */
  edit: Timed;
  editStall: number;
  /** Each query of the mix, a first page of 100 with the facet counts, as records:find asks. */
  queryTimes: number[];
}

const [file, runsArgument, queriesArgument] = process.argv.slice(2);
if (!file) throw new Error('usage: library-timings.ts FILE RUNS QUERIES');
const runs = Number(runsArgument ?? 3);

/** Collects the previous run's library before each timed run, so every load starts, as at start-up, from an empty heap. */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** Times `task` and keeps only the figures, so that no library outlives its timing to weigh on the next. */
const figures = async (task: () => Promise<unknown>, warmup = 0): Promise<Timed> => {
  const { timing, cpu } = await timeRuns(task, { runs, warmup, beforeEach: collectGarbage });
  return { ...timing, cpu };
};

// The first load is untimed: it brings the file into the OS cache and compiles the loader.
const unstamped = await figures(() => loadLibraryFile(file), 1);
// The store validates the file in full on this first open and leaves its checked stamp beside it,
// as the app does with a library it has not written itself; from then on loads are stamped.
collectGarbage();
await LibraryStore.open(file, { seedFile: file });
const load = await figures(() => loadLibraryFile(file));
const open = await figures(() => LibraryStore.open(file, { seedFile: file }));
const phases = await loadPhases(file, runs);
const library = await loadLibraryFile(file);

const index = await timeRuns(() => RecordSearch.build(library), { runs, beforeEach: collectGarbage });
findRecords(library, { search: 'security' }); // builds the index the queries below use
const queryTimes: number[] = [];
const queryHits: number[] = [];
for (const query of queryMix(library, Number(queriesArgument ?? 100))) {
  const start = performance.now();
  queryHits.push(findRecords(library, query).length);
  queryTimes.push(performance.now() - start);
}

// One edit, as the store makes it: a validated copy of the library with one record changed.
const editTimes: number[] = [];
const editCpu: number[] = [];
for (let run = 0; run < runs; run++) {
  const edited = structuredClone(library);
  const record = edited.records[(run * 7919) % edited.records.length]!;
  record.statement = `${record.statement} Gerasimov${run}`;
  const startCpu = process.cpuUsage();
  const start = performance.now();
  const hits = findRecords(edited, { search: `gerasimov${run}` }).length;
  editTimes.push(performance.now() - start);
  const used = process.cpuUsage(startCpu);
  editCpu.push((used.user + used.system) / 1000);
  if (hits !== (record.status === 'active' ? 1 : 0)) throw new Error(`the edited record was not found after the edit (${hits} hits)`);
}

const worker = await workerTimings(library, runs);

const timings: LibraryTimings = {
  unstamped,
  load,
  open,
  index: { ...index.timing, cpu: index.cpu },
  edit: { ...summarize(editTimes), cpu: summarize(editCpu).median },
  phases,
  sources: library.sources.length,
  queryTimes,
  queryHits,
  worker,
};
process.stdout.write(JSON.stringify(timings));

/** Median time of each step of a full (unstamped) load, to see which one a slow load spends its time in. */
async function loadPhases(file: string, runs: number): Promise<LibraryTimings['phases']> {
  const step = async <T>(samples: number[], work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    samples.push(performance.now() - start);
    return result;
  };
  const samples = { read: [] as number[], parse: [] as number[], schema: [] as number[], integrity: [] as number[] };
  for (let run = 0; run < runs; run++) {
    const text = await step(samples.read, () => readFile(file, 'utf8'));
    const raw: unknown = await step(samples.parse, () => JSON.parse(text));
    const library = await step(samples.schema, () => Library.parse(raw));
    await step(samples.integrity, () => checkLibraryIntegrity(library));
  }
  const median = (values: number[]) => summarize(values).median;
  return { read: median(samples.read), parse: median(samples.parse), schema: median(samples.schema), integrity: median(samples.integrity) };
}

/**
 * The app's way: a search worker (dist/search-worker.js, which the runner builds) started on
 * the loaded library, then queried through `find` as `records:find` does, then one edit.
 * Wall times, since the work is in another thread; the event loop's longest wait says how
 * long the main thread was held meanwhile.
 */
async function workerTimings(library: Library, runs: number): Promise<WorkerTimings> {
  const bundle = path.join(import.meta.dirname, '..', '..', 'dist', 'search-worker.js');
  const stall = monitorEventLoopDelay({ resolution: 1 });
  const longestStall = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    stall.reset();
    stall.enable();
    const result = await work();
    stall.disable();
    return [result, stall.max / 1e6];
  };
  let worker: SearchWorker | undefined;
  /** Closes the last worker and collects garbage, then starts the clocks: `cpu()` is the CPU time since (ms, all threads). */
  const freshRun = async () => {
    await worker?.close();
    collectGarbage();
    const startCpu = process.cpuUsage();
    const start = performance.now();
    const cpu = () => {
      const used = process.cpuUsage(startCpu);
      return (used.user + used.system) / 1000;
    };
    return { start, cpu };
  };
  /** Starts `runs` workers one after the other, timing each from its start to its first answer. */
  const timeStarts = async (options: SearchWorkerOptions, afterEach?: (worker: SearchWorker) => Promise<void>) => {
    const times: number[] = [];
    const stalls: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < runs; run++) {
      const clock = await freshRun();
      const [, stalled] = await longestStall(() => {
        worker = new SearchWorker(bundle, options);
        return worker.find(library, { search: 'security' }, 0, 100);
      });
      times.push(performance.now() - clock.start);
      stalls.push(stalled);
      cpu.push(clock.cpu());
      await afterEach?.(worker!);
    }
    return { timing: { ...summarize(times), cpu: summarize(cpu).median }, stall: Math.max(...stalls) };
  };
  /** As the app starts: the worker first, then the library opened in this thread by the store, then the first search. */
  const timeOpenings = async (options: SearchWorkerOptions, afterEach: (worker: SearchWorker) => Promise<void>) => {
    const afterOpen: number[] = [];
    const opens: number[] = [];
    const starts: number[] = [];
    const stalls: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < runs; run++) {
      const clock = await freshRun();
      // The store is opened after the worker starts, and tells it which library file it opened once it has.
      let versionOf: LibraryVersionOf = () => undefined;
      worker = new SearchWorker(bundle, options, (opened) => versionOf(opened));
      const store = await LibraryStore.open(file!, { seedFile: file! });
      versionOf = (opened) => store.versionOf(opened);
      const opened = performance.now();
      const [, stalled] = await longestStall(() => worker!.find(store.data, { search: 'security' }, 0, 100));
      const answered = performance.now();
      afterOpen.push(answered - opened);
      opens.push(opened - clock.start);
      starts.push(answered - clock.start);
      stalls.push(stalled);
      cpu.push(clock.cpu());
      await afterEach(worker);
    }
    return { afterOpen: { ...summarize(afterOpen), cpu: summarize(cpu).median }, open: summarize(opens), start: summarize(starts), stall: Math.max(...stalls) };
  };
  const built = await timeStarts({});
  // One more first open, which saves its index; then starts that load it, as every later start of the app.
  const savedIndexFile = path.join(path.dirname(file!), 'library.search-index');
  await worker?.close();
  // Saved with the library as the app's store reads it, so the index says which library file it reflects.
  const store = await LibraryStore.open(file!, { seedFile: file! });
  worker = new SearchWorker(bundle, { savedIndexFile, saveDelayMs: 0 }, (opened) => store.versionOf(opened));
  await worker.find(store.data, { search: 'security' }, 0, 100);
  const saveStart = performance.now();
  await worker.savedIndexEvent((event) => 'written' in event);
  const saveTime = performance.now() - saveStart;
  const loadedAs = (exact: boolean) => async (started: SearchWorker) => {
    const event = await started.savedIndexEvent((e) => 'loaded' in e);
    if (!('loaded' in event && event.loaded && (event.exact ?? false) === exact)) throw new Error(`the search worker did not load its saved index as expected (${JSON.stringify(event)})`);
    if (exact && started.recordsSent > 0) throw new Error(`the search worker was sent ${started.recordsSent} records`);
  };
  const exact = await timeOpenings({ savedIndexFile }, loadedAs(true));
  // Then as if the library file had changed since: the library is sent and compared with the saved index.
  const loaded = await timeStarts({ savedIndexFile }, loadedAs(false));
  const queryTimes: number[] = [];
  for (const query of queryMix(library, Number(queriesArgument ?? 100))) {
    const start = performance.now();
    await worker!.find(library, query, 0, 100);
    queryTimes.push(performance.now() - start);
  }
  const editTimes: number[] = [];
  const editStalls: number[] = [];
  const editCpu: number[] = [];
  let current = library;
  for (let run = 0; run < runs; run++) {
    const edited = structuredClone(current);
    const record = edited.records.find((r, position) => r.status === 'active' && position >= (run * 7919) % edited.records.length)!;
    record.statement = `${record.statement} Hotline${run}`;
    collectGarbage();
    const startCpu = process.cpuUsage();
    const start = performance.now();
    const [page, stalled] = await longestStall(() => worker!.find(edited, { search: `hotline${run}` }, 0, 100));
    editTimes.push(performance.now() - start);
    editStalls.push(stalled);
    const used = process.cpuUsage(startCpu);
    editCpu.push((used.user + used.system) / 1000);
    if (page.total !== 1) throw new Error(`the search worker did not find the edited record (${page.total} hits)`);
    current = edited;
  }
  await worker!.close();
  const max = (values: number[]) => Math.max(...values);
  return {
    ready: built.timing,
    readyStall: built.stall,
    savedReady: loaded.timing,
    savedReadyStall: loaded.stall,
    exactReady: exact.afterOpen,
    exactOpen: exact.open,
    exactStart: exact.start,
    exactReadyStall: exact.stall,
    savedMegabytes: (await stat(savedIndexFile)).size / 1e6,
    saveTime,
    edit: { ...summarize(editTimes), cpu: summarize(editCpu).median },
    editStall: max(editStalls),
    queryTimes,
  };
}
