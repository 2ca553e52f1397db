/**
 * The search worker's entry point (bundled to dist/search-worker.js): holds a copy of the
 * library's searchable fields and its text index, and answers the main process's record
 * queries, so neither building the index of a large library nor a search holds up main's
 * event loop. Main sends what changed since the library it last sent (see changes.ts), and
 * the index follows those records only: an edit never rebuilds it.
 *
 * With a saved index file (see saved-index.ts), the worker reads it as soon as it starts and,
 * once the first library has come, takes it instead of building: only the records that
 * differ from the saved ones are indexed. Without one (or if it cannot be used), the index
 * is built as the library comes, and saved once that library is indexed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findRecordPage } from '../../query';
import { RecordSearch } from '../record-search';
import type { SavedRecordIndex } from '../record-search';
import { importSavedIndex, readSavedIndex, restoreSavedIndex, writeSavedIndex } from '../saved-index';
import { LibraryCopy } from './changes';
import type { SavedIndexEvent, SearchReply, SearchRequest, SearchWorkerOptions } from './messages';

if (!parentPort) throw new Error('the search worker runs only as a worker thread');
const port = parentPort;
const { savedIndexFile, saveDelayMs = 3000 } = (workerData ?? {}) as SearchWorkerOptions;
/** Saved again once this many records were indexed since it was saved (or loaded): fewer are cheaper to index at the next start than to save. */
const SAVE_AFTER_CHANGES = 500;

const copy = new LibraryCopy();
let index = new RecordSearch();
/**
 * The saved index being read and imported, from the start (FlexSearch's import is most of the
 * cost, and needs no library: it overlaps with main sending the library). Once the first
 * library has come whole: undefined.
 */
let saved: Promise<SavedRecordIndex | undefined> | SavedRecordIndex | undefined = savedIndexFile ? importSaved(savedIndexFile) : undefined;
/** `index.changeCount` when the index last matched the saved file (undefined: it never did). */
let savedAtChange: number | undefined;
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

async function importSaved(file: string): Promise<SavedRecordIndex | undefined> {
  const imported = importSavedIndex(file, await readSavedIndex(file));
  if ('saved' in imported) return imported.saved;
  if (!imported.problem.startsWith('none')) console.warn(`Briefbook builds the search index afresh: ${imported.problem}`);
  tell({ loaded: false, problem: imported.problem });
  return undefined;
}

/** Takes in one part of a change of library. */
async function takeChanges(request: Extract<SearchRequest, { changes: unknown }>): Promise<void> {
  const changed = copy.apply(request.changes);
  answers = new Map();
  if (saved instanceof Promise) saved = await saved;
  if (!saved) {
    // Each part is indexed as it comes, while main prepares the next.
    index.update(copy.library, changed);
  } else if (!request.changes.last) {
    // The saved index is compared with the records as they come, and taken once the whole library is here.
    saved.compare(copy.library, changed);
    return;
  } else {
    const restored = restoreSavedIndex(savedIndexFile!, saved, copy.library);
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
  if (request.changes.last) saveLater();
}

/** Saves the index a while after the library last changed, if it differs enough from the saved one. */
function saveLater(): void {
  if (!savedIndexFile) return;
  if (savedAtChange !== undefined && index.changeCount - savedAtChange < SAVE_AFTER_CHANGES) return;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void save(savedIndexFile), saveDelayMs);
  // A pending save does not keep the worker (or a CLI) alive.
  saveTimer.unref();
}

async function save(file: string): Promise<void> {
  const changeCount = index.changeCount;
  try {
    await writeSavedIndex(file, index.save());
    savedAtChange = changeCount;
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

port.postMessage({ ready: true } satisfies SearchReply);
// Requests are handled in the order sent; only the first waits (for the saved index to be read).
let handled = Promise.resolve();
port.on('message', (request: SearchRequest) => {
  handled = handled
    .then(() => ('changes' in request ? takeChanges(request) : answer(request)))
    // As an error thrown by a handler: the worker stops, and main answers in process from then on (see client.ts).
    .catch((error: unknown) => {
      setImmediate(() => {
        throw error;
      });
    });
});
