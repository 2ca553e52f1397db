/**
 * What the search worker needs to bring its copy of the library from one version to the next:
 * the records and sources that differ, found by comparing the two versions position by
 * position. The store replaces the whole library on every edit (a validated copy), so records
 * are compared by their searchable fields, not by identity; an edit sends one record.
 */
import type { Topic } from '../../../model';
import { sameSearchRecord, sameSearchSource, searchSourceOf, type SearchableLibrary, type SearchRecord, type SearchSource } from '../searchable-library';
import { packRecords, unpackRecords, type PackedRecords } from './packed-records';

/** One part of the changes from one library to the next. */
export interface LibraryChanges {
  /** Records that are new or differ, with their positions in the library's records. */
  records: PackedRecords;
  /**
   * On the first part: the new library's topics, its sources' ids in order, and the sources
   * that are new or differ, without their texts (which come spread over the parts, `texts`).
   */
  first?: { topics: Topic[]; sourceIds: string[]; sources: SearchSource[] };
  /** The texts of some of the sources in `first.sources`, by source id: a large library's sources hold tens of megabytes of text. */
  texts: Array<[sourceId: string, text: string]>;
  /**
   * On the last part: how many records the new library has, and the sha256 of the library
   * file it is exactly, if known (the worker tags its saved index with it).
   */
  last?: { recordCount: number; version?: string };
}

/**
 * The changes from `previous` (undefined: an empty library) to `next`, in parts of at most
 * `partSize` records compared, so the caller can hand each over and let other work run
 * between them: comparing or copying 100k records at once would hold its thread for a while.
 */
export function* libraryChanges(previous: SearchableLibrary | undefined, next: SearchableLibrary, partSize = 5000): Generator<LibraryChanges, void> {
  const before = new Map(previous?.sources.map((source) => [source.id, source]));
  const sources = next.sources.filter((source) => !sameOrUndefined(before.get(source.id), source, sameSearchSource));
  const old = previous?.records ?? [];
  const parts = Math.max(1, Math.ceil(next.records.length / partSize));
  const textsPerPart = Math.ceil(sources.length / parts);
  for (let start = 0, part = 0; start < next.records.length || start === 0; start += partSize, part++) {
    const end = Math.min(start + partSize, next.records.length);
    const changed: Array<[number, SearchRecord]> = [];
    for (let position = start; position < end; position++) {
      const record = next.records[position]!;
      if (!sameOrUndefined(old[position], record, sameSearchRecord)) changed.push([position, record]);
    }
    const texts = sources.slice(part * textsPerPart, (part + 1) * textsPerPart).map((source): [string, string] => [source.id, source.text]);
    const changes: LibraryChanges = { records: packRecords(changed), texts };
    if (start === 0) {
      changes.first = { topics: [...next.topics], sourceIds: next.sources.map((source) => source.id), sources: sources.map((source) => ({ ...searchSourceOf(source), text: '' })) };
    }
    if (end >= next.records.length) changes.last = { recordCount: next.records.length };
    yield changes;
  }
}

/** Whether a part carries nothing to take in (no record, and neither first nor last). */
export function isEmptyPart(part: LibraryChanges): boolean {
  return part.records.positions.length === 0 && part.texts.length === 0 && !part.first && !part.last;
}

function sameOrUndefined<T>(before: T | undefined, after: T, same: (a: T, b: T) => boolean): boolean {
  return before !== undefined && same(before, after);
}

/**
 * The search worker's copy of the library, brought forward by `LibraryChanges` parts. After
 * each part `library` is a new object (so caches keyed by it start afresh), and `apply` says
 * which positions changed (a position past the end is a record removed).
 */
export class LibraryCopy {
  library: SearchableLibrary = { topics: [], sources: [], records: [] };
  private readonly records: SearchRecord[] = [];
  private sources = new Map<string, SearchSource>();

  /** Takes `library` whole as the copy (a saved one: see saved-library.ts). */
  adopt(library: SearchableLibrary): void {
    this.records.length = library.records.length;
    library.records.forEach((record, position) => (this.records[position] = record));
    this.sources = new Map(library.sources.map((source) => [source.id, source]));
    this.library = { topics: library.topics, sources: library.sources, records: this.records };
  }

  /** Gives the copy's sources these texts (by source id). */
  takeTexts(texts: LibraryChanges['texts']): void {
    if (texts.length > 0) this.library = { ...this.library, sources: this.withTexts(this.library.sources, texts) };
  }

  private withTexts(sources: readonly SearchSource[], texts: LibraryChanges['texts']): SearchSource[] {
    for (const [id, text] of texts) this.sources.set(id, { ...this.sources.get(id)!, text });
    return sources.map((source) => this.sources.get(source.id)!);
  }

  apply(part: LibraryChanges): number[] {
    let { topics, sources } = this.library;
    if (part.first) {
      for (const source of part.first.sources) this.sources.set(source.id, source);
      sources = part.first.sourceIds.map((id) => this.sources.get(id)!);
      this.sources = new Map(sources.map((source) => [source.id, source]));
      topics = part.first.topics;
    }
    if (part.texts.length > 0) sources = this.withTexts(sources, part.texts);
    const changed: number[] = [];
    for (const [position, record] of unpackRecords(part.records)) {
      this.records[position] = record;
      changed.push(position);
    }
    if (part.last) {
      const { recordCount } = part.last;
      for (let position = recordCount; position < this.records.length; position++) changed.push(position);
      this.records.length = Math.min(this.records.length, recordCount);
    }
    this.library = { topics, sources, records: this.records };
    return changed;
  }
}
