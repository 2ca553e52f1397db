import type { RecordItem } from '../../../main/api';
import type { RecordFieldsInput } from '../../../main/core/editing/forms';
import type { Passage } from '../shared/forms/passage-picker';

/** A record as its form holds it. */
export interface RecordFormValues {
  kind: RecordItem['kind'];
  /** The passage's words: the selected ones, or as typed. */
  statement: string;
  /** Set when the passage was selected in the text; undefined when typed (main then finds it). */
  location: Passage | undefined;
  summary: string;
  speaker: string;
  /** Names separated by semicolons. */
  addressees: string;
  section: string;
  topics: string[];
  /** Tags separated by commas. */
  tags: string;
  /** A key record: one a one-page brief leads with. */
  key: boolean;
}

/** The fields of the record form, where main's problems may be placed. */
export const RECORD_FORM_FIELDS = ['sourceId', 'kind', 'statement', 'location', 'summary', 'speaker', 'addressees', 'section', 'topics', 'tags', 'key'] as const;

/** The form's values for `record`, or for a new record when there is none. */
export function recordFormValues(record?: RecordItem): RecordFormValues {
  return {
    kind: record?.kind ?? 'recommendation',
    statement: record?.statement ?? '',
    location: record ? { ...record.location } : undefined,
    summary: record?.summary ?? '',
    speaker: record?.speaker ?? '',
    addressees: record?.addressees.join('; ') ?? '',
    section: record?.section ?? '',
    topics: record ? [...record.topics] : [],
    tags: record?.tags.join(', ') ?? '',
    key: record?.key ?? false,
  };
}

/** What the form says, as the `RecordFields` schema reads it. */
export function recordFieldsInput(values: RecordFormValues): RecordFieldsInput {
  return {
    ...values,
    location: values.location,
    addressees: values.addressees.split(';'),
    tags: values.tags.split(','),
  };
}
