// The library store's public surface: what main/app and the CLI use.
export { LibraryStore } from './store';
export { loadLibraryFile } from './library-file';
/** Why a change to the library, or a durable write, did not happen: each says which file and what to do (`hint`). */
export { LibraryBusyError, LibraryChangeError, LibraryConflictError, LibraryFileError, LibraryReadOnlyError, formatJsonPath } from './errors';
export { DurableWriteError } from './write-errors';
export type { ConflictedEntry, LibraryFileErrorKind, LibraryIssue } from './errors';
export { checkLibraryIntegrity } from './integrity';
export type { IntegrityIssue } from './integrity';
export { writeFileDurably } from './safe-write';
