/**
 * Putting a PDF from disk on the reading room's shelf, and finding a shelved PDF again after it
 * moved: the steps after the analyst picked the file (the window's open dialog picks it; the
 * caller hands over the path).
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { EditableLibrary } from '../editing/lookup';
import type { RecordPageFinder } from '../library/search/worker/client';
import type { ShelfEntry } from '../model';
import { findShelved, readPdfFacts, readShelvedPdf, sha256Hex, shelve, ShelvedFileError } from '../shelf';
import { describeShelfEntry, type ShelfItem } from './shelf-listing';

/** Adding a PDF: `added` also when those very bytes were on the shelf already. */
export type AddedPdf = { status: 'added'; item: ShelfItem } | { status: 'unreadable'; file: string; reason: string };

/**
 * Puts the PDF at `file` on the shelf, titled by its metadata or else its file name, with the
 * marking it carries if any. `findRecordPage`: as `describeShelfEntry` takes it.
 */
export async function addPdfToShelf(store: EditableLibrary, file: string, now: Date, findRecordPage?: RecordPageFinder): Promise<AddedPdf> {
  let bytes: Uint8Array;
  try {
    bytes = await readShelvedPdf(file);
  } catch (error) {
    if (error instanceof ShelvedFileError) return { status: 'unreadable', file, reason: error.problem };
    throw error;
  }
  const sha256 = sha256Hex(bytes);
  const known = findShelved(store.data.shelf, file, sha256);
  if (known) return { status: 'added', item: await describeShelfEntry(store.data, known, findRecordPage) };
  let facts;
  try {
    facts = await readPdfFacts(bytes);
  } catch (error) {
    return { status: 'unreadable', file, reason: `it is not a PDF that can be read (${(error as Error).message})` };
  }
  const entry: ShelfEntry = {
    id: randomUUID(),
    title: facts.title ?? path.basename(file, path.extname(file)),
    file,
    sha256,
    pages: facts.pages,
    marking: facts.marking ?? '',
    addedAt: now.toISOString(),
    lastPage: 1,
    origin: { kind: 'file' },
  };
  const library = await store.update((draft) => shelve(draft, entry));
  return { status: 'added', item: await describeShelfEntry(library, entry, findRecordPage) };
}

/** Finding a shelved PDF again: `mismatch` when the file is not the same document (its SHA-256 differs); the shelf is then unchanged. */
export type RelocatedPdf = { status: 'relocated'; item: ShelfItem } | { status: 'mismatch'; file: string };

/** Points `entry` at `file` when `file` holds the very bytes that were shelved. `findRecordPage`: as `describeShelfEntry` takes it. */
export async function relocateShelved(store: EditableLibrary, entry: ShelfEntry, file: string, findRecordPage?: RecordPageFinder): Promise<RelocatedPdf> {
  const bytes = await readShelvedPdf(file);
  if (sha256Hex(bytes) !== entry.sha256) return { status: 'mismatch', file };
  const library = await store.update((draft) => {
    const found = draft.shelf.find((e) => e.id === entry.id);
    if (found) found.file = file;
  });
  return { status: 'relocated', item: await describeShelfEntry(library, { ...entry, file }, findRecordPage) };
}
