import { composeBriefing } from '../compose/compose';
import type { RuleRecords } from '../compose/rule-records';
import type { Library, PrintedField, PrintedRecord, ShelfEntry } from '../model';
import { ExportedRequest, PrintedFieldDigests } from '../model';
import { printedRecords, shelvedFieldTexts, type FieldTexts } from './printed-records';
import type { EditedRecord, FieldChange, RemovedRecord, Staleness } from './staleness-report';
import { wordDiff } from './text-diff';

export type { ChangedRecord, EditedRecord, FieldChange, RemovedRecord, Staleness, TextDiffPart } from './staleness-report';

const PRINTED_FIELDS = PrintedFieldDigests.keyof().options;

/**
 * Compares what an export printed with what `request` prints from `library` today.
 *
 * Added and edited records are named by their summary today; removed ones by their summary at
 * the export, since a deleted record may be gone. Order changes alone do not count: the
 * question is whether the PDF still says what the library says. `ruleRecords` as `composeBriefing` takes it.
 */
export function findStaleness(library: Library, exported: readonly PrintedRecord[], request: ExportedRequest, ruleRecords?: RuleRecords): Staleness {
  const now = printedRecords(library, composeBriefing(library, request, ruleRecords));
  const before = new Map(exported.map((record) => [record.id, record]));
  const after = new Set(now.map((record) => record.id));
  const active = new Set(library.records.filter((record) => record.status === 'active').map((record) => record.id));

  const added = now.filter((record) => !before.has(record.id)).map(({ id, summary }) => ({ id, summary }));
  const removed = exported
    .filter((record) => !after.has(record.id))
    .map(({ id, summary }): RemovedRecord => ({ id, summary, reason: active.has(id) ? 'not-selected' : 'deleted' }));
  const edited = now.flatMap((record): EditedRecord[] => {
    const then = before.get(record.id);
    const fields = then ? PRINTED_FIELDS.filter((field) => then.digests[field] !== record.digests[field]) : [];
    return then && fields.length > 0 ? [{ id: record.id, summary: record.summary, fields, changes: fieldChanges(fields, then, record) }] : [];
  });
  return { stale: added.length + removed.length + edited.length > 0, added, removed, edited };
}

/**
 * How each of `fields` went from its text in `then` to its text in `now`. The summary is known
 * for every export; the other fields only for exports that kept their printed text.
 */
function fieldChanges(fields: readonly PrintedField[], then: PrintedRecord, now: PrintedRecord): FieldChange[] {
  const before: Partial<FieldTexts> = shelvedFieldTexts(then) ?? { summary: then.summary };
  const after: Partial<FieldTexts> = shelvedFieldTexts(now) ?? {};
  return fields.map((field) => {
    const old = before[field];
    const current = after[field];
    return old === undefined || current === undefined ? { field } : { field, diff: wordDiff(old, current) };
  });
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
export function shelfEntryStaleness(library: Library, entry: ShelfEntry, ruleRecords?: RuleRecords): Staleness | undefined {
  const request = currentRequest(library, entry);
  if (!request || entry.origin.kind !== 'export') return undefined;
  return findStaleness(library, entry.origin.records, request, ruleRecords);
}
