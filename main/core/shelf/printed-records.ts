import { createHash } from 'node:crypto';
import type { BriefingModel } from '../compose/briefing-model';
import type { Library, PrintedFieldDigests, PrintedRecord, RecordItem } from '../model';

/** The first 12 hex digits of the SHA-256 of `text`: enough to notice that a field changed. */
function shortDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** Digests of what a briefing prints of one record: its fields, and the briefing's note on it. */
export function digestPrintedFields(record: RecordItem, note: string): PrintedFieldDigests {
  return {
    statement: shortDigest(record.statement),
    summary: shortDigest(record.summary),
    speaker: shortDigest(record.speaker),
    section: shortDigest(record.section),
    // The order counts: a record is printed under the first of its topics the briefing asks for.
    topics: shortDigest(JSON.stringify(record.topics)),
    kind: shortDigest(record.kind),
    note: shortDigest(note),
  };
}

/**
 * The records `model` prints, in print order, each with its summary and field digests.
 * `model` must be composed from `library`: topics come from the library's records, which the
 * model does not carry.
 */
export function printedRecords(library: Library, model: BriefingModel): PrintedRecord[] {
  const records = new Map(library.records.map((record) => [record.id, record]));
  return model.sections.flatMap((section) =>
    section.records.map((printed) => {
      const record = records.get(printed.id);
      if (!record) throw new Error(`record ${printed.id} was composed but is not in the library`);
      return { id: record.id, summary: record.summary, digests: digestPrintedFields(record, printed.note) };
    }),
  );
}
