/**
 * The search worker's entry point (bundled to dist/search-worker.js): holds a copy of the
 * library's searchable fields and its text index, and answers the main process's record
 * queries, so neither building the index of a large library nor a search holds up main's
 * event loop. Main sends what changed since the library it last sent (see changes.ts), and
 * the index follows those records only: an edit never rebuilds it.
 *
 * With a saved index file (see saved-index.ts), the worker restores it as soon as it starts,
 * with the copy of the library saved in it (saved-library.ts): that needs nothing from
 * main, so the app starts the worker before it opens the library and both run at once. If
 * main then opens the very library file the index was saved from (same sha256: `open`), the
 * restored copy and index are taken as they are and main sends only the sources' texts.
 * Otherwise main sends its library, and the restored index is brought up to it by comparing
 * records (`RecordSearch.sync`): only those that differ are indexed. Without a usable file the
 * index is built as the library comes. The index is saved again once changes go quiet (and
 * at quitting, `saveNow`), tagged with the library file it reflects.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findRecordPage } from '../../query';
import { RecordSearch } from '../record-search';
import { readSavedIndex, restoreSavedIndex, writeSavedIndex } from '../saved-index';
import { LibraryCopy } from './changes';
import type { SavedIndexEvent, SearchReply, SearchRequest, SearchWorkerOptions } from './messages';

if (!parentPort) throw new Error('the search worker runs only as a worker thread');
const port = parentPort;
const { savedIndexFile, saveDelayMs = 5000 } = (workerData ?? {}) as SearchWorkerOptions;

let copy = new LibraryCopy();
let index = new RecordSearch();
/**
 * The saved index and library being restored, from the start. Once done, `restoredFrom` says
 * whether `copy` and `index` are the saved ones (and the sha256 of the library file they were
 * saved from, if it was known), until main's first library comes.
 */
const restoring: Promise<void> = savedIndexFile ? restoreSaved(savedIndexFile) : Promise.resolve();
let restoredFrom: { version: string | undefined } | undefined;
/** Whether a whole library has come (or been opened): before, there is nothing worth saving. */
let haveLibrary = false;
/** The sha256 of the library file the copy is exactly, if main knows it (see changes.ts). */
let copyVersion: string | undefined;
/** `index.changeCount` and `copyVersion` when the index last matched the saved file (changeCount undefined: it never did). */
let savedAtChange: number | undefined;
let savedVersion: string | undefined;
let saveTimer: NodeJS.Timeout | undefined;
/**
 * The last few searches' answers on the library as it is now: the window asks the same search
 * again for each page and for its facet counts.
 */
let answers = new Map<string, ArrayLike<number>>();
const ANSWERS_KEPT = 8;

function positionsOf(search: string): ArrayLike<number> {
  let positions = answers.get(search);
  if (!positions) {
    positions = index.positions(search);
    if (answers.size >= ANSWERS_KEPT) answers.delete(answers.keys().next().value!);
    answers.set(search, positions);
  }
  return positions;
}

const tell = (event: SavedIndexEvent) => port.postMessage({ savedIndex: event } satisfies SearchReply);

/** Restores the saved index and library into `index` and `copy`, or leaves them empty saying why it cannot. */
async function restoreSaved(file: string): Promise<void> {
  const read = await readSavedIndex(file);
  if ('problem' in read) return cannotRestore(read.problem);
  const restored = restoreSavedIndex(file, read);
  if ('problem' in restored) return cannotRestore(restored.problem);
  copy.adopt(restored.library);
  index = restored.search;
  restoredFrom = { version: read.library };
  savedAtChange = index.changeCount;
  savedVersion = read.library;
}

function cannotRestore(problem: string): void {
  if (!problem.startsWith('none')) console.warn(`Briefbook builds the search index afresh: ${problem}`);
  tell({ loaded: false, problem });
}

/**
 * Takes the restored copy and index as they are if they were saved from the library file
 * whose sha256 is `version` (main's `texts` are its sources' texts, which the saved file
 * leaves out), before any library came; says whether it did. If not, main sends its library.
 */
