import type { RecordItem } from '../model';

/**
 * The tag `briefbook import` puts on records it adds without the analyst's review: their
 * source's publisher, date and speaker are the importer's guesses ("Unknown publisher").
 */
export const UNREVIEWED_TAG = 'unreviewed';

export function isUnreviewed(record: Pick<RecordItem, 'tags'>): boolean {
  return record.tags.includes(UNREVIEWED_TAG);
}

/** The records an export may print: unreviewed ones only when the analyst asked for them. */
export function exportableRecords<R extends Pick<RecordItem, 'tags'>>(records: readonly R[], includeUnreviewed = false): R[] {
  return includeUnreviewed ? [...records] : records.filter((record) => !isUnreviewed(record));
}
