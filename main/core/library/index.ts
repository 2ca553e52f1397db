// The library store's public surface: what main/app and the CLI use.
export { LibraryStore } from './store';
export { loadLibraryFile } from './library-file';
export { LibraryChangeError, LibraryFileError, formatJsonPath } from './errors';
export type { LibraryFileErrorKind, LibraryIssue } from './errors';
export { checkLibraryIntegrity } from './integrity';
export type { IntegrityIssue } from './integrity';
export { writeFileDurably } from './safe-write';
