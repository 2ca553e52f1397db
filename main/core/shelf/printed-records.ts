import { createHash } from 'node:crypto';
import type { BriefingModel } from '../compose/briefing-model';
import type { Library, PrintedField, PrintedFieldDigests, PrintedRecord, PrintedTexts, RecordItem } from '../model';

/** The text of every field a briefing prints of one record. */
export type FieldTexts = Record<PrintedField, string>;

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
 * The text of what a briefing prints of one record, as a reader would name it: topics by their
 * labels (an id the library no longer has by itself); the kind as the library names it, since
 * each template words it its own way.
 */
export function printedFieldTexts(record: RecordItem, note: string, topicLabels: ReadonlyMap<string, string>): FieldTexts {
  return {
    statement: record.statement,
    summary: record.summary,
    speaker: record.speaker,
    section: record.section,
    topics: record.topics.map((id) => topicLabels.get(id) ?? id).join(', '),
    kind: record.kind,
    note,
  };
}

/** `texts` as the shelf keeps them: without the summary (the entry has it already) and without empty fields. */
function keptTexts({ summary: _summary, ...texts }: FieldTexts): PrintedTexts {
  return Object.fromEntries(Object.entries(texts).filter(([, text]) => text !== ''));
}

/** The text of every field a shelved record printed; undefined for an export shelved before the text was kept. */
export function shelvedFieldTexts(printed: PrintedRecord): FieldTexts | undefined {
  const { texts } = printed;
  if (!texts) return undefined;
  return {
    statement: texts.statement ?? '',
    summary: printed.summary,
    speaker: texts.speaker ?? '',
    section: texts.section ?? '',
    topics: texts.topics ?? '',
    kind: texts.kind ?? '',
    note: texts.note ?? '',
  };
}

/**
 * The records `model` prints, in print order, each with its summary, field digests and field
 * texts. `model` must be composed from `library`: topics come from the library's records, which
 * the model does not carry.
 */
export function printedRecords(library: Library, model: BriefingModel): PrintedRecord[] {
  const records = new Map(library.records.map((record) => [record.id, record]));
  const topicLabels = new Map(library.topics.map((topic) => [topic.id, topic.label]));
  return model.sections.flatMap((section) =>
    section.records.map((printed) => {
      const record = records.get(printed.id);
      if (!record) throw new Error(`record ${printed.id} was composed but is not in the library`);
      return {
        id: record.id,
        summary: record.summary,
        digests: digestPrintedFields(record, printed.note),
        texts: keptTexts(printedFieldTexts(record, printed.note, topicLabels)),
      };
    }),
  );
}
