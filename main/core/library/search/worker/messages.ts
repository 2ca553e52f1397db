import type { RecordPositionPage, RecordQuery } from '../../query';
import type { LibraryChanges } from './changes';

/**
 * Main to worker: part of a change of library; a query on the library as changed so far; a
 * library to open (by the sha256 of its file, with its sources' texts) from the saved index if
 * that is exactly it, answered `opened`; or saving the index now if it is due (at quitting), answered `saveDone`.
 */
export type SearchRequest = { changes: LibraryChanges } | { id: number; query: RecordQuery; offset: number; limit: number } | { open: string; texts: LibraryChanges['texts'] } | { saveNow: true };

/**
 * What became of the saved index (see saved-index.ts): read and brought up to the library
 * (`reindexed` records differed from it; `exact`: it was the very library opened, sent nothing), not usable (the index was built instead), written
 * anew, or not written.
 */
export type SavedIndexEvent = { loaded: true; reindexed: number; exact?: true } | { loaded: false; problem: string } | { written: true } | { written: false; problem: string };

/** Worker to main: its code has loaded; what became of the saved index; then, for each query, its page or the error it threw. */
export type SearchReply = { ready: true } | { savedIndex: SavedIndexEvent } | ControlReply | { id: number; ok: true; page: RecordPositionPage } | { id: number; ok: false; message: string };

/** The worker's answers to `open` (whether it took the saved library: else main sends it) and to `saveNow`. */
export type ControlReply = { opened: boolean } | { saveDone: true };

/** What the worker is started with (its `workerData`). */
export interface SearchWorkerOptions {
  /** Where the index is saved between runs; none: built at every start, never saved. */
  savedIndexFile?: string;
  /** How long after a change of library the index is saved (once no other change came; default 5 s): saving holds the worker ~1 s at 100k records. */
  saveDelayMs?: number;
}
