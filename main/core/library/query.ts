import type { Library, RecordItem, RecordKind } from '../model';
import { RecordSearch } from './search/record-search';

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
  records: RecordItem[];
  /** By position in the library's records: the position of that record in `records` (-1 if not active). */
  activePosition: Int32Array;
  /** Positions (into `records`, ascending) of the records with each topic, source and kind. */
  byTopic: Map<string, number[]>;
  bySource: Map<string, number[]>;
  byKind: Map<string, number[]>;
}

// The store replaces the Library object on every change, so identity is a safe cache key.
const indexes = new WeakMap<Library, LibraryIndex>();

function indexFor(library: Library): LibraryIndex {
  let index = indexes.get(library);
  if (!index) {
    const records = library.records.filter((r) => r.status === 'active');
    const byTopic = new Map<string, number[]>();
    const bySource = new Map<string, number[]>();
    const byKind = new Map<string, number[]>();
    records.forEach((record, position) => {
      for (const topic of new Set(record.topics)) addTo(byTopic, topic, position);
      addTo(bySource, record.sourceId, position);
      addTo(byKind, record.kind, position);
    });
    const activePosition = new Int32Array(library.records.length).fill(-1);
    let active = 0;
    library.records.forEach((record, position) => {
      if (record.status === 'active') activePosition[position] = active++;
    });
    index = { records, activePosition, byTopic, bySource, byKind };
    indexes.set(library, index);
  }
  return index;
}

/**
 * The active records matching `query`, in library order.
 *
 * Each criterion marks the positions it allows, from its index, and the records marked by all
 * of them are collected in one pass: a query costs the size of its criteria's lists, not a
 * test of every record against every criterion (which took 10–50 ms on 100k records).
 */
export function findRecords(library: Library, query: RecordQuery = {}): RecordItem[] {
  const { records, activePosition, byTopic, bySource, byKind } = indexFor(library);
  const criteria: Iterable<number>[][] = [];
  if (query.topics?.length) criteria.push(query.topics.map((topic) => byTopic.get(topic) ?? []));
  if (query.sources?.length) criteria.push(query.sources.map((source) => bySource.get(source) ?? []));
  if (query.kinds?.length) criteria.push(query.kinds.map((kind) => byKind.get(kind) ?? []));
  if (query.search?.trim()) criteria.push([searchRecords(library, query.search).map((position) => activePosition[position]!)]);
  if (criteria.length === 0) return [...records];

  // One bit per criterion; a record matches when all bits are set.
  const marks = new Uint8Array(records.length);
  criteria.forEach((lists, criterion) => {
    const bit = 1 << criterion;
    for (const list of lists) for (const position of list) marks[position]! |= bit;
  });
  const all = (1 << criteria.length) - 1;
  const found: RecordItem[] = [];
  for (let position = 0; position < records.length; position++) {
    if (marks[position] === all) found.push(records[position]!);
  }
  return found;
}

/**
 * The text search over `library`: the positions, in `library.records`, of the records found (in no particular order).
 *
 * One search index serves every library snapshot in turn: the store replaces the Library
 * object on every change, and the index is brought up to the new one by updating only the
 * records that differ (see `RecordSearch.sync`), so an edit never rebuilds it. If the index is
 * being built in the background (`indexInBackground`), the rest of that build is done now.
 */
export function searchRecords(library: Library, search: string): number[] {
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
let lastSearch: { search: string; positions: number[] } | undefined;

let textIndex: { library: Library; search: RecordSearch } | undefined;

/** The index being brought up to `library` a step at a time, between other work. */
let indexing: { library: Library; search: RecordSearch; steps: Generator<void, void> } | undefined;
/** The library the background indexing should end at (the newest one it was given). */
let indexTarget: Library | undefined;

/**
 * Builds (or brings up to date) the text search index of `library` a few milliseconds at a
 * time, yielding to the event loop in between, so that a process serving a window (the app's
 * main process) has the index ready by the first search instead of building it then. Resolves
 * once the index is at `library` or a newer library given since.
 */
export function indexInBackground(library: Library, sliceMs = 8): Promise<void> {
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
export function countByTopic(library: Library, records: readonly RecordItem[]): FacetCount[] {
  const counts = new Map(library.topics.map((t) => [t.id, 0]));
  for (const record of records) for (const t of record.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}

/** How many of `records` come from each source of the library (library order, zeros included). */
export function countBySource(library: Library, records: readonly RecordItem[]): FacetCount[] {
  const counts = new Map(library.sources.map((s) => [s.id, 0]));
  for (const record of records) counts.set(record.sourceId, (counts.get(record.sourceId) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}
