/**
 * The library a search index was saved with, as parts of the saved index file (saved-index.ts):
 * with it the file holds what the index needs to be restored (records' searchable fields,
 * sources, topics), so the search worker restores it before main has opened the library. Sources are
 * saved without their texts (a fifth of a large library's bytes, and searched only on
 * `source:`): main has them and sends them when it opens the library. Records go as
 * packed-records.ts packs them: one string splits back far faster than JSON parses 100k objects.
 */
import type { Topic } from '../../model';
import type { SavedRecordSearch } from './record-search';
import { searchSourceOf, type SearchableLibrary, type SearchRecord, type SearchSource } from './searchable-library';
import { packRecords, unpackRecords } from './worker/packed-records';

interface SavedLibraryHead {
  topics: Topic[];
  sources: SearchSource[];
  recordCount: number;
  /** The records as objects, when a value holds packed-records' separators (else they are the "library-records" part). */
  records?: SearchRecord[];
}

const HEAD = 'library';
const RECORDS = 'library-records';

export function savedLibraryParts(library: SearchableLibrary): SavedRecordSearch {
  const packed = packRecords(library.records.map((record, position): [number, SearchRecord] => [position, record]));
  const head: SavedLibraryHead = { topics: [...library.topics], sources: library.sources.map((source) => ({ ...searchSourceOf(source), text: '' })), recordCount: library.records.length };
  if ('records' in packed) return [[HEAD, JSON.stringify({ ...head, records: packed.records })]];
  return [
    [HEAD, JSON.stringify(head)],
    [RECORDS, packed.fields],
  ];
}

/** The library saved among `parts`, or undefined if they hold none (or not a whole one). */
export function savedLibraryOf(parts: SavedRecordSearch): SearchableLibrary | undefined {
  const named = new Map(parts.filter(([name]) => name === HEAD || name === RECORDS));
  const headText = named.get(HEAD);
  if (headText === undefined) return undefined;
  const head = JSON.parse(headText) as SavedLibraryHead;
  const positions = Int32Array.from({ length: head.recordCount }, (_, i) => i);
  const fields = named.get(RECORDS);
  const records = head.records ?? (fields === undefined ? undefined : unpackRecords({ positions, fields }).map(([, record]) => record));
  if (!records || records.length !== head.recordCount) return undefined;
  return { topics: head.topics, sources: head.sources, records };
}
