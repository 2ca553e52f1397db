import { composeBriefing } from '../compose/compose';
import type { Library, PrintedRecord, ShelfEntry } from '../model';
import { ExportedRequest, PrintedFieldDigests } from '../model';
import { printedRecords } from './printed-records';
import type { EditedRecord, RemovedRecord, Staleness } from './staleness-report';

export type { ChangedRecord, EditedRecord, RemovedRecord, Staleness } from './staleness-report';

const PRINTED_FIELDS = PrintedFieldDigests.keyof().options;

/**
 * Compares what an export printed with what `request` prints from `library` today.
 *
 * Added and edited records are named by their summary today; removed ones by their summary at
 * the export, since a deleted record may be gone. Order changes alone do not count: the
 * question is whether the PDF still says what the library says.
 */
export function findStaleness(library: Library, exported: readonly PrintedRecord[], request: ExportedRequest): Staleness {
  const now = printedRecords(library, composeBriefing(library, request));
  const before = new Map(exported.map((record) => [record.id, record]));
  const after = new Set(now.map((record) => record.id));
  const active = new Set(library.records.filter((record) => record.status === 'active').map((record) => record.id));

  const added = now.filter((record) => !before.has(record.id)).map(({ id, summary }) => ({ id, summary }));
  const removed = exported
    .filter((record) => !after.has(record.id))
    .map(({ id, summary }): RemovedRecord => ({ id, summary, reason: active.has(id) ? 'not-selected' : 'deleted' }));
  const edited = now.flatMap(({ id, summary, digests }): EditedRecord[] => {
    const then = before.get(id);
    const fields = then ? PRINTED_FIELDS.filter((field) => then.digests[field] !== digests[field]) : [];
    return fields.length > 0 ? [{ id, summary, fields }] : [];
  });
  return { stale: added.length + removed.length + edited.length > 0, added, removed, edited };
}

/**
 * The briefing an export stands for today: the saved briefing, once it has been saved after the
 * export; until then the request as exported. An export made from unsaved edits is then judged
 * by what it was made from, not by an older saved copy, while later saved edits (a changed
 * selection, a new note) count. Undefined for a PDF that Briefbook did not export.
 */
export function currentRequest(library: Library, entry: ShelfEntry): ExportedRequest | undefined {
  if (entry.origin.kind !== 'export') return undefined;
  const { briefingId, request } = entry.origin;
  const saved = library.briefings.find((briefing) => briefing.id === briefingId);
  if (!saved || Date.parse(saved.updatedAt) <= Date.parse(entry.addedAt)) return request;
  return ExportedRequest.parse(saved);
}

/** Whether `entry` is out of date, and how; undefined for a PDF that Briefbook did not export. */
export function shelfEntryStaleness(library: Library, entry: ShelfEntry): Staleness | undefined {
  const request = currentRequest(library, entry);
  if (!request || entry.origin.kind !== 'export') return undefined;
  return findStaleness(library, entry.origin.records, request);
}
