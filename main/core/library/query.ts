import type { Library, RecordItem, RecordKind } from '../model';
import { RecordSearch } from './search/record-search';
import type { SearchableLibrary, SearchRecord } from './search/searchable-library';

/** Which records to find. Empty lists mean "any"; within a list any value matches. */
export interface RecordQuery {
  topics?: readonly string[];
  sources?: readonly string[];
  kinds?: readonly RecordKind[];
  /**
   * Free text, searched by `RecordSearch`: words (by prefix or stem, in either script), quoted
   * phrases and `speaker:`, `author:`, `kind:`, `topic:`, `source:` prefixes, all of which must match.
   */
  search?: string;
}

export interface FacetCount {
  id: string;
  count: number;
}

/** Active records plus the facet indexes over them, built once per library snapshot. */
interface LibraryIndex {
  /** The positions of the active records in the library's records. */
  libraryPosition: Int32Array;
  /** By position in the library's records: the position of that record among the active ones (-1 if not active). */
  activePosition: Int32Array;
  /** Positions (among the active records, ascending) of the records with each topic, source and kind. */
  byTopic: Map<string, number[]>;
  bySource: Map<string, number[]>;
  byKind: Map<string, number[]>;
}

// The store replaces the Library object on every change (and the search worker its copy), so identity is a safe cache key.
const indexes = new WeakMap<SearchableLibrary, LibraryIndex>();

function indexFor(library: SearchableLibrary): LibraryIndex {
  let index = indexes.get(library);
  if (!index) {
    const byTopic = new Map<string, number[]>();
    const bySource = new Map<string, number[]>();
    const byKind = new Map<string, number[]>();
    const activePosition = new Int32Array(library.records.length).fill(-1);
    const positions: number[] = [];
    library.records.forEach((record, position) => {
      if (record.status !== 'active') return;
      const active = positions.length;
      activePosition[position] = active;
      positions.push(position);
      for (const topic of new Set(record.topics)) addTo(byTopic, topic, active);
      addTo(bySource, record.sourceId, active);
      addTo(byKind, record.kind, active);
    });
    index = { libraryPosition: Int32Array.from(positions), activePosition, byTopic, bySource, byKind };
    indexes.set(library, index);
  }
  return index;
}

/** The text search `findRecordPositions` uses: the positions, in `library.records`, of the records `search` finds, in any order. */
export type TextSearch = (library: SearchableLibrary, search: string) => ArrayLike<number>;

/**
 * The active records matching `query`, in library order.
 *
 * Each criterion marks the positions it allows, from its index, and the records marked by all
 * of them are collected in one pass: a query costs the size of its criteria's lists, not a
 * test of every record against every criterion (which took 10–50 ms on 100k records).
 */
export function findRecords(library: Library, query: RecordQuery = {}): RecordItem[] {
  return Array.from(findRecordPositions(library, query), (position) => library.records[position]!);
}

/**
 * Where the active records matching `query` are in `library.records`, ascending: what
 * `findRecords` returns, as positions, for a caller holding the library elsewhere (the search
 * worker answers the main process with these). `textSearch` does the `search` part.
 */
export function findRecordPositions(library: SearchableLibrary, query: RecordQuery = {}, textSearch: TextSearch = searchRecords): Int32Array {
  const { libraryPosition, activePosition, byTopic, bySource, byKind } = indexFor(library);
  const criteria: ArrayLike<number>[][] = [];
  if (query.topics?.length) criteria.push(query.topics.map((topic) => byTopic.get(topic) ?? []));
  if (query.sources?.length) criteria.push(query.sources.map((source) => bySource.get(source) ?? []));
  if (query.kinds?.length) criteria.push(query.kinds.map((kind) => byKind.get(kind) ?? []));
  if (query.search?.trim()) criteria.push([textSearch(library, query.search)]);
  if (criteria.length === 0) return libraryPosition.slice();

  // One bit per criterion; a record matches when all bits are set. The text search answers in
  // library positions (criterion `textCriterion`), the facet lists in active positions.
  const textCriterion = query.search?.trim() ? criteria.length - 1 : -1;
  const marks = new Uint8Array(libraryPosition.length);
  criteria.forEach((lists, criterion) => {
    const bit = 1 << criterion;
    for (const list of lists) {
      if (criterion === textCriterion) for (let i = 0; i < list.length; i++) marks[activePosition[list[i]!]!]! |= bit;
      else for (let i = 0; i < list.length; i++) marks[list[i]!]! |= bit;
    }
  });
  const all = (1 << criteria.length) - 1;
  let count = 0;
  for (let position = 0; position < marks.length; position++) if (marks[position] === all) count++;
  const found = new Int32Array(count);
  count = 0;
  for (let position = 0; position < marks.length; position++) if (marks[position] === all) found[count++] = libraryPosition[position]!;
  return found;
}

/** One page of the records a query finds, as positions in the library's records, with the facet counts of all of them. */
export interface RecordPositionPage {
  /** How many records the query finds. */
  total: number;
  /** Where the page's records are in `library.records`, in library order. */
  positions: number[];
  topicCounts: FacetCount[];
  sourceCounts: FacetCount[];
}

