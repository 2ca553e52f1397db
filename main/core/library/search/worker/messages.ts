import type { RecordPositionPage, RecordQuery } from '../../query';
import type { LibraryChanges } from './changes';

/** Main to worker: part of a change of library, or a query on the library as changed so far. */
export type SearchRequest = { changes: LibraryChanges } | { id: number; query: RecordQuery; offset: number; limit: number };

/** Worker to main: its code has loaded; then, for each query, its page or the error it threw. */
export type SearchReply = { ready: true } | { id: number; ok: true; page: RecordPositionPage } | { id: number; ok: false; message: string };
