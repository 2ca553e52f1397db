import { access } from 'node:fs/promises';
import { resolveRuleRecords, type RuleRecords } from '../compose/rule-records';
import type { RecordPageFinder } from '../library/search/worker/client';
import type { Library, ShelfEntry } from '../model';
import { currentRequest, shelfEntryStaleness, supersedingVersion, type Staleness } from '../shelf';

/** A document on the reading room's shelf, as it stands now. */
export interface ShelvedDocument {
  entry: ShelfEntry;
  /** The file is not where the shelf last found it. */
  missing: boolean;
  /** For a briefing Briefbook exported, what changed in the library since; undefined for a PDF added from disk. */
  staleness?: Staleness;
  /** For an export of which a newer version is on the shelf: that version's number. */
  supersededBy?: number;
}

/** A shelf entry as the window's reading room lists it: whether its file is still there, whether it is out of date. */
export interface ShelfItem {
  id: string;
  title: string;
  /** Where the PDF was last found. */
  file: string;
  /** Empty when not known (a PDF added from disk that states none). */
  marking: string;
  pages: number;
  /** When it was exported or added. */
  addedAt: string;
  /** The page last read; the reader reopens there. */
  lastPage: number;
  /** Set for a briefing Briefbook exported; undefined for a PDF added from disk. */
  export?: { briefingId: string; templateId: string; version: number; date: string };
  /** The file is not where the shelf last found it. */
  missing: boolean;
  /** An export whose records have changed since (see `shelf:staleness` for how). */
  stale: boolean;
  /** An export of which a newer version is on the shelf: that version's number. */
  supersededBy?: number;
}

/**
 * The shelf of `library`, newest first, each document with whether its file is there and whether
 * it is out of date. `findRecordPage` finds the records of rules that search text (the app's search worker).
 */
export async function listShelf(library: Library, findRecordPage?: RecordPageFinder): Promise<ShelvedDocument[]> {
  const newestFirst = [...library.shelf].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
  const ruleRecords = await stalenessRuleRecords(library, newestFirst, findRecordPage);
  return Promise.all(newestFirst.map((entry) => shelvedDocument(library, entry, ruleRecords)));
}

/** The records of the rules the exports among `entries` are judged by today (see `currentRequest`), found ahead by `findRecordPage`. */
function stalenessRuleRecords(library: Library, entries: readonly ShelfEntry[], findRecordPage: RecordPageFinder | undefined): Promise<RuleRecords> {
  return resolveRuleRecords(library, entries.map((entry) => currentRequest(library, entry)?.selection), findRecordPage);
}

/** Whether `entry` is out of date, and how (`shelfEntryStaleness`); `findRecordPage` as `listShelf` takes it. */
export async function shelvedStaleness(library: Library, entry: ShelfEntry, findRecordPage?: RecordPageFinder): Promise<Staleness | undefined> {
  return shelfEntryStaleness(library, entry, await stalenessRuleRecords(library, [entry], findRecordPage));
}

/** One shelf entry of `library` as it stands now. */
async function shelvedDocument(library: Library, entry: ShelfEntry, ruleRecords: RuleRecords): Promise<ShelvedDocument> {
  const missing = await access(entry.file).then(
    () => false,
    () => true,
  );
  const supersededBy = supersedingVersion(library.shelf, entry);
  return { entry, missing, staleness: shelfEntryStaleness(library, entry, ruleRecords), ...(supersededBy ? { supersededBy } : {}) };
}

/** A shelved document as the window lists it. */
export function shelfItem({ entry, missing, staleness, supersededBy }: ShelvedDocument): ShelfItem {
  const { origin } = entry;
  return {
    id: entry.id,
    title: entry.title,
    file: entry.file,
    marking: entry.marking,
    pages: entry.pages,
    addedAt: entry.addedAt,
    lastPage: entry.lastPage,
    export:
      origin.kind === 'export'
        ? { briefingId: origin.briefingId, templateId: origin.templateId, version: origin.version, date: origin.request.date }
        : undefined,
    missing,
    stale: staleness?.stale ?? false,
    ...(supersededBy ? { supersededBy } : {}),
  };
}

/** The window's listing of every document on the shelf, newest first. */
export async function listShelfItems(library: Library, findRecordPage?: RecordPageFinder): Promise<ShelfItem[]> {
  return (await listShelf(library, findRecordPage)).map(shelfItem);
}

/** The window's listing of one shelf entry. */
export async function describeShelfEntry(library: Library, entry: ShelfEntry, findRecordPage?: RecordPageFinder): Promise<ShelfItem> {
  return shelfItem(await shelvedDocument(library, entry, await stalenessRuleRecords(library, [entry], findRecordPage)));
}