/** The records `query` finds from `offset`, at most `limit` of them, and how many it finds of each topic and source. */
export function findRecordPage(library: SearchableLibrary, query: RecordQuery, offset: number, limit: number, textSearch?: TextSearch): RecordPositionPage {
  const found = findRecordPositions(library, query, textSearch);
  const { topicCounts, sourceCounts } = facetCounts(library, found);
  return { total: found.length, positions: Array.from(found.subarray(offset, offset + limit)), topicCounts, sourceCounts };
}

/**
 * How many of the records at `found` (library positions) carry each topic and come from each
 * source, as countByTopic and countBySource count them. When the records are many (a common
 * word finds most of a large library) the facet lists are counted against a mark per record
 * instead: counting record by record cost more than the search.
 */
function facetCounts(library: SearchableLibrary, found: Int32Array): Pick<RecordPositionPage, 'topicCounts' | 'sourceCounts'> {
  const { libraryPosition, activePosition, byTopic, bySource } = indexFor(library);
  if (found.length * 8 < libraryPosition.length) {
    const records = Array.from(found, (position) => library.records[position]!);
    return { topicCounts: countByTopic(library, records), sourceCounts: countBySource(library, records) };
  }
  const marked = new Uint8Array(libraryPosition.length);
  for (const position of found) marked[activePosition[position]!] = 1;
  const count = (list: readonly number[] | undefined) => {
    let n = 0;
    for (const position of list ?? []) n += marked[position]!;
    return n;
  };
  return {
    topicCounts: library.topics.map(({ id }) => ({ id, count: count(byTopic.get(id)) })),
    sourceCounts: library.sources.map(({ id }) => ({ id, count: count(bySource.get(id)) })),
  };
}

/**
 * The text search over `library`: the positions, in `library.records`, of the records found (in no particular order).
 *
 * One search index serves every library snapshot in turn: the store replaces the Library
 * object on every change, and the index is brought up to the new one by updating only the
 * records that differ (see `RecordSearch.sync`), so an edit never rebuilds it. If the index is
 * being built in the background (`indexInBackground`), the rest of that build is done now.
 */
export function searchRecords(library: SearchableLibrary, search: string): ArrayLike<number> {
  finishBackgroundIndexing();
  if (textIndex?.library !== library) {
    textIndex = { library, search: textIndex ? textIndex.search.sync(library) : RecordSearch.build(library) };
    lastSearch = undefined;
  }
  // The window pages through one search's results, asking again for each page.
  if (lastSearch?.search !== search) lastSearch = { search, positions: textIndex.search.positions(search) };
  return lastSearch.positions;
}

/** The last search's answer, for the library `textIndex` is at. */
let lastSearch: { search: string; positions: ArrayLike<number> } | undefined;

let textIndex: { library: SearchableLibrary; search: RecordSearch } | undefined;

/** The index being brought up to `library` a step at a time, between other work. */
let indexing: { library: SearchableLibrary; search: RecordSearch; steps: Generator<void, void> } | undefined;
/** The library the background indexing should end at (the newest one it was given). */
let indexTarget: SearchableLibrary | undefined;

/**
 * Builds (or brings up to date) the text search index of `library` a few milliseconds at a
 * time, yielding to the event loop in between, so that a process serving a window (the app's
 * main process) has the index ready by the first search instead of building it then. Resolves
 * once the index is at `library` or a newer library given since.
 */
export function indexInBackground(library: SearchableLibrary, sliceMs = 8): Promise<void> {
  indexTarget = library;
  return new Promise((resolve) => {
    const step = () => {
      if (!indexing) {
        if (!indexTarget || textIndex?.library === indexTarget) return resolve();
        const search = textIndex?.search ?? new RecordSearch();
        indexing = { library: indexTarget, search, steps: search.syncInSteps(indexTarget) };
      }
      const until = performance.now() + sliceMs;
      do if (indexing.steps.next().done) finishBackgroundIndexing();
      while (indexing && performance.now() < until);
      setImmediate(step);
    };
    setImmediate(step);
  });
}

/** Completes the background indexing in progress, if any, at once. */
function finishBackgroundIndexing(): void {
  if (!indexing) return;
  while (!indexing.steps.next().done);
  textIndex = { library: indexing.library, search: indexing.search };
  indexing = undefined;
  lastSearch = undefined;
}

function addTo(lists: Map<string, number[]>, key: string, position: number): void {
  const list = lists.get(key);
  if (list) list.push(position);
  else lists.set(key, [position]);
}

/** How many of `records` carry each topic of the library (taxonomy order, zeros included). */
export function countByTopic(library: Pick<SearchableLibrary, 'topics'>, records: readonly Pick<SearchRecord, 'topics'>[]): FacetCount[] {
  const counts = new Map(library.topics.map((t) => [t.id, 0]));
  for (const record of records) for (const t of record.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}

/** How many of `records` come from each source of the library (library order, zeros included). */
export function countBySource(library: Pick<SearchableLibrary, 'sources'>, records: readonly Pick<SearchRecord, 'sourceId'>[]): FacetCount[] {
  const counts = new Map(library.sources.map((s) => [s.id, 0]));
  for (const record of records) counts.set(record.sourceId, (counts.get(record.sourceId) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}
