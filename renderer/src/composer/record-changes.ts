/**
 * One-field changes the composer makes to a library record (key or not, reviewed), sent through
 * the same `updateRecord` request as the record form: it takes every field, so the others are
 * sent as the record has them now.
 */
import type { RecordItem } from '../../../main/api';
import type { RecordFieldsInput } from '../../../main/core/editing/forms';
import { UNREVIEWED_TAG } from '../../../main/core/compose/unreviewed';

/** What changes in a record, worked out from the record as main has it. */
export type RecordChange = (record: RecordItem) => Partial<RecordFieldsInput>;

/** The record's fields with `change` applied: a full `updateRecord` request. */
export function changedFields(record: RecordItem, change: RecordChange): RecordFieldsInput {
  const { kind, statement, location, summary, speaker, addressees, section, topics, tags, key } = record;
  return { kind, statement, location, summary, speaker, addressees, section, topics, tags, key, ...change(record) };
}

/** Marks the record key (one a one-page brief leads with), or not. */
export const asKey =
  (key: boolean): RecordChange =>
  () => ({ key });

/** Takes the import's "not reviewed" mark off the record: exports then print it like any other. */
export const asReviewed: RecordChange = (record) => ({ tags: record.tags.filter((tag) => tag !== UNREVIEWED_TAG) });

/** Puts the mark back (to undo `asReviewed`). */
export const asUnreviewed: RecordChange = (record) => ({
  tags: record.tags.includes(UNREVIEWED_TAG) ? record.tags : [...record.tags, UNREVIEWED_TAG],
});
