// The library store's public surface: what main/app and the CLI use.
export { LibraryStore } from './store';
export { loadLibraryFile } from './library-file';
import { LibraryBusyError, LibraryConflictError, LibraryReadOnlyError } from './errors';
import { DurableWriteError } from './write-errors';

export { LibraryChangeError, LibraryFileError, formatJsonPath } from './errors';
export { DurableWriteError, LibraryBusyError, LibraryConflictError, LibraryReadOnlyError };
/** Why a change to the library, or a durable write, did not happen: each says which file and what to do (`hint`). */
export const LIBRARY_WRITE_ERRORS = [LibraryConflictError, LibraryReadOnlyError, LibraryBusyError, DurableWriteError] as const;
export type { ConflictedEntry, LibraryFileErrorKind, LibraryIssue } from './errors';
export { checkLibraryIntegrity } from './integrity';
export type { IntegrityIssue } from './integrity';
export { writeFileDurably } from './safe-write';
