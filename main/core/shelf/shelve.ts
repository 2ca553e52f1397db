import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { BriefingModel } from '../compose/briefing-model';
import type { Briefing, Library, ShelfEntry } from '../model';
import { ExportedRequest } from '../model';
import { printedRecords } from './printed-records';
import { nextVersion } from './versions';

/** Lowercase hex SHA-256 of a file's bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What an export produced, as the shelf needs it. */
export interface ExportFacts {
  /** The briefing as exported (saved or not), with its id and template. */
  briefing: Pick<Briefing, 'id' | 'templateId'> & ExportedRequest;
  /** The model the PDF was laid out from, composed from the same library. */
  model: BriefingModel;
  bytes: Uint8Array;
  pageCount: number;
  /** The marking printed on the pages (a template may override the briefing's). */
  marking: string;
  file: string;
  at: Date;
  /** Defaults to the next version of the briefing on the shelf. */
  version?: number;
}

/**
 * The shelf entry for a briefing just exported from `library`: where it went, its digest and
 * pages, and what it printed, so that it can later say whether it is out of date.
 */
export function exportShelfEntry(library: Library, facts: ExportFacts): ShelfEntry {
  const { briefing } = facts;
  const shelf = withoutFile(library.shelf, facts.file);
  return {
    id: randomUUID(),
    title: briefing.title,
    file: facts.file,
    sha256: sha256Hex(facts.bytes),
    pages: facts.pageCount,
    marking: facts.marking,
    addedAt: facts.at.toISOString(),
    lastPage: 1,
    origin: {
      kind: 'export',
      briefingId: briefing.id,
      templateId: briefing.templateId,
      version: facts.version ?? nextVersion(shelf, briefing.id),
      request: ExportedRequest.parse(briefing),
      records: printedRecords(library, facts.model),
    },
  };
}

/**
 * Puts `entry` on the shelf of `library` (a draft inside `LibraryStore.update`).
 *
 * An entry for the same file goes: that file was just overwritten, so the document it described
 * is gone. An export is also added to its briefing's export history when the briefing is saved.
 */
export function shelve(library: Library, entry: ShelfEntry): void {
  library.shelf = [...withoutFile(library.shelf, entry.file), entry];
  if (entry.origin.kind !== 'export') return;
  const { briefingId, templateId } = entry.origin;
  library.briefings
    .find((briefing) => briefing.id === briefingId)
    ?.exports.push({ at: entry.addedAt, file: entry.file, templateId, sha256: entry.sha256, pages: entry.pages });
}

/** The shelf entry already describing these bytes at `file`, if there is one. */
export function findShelved(shelf: readonly ShelfEntry[], file: string, sha256: string): ShelfEntry | undefined {
  return shelf.find((entry) => sameFile(entry.file, file) && entry.sha256 === sha256);
}

function withoutFile(shelf: readonly ShelfEntry[], file: string): ShelfEntry[] {
  return shelf.filter((entry) => !sameFile(entry.file, file));
}

function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