async function open(version: string, texts: Array<[sourceId: string, text: string]>): Promise<void> {
  await restoring;
  const exact = !haveLibrary && restoredFrom !== undefined && restoredFrom.version === version;
  if (exact) {
    copy.takeTexts(texts);
    // Only the sources' documents change: the texts are indexed on the first `source:` search.
    index.update(copy.library, []);
    restoredFrom = undefined;
    haveLibrary = true;
    copyVersion = version;
    answers = new Map();
    tell({ loaded: true, reindexed: 0, exact: true });
  }
  port.postMessage({ opened: exact } satisfies SearchReply);
}

/** Takes in one part of a change of library. */
async function takeChanges(request: Extract<SearchRequest, { changes: unknown }>): Promise<void> {
  await restoring;
  // No save in the middle of a change: the copy is half old, half new.
  clearTimeout(saveTimer);
  copyVersion = undefined;
  answers = new Map();
  // Main's first library comes whole, from nothing: the restored copy makes way for it (the restored index stays, to be compared).
  if (!haveLibrary && restoredFrom && request.changes.first) copy = new LibraryCopy();
  const changed = copy.apply(request.changes);
  if (!restoredFrom) {
    // Each part is indexed as it comes, while main prepares the next.
    index.update(copy.library, changed);
  } else if (request.changes.last) {
    // The restored index, brought up to the whole library: only records that differ are indexed.
    const before = index.changeCount;
    index.sync(copy.library);
    restoredFrom = undefined;
    tell({ loaded: true, reindexed: index.changeCount - before });
  }
  if (request.changes.last) {
    haveLibrary = true;
    copyVersion = request.changes.last.version;
    saveLater();
  }
}

/** Whether the saved file lags behind the index (or does not say which library file it reflects, and that is known now). */
function saveDue(): boolean {
  return haveLibrary && (savedAtChange !== index.changeCount || savedVersion !== copyVersion);
}

/** Saves the index once the library has not changed for `saveDelayMs`, if the saved file lags behind. */
function saveLater(): void {
  if (!savedIndexFile || !saveDue()) return;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void save(savedIndexFile), saveDelayMs);
  // A pending save does not keep the worker (or a CLI) alive.
  saveTimer.unref();
}

/** Saves the index at once if it is due (main is quitting), then tells main it is done. */
async function saveNow(): Promise<void> {
  clearTimeout(saveTimer);
  if (savedIndexFile && saveDue()) await save(savedIndexFile);
  port.postMessage({ saveDone: true } satisfies SearchReply);
}

async function save(file: string): Promise<void> {
  const changeCount = index.changeCount;
  const version = copyVersion;
  try {
    await writeSavedIndex(file, index, copy.library, version);
    savedAtChange = changeCount;
    savedVersion = version;
    tell({ written: true });
  } catch (error) {
    const problem = `cannot save the search index to ${file}: ${error instanceof Error ? error.message : String(error)}`;
    console.warn(`Briefbook ${problem}`);
    tell({ written: false, problem });
  }
}

function answer(request: Extract<SearchRequest, { id: number }>): void {
  const { id, query, offset, limit } = request;
  try {
    const page = findRecordPage(copy.library, query, offset, limit, (_library, search) => positionsOf(search));
    port.postMessage({ id, ok: true, page } satisfies SearchReply);
  } catch (error) {
    port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies SearchReply);
  }
}

function handle(request: SearchRequest): Promise<void> | void {
  if ('changes' in request) return takeChanges(request);
  if ('open' in request) return open(request.open, request.texts);
  if ('saveNow' in request) return saveNow();
  return answer(request);
}

port.postMessage({ ready: true } satisfies SearchReply);
// Requests are handled in the order sent; only the first waits (for the saved index to be read).
let handled = Promise.resolve();
port.on('message', (request: SearchRequest) => {
  handled = handled
    .then(() => handle(request))
    // As an error thrown by a handler: the worker stops, and main answers in process from then on (see client.ts).
    .catch((error: unknown) => {
      setImmediate(() => {
        throw error;
      });
    });
});
