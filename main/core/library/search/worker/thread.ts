/**
 * The search worker's entry point (bundled to dist/search-worker.js): holds a copy of the
 * library's searchable fields and its text index, and answers the main process's record
 * queries, so neither building the index of a large library nor a search holds up main's
 * event loop. Main sends what changed since the library it last sent (see changes.ts), and
 * the index follows those records only: an edit never rebuilds it.
 *
 * With a saved index file (see saved-index.ts), the worker reads it as soon as it starts. If
 * main opens the very library file the index was saved from (same sha256: `open`), the saved
 * copy of its records is taken and main sends nothing. Otherwise, once the first library has
 * come, the saved index is taken instead of building: only the records that differ from the
 * saved ones are indexed. Without one (or if it cannot be used), the index is built as the
 * library comes. The index is saved again once changes go quiet (and at quitting, `saveNow`),
 * tagged with the library file it reflects.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findRecordPage } from '../../query';
import { RecordSearch } from '../record-search';
import type { SavedRecordIndex } from '../record-search';
import type { SearchableLibrary } from '../searchable-library';
import { importSavedIndex, readSavedIndex, restoreSavedIndex, writeSavedIndex, type SavedIndexFile } from '../saved-index';
import { LibraryCopy } from './changes';
import { savedLibraryOf, savedLibraryParts } from './saved-library';
import type { SavedIndexEvent, SearchReply, SearchRequest, SearchWorkerOptions } from './messages';

if (!parentPort) throw new Error('the search worker runs only as a worker thread');
const port = parentPort;
const { savedIndexFile, saveDelayMs = 5000 } = (workerData ?? {}) as SearchWorkerOptions;

const copy = new LibraryCopy();
let index = new RecordSearch();
/**
 * The saved index being read and imported, from the start (FlexSearch's import is most of the
 * cost, and needs no library: it overlaps with main sending the library). Once the first
 * library has come whole: undefined.
 */
let saved: Promise<Saved | undefined> | Saved | undefined = savedIndexFile ? importSaved(savedIndexFile) : undefined;
interface Saved {
  index: SavedRecordIndex;
  file: Extract<SavedIndexFile, { parts: unknown }>;
}
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

async function importSaved(file: string): Promise<Saved | undefined> {
  const read = await readSavedIndex(file);
  const imported = importSavedIndex(file, read);
  if ('saved' in imported && 'parts' in read) return { index: imported.saved, file: read };
  if (!('problem' in imported)) return undefined;
  if (!imported.problem.startsWith('none')) console.warn(`Briefbook builds the search index afresh: ${imported.problem}`);
  tell({ loaded: false, problem: imported.problem });
  return undefined;
}

/** Takes in one part of a change of library. */
async function takeChanges(request: Extract<SearchRequest, { changes: unknown }>): Promise<void> {
  // No save in the middle of a change: the copy is half old, half new.
  clearTimeout(saveTimer);
  copyVersion = undefined;
  const changed = copy.apply(request.changes);
  answers = new Map();
  if (saved instanceof Promise) saved = await saved;
  if (!saved) {
    // Each part is indexed as it comes, while main prepares the next.
    index.update(copy.library, changed);
  } else if (!request.changes.last) {
    // The saved index is compared with the records as they come, and taken once the whole library is here.
    saved.index.compare(copy.library, changed);
    return;
  } else {
    const restored = restoreSavedIndex(savedIndexFile!, saved.index, copy.library);
    savedVersion = saved.file.library;
    saved = undefined;
    if ('search' in restored) {
      index = restored.search;
      savedAtChange = 0;
      tell({ loaded: true, reindexed: index.changeCount });
    } else {
      console.warn(`Briefbook builds the search index afresh: ${restored.problem}`);
      tell({ loaded: false, problem: restored.problem });
      index = RecordSearch.build(copy.library);
    }
  }
  if (request.changes.last) {
    haveLibrary = true;
    copyVersion = request.changes.last.version;
    saveLater();
  }
}

/**
 * Takes the saved library and index as they are if they were saved from the library file
 * whose sha256 is `version`, before any library came; says whether it did (if not, main sends
 * the library as usual, and the saved index is still compared with it).
 */
async function open(version: string): Promise<void> {
  if (saved instanceof Promise) saved = await saved;
  const library = !haveLibrary && saved?.file.library === version ? savedLibraryIn(saved) : undefined;
  if (!saved || !library) {
    port.postMessage({ opened: false } satisfies SearchReply);
    return;
  }
  copy.adopt(library);
  saved.index.takeAll(copy.library);
  const restored = restoreSavedIndex(savedIndexFile!, saved.index, copy.library);
  if (!('search' in restored)) {
    // The copy is dropped again: main sends the library, which is then indexed afresh.
    copy.adopt({ topics: [], sources: [], records: [] });
    saved = undefined;
    tell({ loaded: false, problem: restored.problem });
    port.postMessage({ opened: false } satisfies SearchReply);
    return;
  }
  saved = undefined;
  index = restored.search;
  answers = new Map();
  haveLibrary = true;
  copyVersion = savedVersion = version;
  savedAtChange = 0;
  tell({ loaded: true, reindexed: index.changeCount, exact: true });
  port.postMessage({ opened: true } satisfies SearchReply);
}

function savedLibraryIn(saved: Saved): SearchableLibrary | undefined {
  try {
    return savedLibraryOf(saved.file.parts);
  } catch (error) {
    console.warn(`Briefbook cannot use the library saved with the search index: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Whether the saved file lags behind the index (or does not say which library file it reflects, and that is known now). */
function saveDue(): boolean {
  return haveLibrary && !saved && (savedAtChange !== index.changeCount || savedVersion !== copyVersion);
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
    await writeSavedIndex(file, [...index.save(), ...savedLibraryParts(copy.library)], version);
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
  if ('open' in request) return open(request.open);
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
