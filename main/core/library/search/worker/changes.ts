/**
 * What the search worker needs to bring its copy of the library from one version to the next:
 * the records and sources that differ, found by comparing the two versions position by
 * position. The store replaces the whole library on every edit (a validated copy), so records
 * are compared by their searchable fields, not by identity; an edit sends one record.
 */
import type { Topic } from '../../../model';
import { sameSearchRecord, sameSearchSource, searchRecordOf, searchSourceOf, type SearchableLibrary, type SearchRecord, type SearchSource } from '../searchable-library';

/** One part of the changes from one library to the next; the last part says so. */
export interface LibraryChanges {
  /** Records that are new or differ, each with its position in the library's records. */
  records: Array<[position: number, record: SearchRecord]>;
  /** Sources that are new or differ. */
  sources: SearchSource[];
  /** On the last part only: the new library's topics, its sources' ids in order, and how many records it has. */
  last?: { topics: Topic[]; sourceIds: string[]; recordCount: number };
}

/**
 * The changes from `previous` (undefined: an empty library) to `next`, in parts of at most
 * `partSize` records compared, so the caller can hand each over and let other work run
 * between them: comparing or copying 100k records at once would hold its thread for a while.
 */
export function* libraryChanges(previous: SearchableLibrary | undefined, next: SearchableLibrary, partSize = 5000): Generator<LibraryChanges, void> {
  const before = new Map(previous?.sources.map((source) => [source.id, source]));
  const sources = next.sources.filter((source) => !sameOrUndefined(before.get(source.id), source, sameSearchSource)).map(searchSourceOf);
  const old = previous?.records ?? [];
  for (let start = 0; start < next.records.length || start === 0; start += partSize) {
    const end = Math.min(start + partSize, next.records.length);
    const records: LibraryChanges['records'] = [];
    for (let position = start; position < end; position++) {
      const record = next.records[position]!;
      if (!sameOrUndefined(old[position], record, sameSearchRecord)) records.push([position, searchRecordOf(record)]);
    }
    const part: LibraryChanges = { records, sources: start === 0 ? sources : [] };
    if (end >= next.records.length) {
      part.last = { topics: [...next.topics], sourceIds: next.sources.map((source) => source.id), recordCount: next.records.length };
    }
    yield part;
  }
}

function sameOrUndefined<T>(before: T | undefined, after: T, same: (a: T, b: T) => boolean): boolean {
  return before !== undefined && same(before, after);
}

/**
 * The search worker's copy of the library, brought forward by `LibraryChanges` parts. After
 * the last part of a change, `library` is a new object (so caches keyed by it start afresh)
 * and `settle` says which positions changed and which record ids they held before.
 */
export class LibraryCopy {
  library: SearchableLibrary = { topics: [], sources: [], records: [] };
  private records: SearchRecord[] = [];
  private sources = new Map<string, SearchSource>();
  private changed: number[] = [];
  private replaced: string[] = [];

  /** Takes in one part; returns the settled change after the last part, else undefined. */
  apply(part: LibraryChanges): { positions: number[]; replaced: string[] } | undefined {
    for (const [position, record] of part.records) {
      const before = this.records[position];
      if (before) this.replaced.push(before.id);
      this.records[position] = record;
      this.changed.push(position);
    }
    for (const source of part.sources) this.sources.set(source.id, source);
    if (!part.last) return undefined;
    const { topics, sourceIds, recordCount } = part.last;
    for (const removed of this.records.splice(recordCount)) this.replaced.push(removed.id);
    const sources = sourceIds.map((id) => this.sources.get(id)!);
    this.sources = new Map(sources.map((source) => [source.id, source]));
    this.library = { topics, sources, records: this.records };
    const settled = { positions: this.changed, replaced: this.replaced };
    this.changed = [];
    this.replaced = [];
    return settled;
  }
}
