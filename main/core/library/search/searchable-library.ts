/**
 * The parts of a library that finding records reads: what the search worker holds a copy of.
 * A whole `Library` is one; the worker's copy has only these fields, so an edit sends it little.
 */
import type { RecordItem, Source, Topic } from '../../model';

export type SearchRecord = Pick<RecordItem, 'id' | 'sourceId' | 'kind' | 'statement' | 'summary' | 'speaker' | 'section' | 'tags' | 'addressees' | 'topics' | 'status'>;
export type SearchSource = Pick<Source, 'id' | 'title' | 'publisher' | 'dialogue' | 'authors' | 'text'>;

export interface SearchableLibrary {
  topics: readonly Topic[];
  sources: readonly SearchSource[];
  records: readonly SearchRecord[];
}

/** The searchable fields of `record`, as a copy holding nothing else. */
export function searchRecordOf(record: SearchRecord): SearchRecord {
  const { id, sourceId, kind, statement, summary, speaker, section, tags, addressees, topics, status } = record;
  return { id, sourceId, kind, statement, summary, speaker, section, tags, addressees, topics, status };
}

export function searchSourceOf(source: SearchSource): SearchSource {
  const { id, title, publisher, dialogue, authors, text } = source;
  return { id, title, publisher, dialogue, authors, text };
}

/** Whether two records read the same to the search (same text, kind, topics, source and status). */
export function sameSearchRecord(a: SearchRecord, b: SearchRecord): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.status === b.status &&
      a.kind === b.kind &&
      a.sourceId === b.sourceId &&
      a.statement === b.statement &&
      a.summary === b.summary &&
      a.speaker === b.speaker &&
      a.section === b.section &&
      sameList(a.tags, b.tags) &&
      sameList(a.addressees, b.addressees) &&
      sameList(a.topics, b.topics))
  );
}

export function sameSearchSource(a: SearchSource, b: SearchSource): boolean {
  return a === b || (a.id === b.id && a.title === b.title && a.publisher === b.publisher && a.dialogue === b.dialogue && a.text === b.text && sameList(a.authors, b.authors));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
