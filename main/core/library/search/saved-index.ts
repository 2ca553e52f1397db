/**
 * The search index saved on disk, so that opening a large library loads its index (FlexSearch's
 * `import`, well under a second at 100k records) instead of building it (several seconds).
 *
 * The file is one header line (JSON: what wrote it, the sha256 of the library file it was
 * saved from if known, and the name and byte length of each part), then the parts' UTF-8
 * bytes one after another: FlexSearch's exported chunks are JSON text already, and writing
 * them as they are spares escaping 40 MB once more. The parts are the index and the library
 * it indexes (saved-library.ts), so it is restored without waiting for the library to open.
 *
 * The library opened later need not match it: the index restored is brought up to that
 * library by comparing records (RecordSearch `sync`), so a library changed while the app was
 * closed costs its changed records. A file that is missing, damaged or written by another
 * version of the index is ignored (the index is built, then saved again).
 */
import { readFile } from 'node:fs/promises';
import { removeStaleTempFiles, writeFileDurably } from '../safe-write';
import { RecordSearch, SavedRecordIndex, type SavedRecordSearch } from './record-search';
import { savedLibraryOf, savedLibraryParts } from './saved-library';
import type { SearchableLibrary } from './searchable-library';

/**
 * What a saved index must have been written by. Change it whenever what is indexed changes
 * (fields, how words become terms in terms.ts, the FlexSearch version or options) or what the
 * file holds: an index saved before would answer differently from one built now.
 */
export const SAVED_INDEX_FORMAT = 'briefbook-search-index 3 flexsearch-0.8.212';

interface Header {
  format: string;
  parts: Array<[name: string, bytes: number]>;
  /** The sha256 of the library file whose records the saved parts hold exactly, if known (see `SavedIndexFile`). */
  library?: string;
}

/** Saves `search` and the `library` it indexes; `version`: the sha256 of the library file that library is exactly, if known. */
export async function writeSavedIndex(file: string, search: RecordSearch, library: SearchableLibrary, version?: string): Promise<void> {
  await writeSavedParts(file, [...search.save(), ...savedLibraryParts(library)], version);
}

/**
 * Writes `parts` as a saved index file (`writeSavedIndex`'s format; tests write damaged ones
 * with it), as the library itself is written: a crash mid-write leaves the old file or the new
 * one, and a temporary file left by a writer killed mid-write is removed before the next write.
 */
export async function writeSavedParts(file: string, parts: SavedRecordSearch, library?: string): Promise<void> {
  const bodies = parts.map(([, text]) => Buffer.from(text, 'utf8'));
  const header: Header = { format: SAVED_INDEX_FORMAT, parts: parts.map(([name], i) => [name, bodies[i]!.length]), ...(library ? { library } : {}) };
  await removeStaleTempFiles(file);
  await writeFileDurably(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), ...bodies]));
}

/**
 * A saved index as read: its parts (and the sha256 of the library file they reflect exactly,
 * when it was known at saving), or why there is none to use.
 */
export type SavedIndexFile = { parts: SavedRecordSearch; library?: string } | { problem: string };

/** The parts of the index saved in `file`, or why it cannot be used (never throws: a saved index is only ever a shortcut). */
export async function readSavedIndex(file: string): Promise<SavedIndexFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'none saved yet' : `cannot read ${file}: ${String(error)}` };
  }
  try {
    const end = bytes.indexOf(0x0a);
    if (end < 0) throw new Error('no header line');
    const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as Partial<Header>;
    if (header.format !== SAVED_INDEX_FORMAT) return { problem: `${file} was saved by another version (${String(header.format)})` };
    const parts: SavedRecordSearch = [];
    let at = end + 1;
    for (const [name, length] of header.parts ?? []) {
      if (at + length > bytes.length) throw new Error('the file is shorter than its header says');
      parts.push([name, bytes.subarray(at, at + length).toString('utf8')]);
      at += length;
    }
    if (at !== bytes.length) throw new Error('the file is longer than its header says');
    return { parts, ...(typeof header.library === 'string' ? { library: header.library } : {}) };
  } catch (error) {
    return { problem: damaged(file, error) };
  }
}

/** A saved index and the library it indexes, restored (see `RecordSearch.restore`). */
export interface RestoredIndex {
  search: RecordSearch;
  library: SearchableLibrary;
}

/** The index and library read from `file` (as `read`), restored, or why they cannot be used. */
export function restoreSavedIndex(file: string, read: Extract<SavedIndexFile, { parts: unknown }>): RestoredIndex | { problem: string } {
  try {
    const library = savedLibraryOf(read.parts);
    if (!library) return { problem: `${file} holds no whole library` };
    return { library, search: RecordSearch.restore(new SavedRecordIndex(read.parts), library) };
  } catch (error) {
    return { problem: damaged(file, error) };
  }
}

/** Reads and restores the index saved in `file`, all at once. */
export async function loadSavedIndex(file: string): Promise<RestoredIndex | { problem: string }> {
  const read = await readSavedIndex(file);
  return 'problem' in read ? read : restoreSavedIndex(file, read);
}

function damaged(file: string, error: unknown): string {
  return `${file} is damaged (${error instanceof Error ? error.message : String(error)})`;
}
