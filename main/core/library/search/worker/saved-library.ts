/**
 * The search worker's copy of the library, as parts of the saved index file (saved-index.ts):
 * with it the file holds all a query needs (records' searchable fields, sources with their
 * texts, topics), so a worker opening the very library the index was saved from needs nothing
 * from main. Records go as packed-records.ts packs them: one string splits back far faster
 * than JSON parses 100k objects.
 */
import type { Topic } from '../../../model';
import type { SavedRecordSearch } from '../record-search';
import { searchSourceOf, type SearchableLibrary, type SearchRecord, type SearchSource } from '../searchable-library';
import { packRecords, unpackRecords } from './packed-records';

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
  const head: SavedLibraryHead = { topics: [...library.topics], sources: library.sources.map(searchSourceOf), recordCount: library.records.length };
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
