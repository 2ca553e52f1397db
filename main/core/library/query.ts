import type { Library, RecordItem, RecordKind } from '../model';
import { buildTextIndex, type TextIndex } from './text-search';

/** Which records to find. Empty lists mean "any"; within a list any value matches. */
export interface RecordQuery {
  topics?: readonly string[];
  sources?: readonly string[];
  kinds?: readonly RecordKind[];
  /** Free text: every word must start a word of the statement, summary, speaker, section, tags or source title. */
  search?: string;
}

export interface FacetCount {
  id: string;
  count: number;
}

/** Active records plus the search index over them, built once per library snapshot. */
interface LibraryIndex {
  records: RecordItem[];
  text: TextIndex;
}

// The store replaces the Library object on every change, so identity is a safe cache key.
const indexes = new WeakMap<Library, LibraryIndex>();

function indexFor(library: Library): LibraryIndex {
  let index = indexes.get(library);
  if (!index) {
    const sourceTitles = new Map(library.sources.map((s) => [s.id, `${s.title} ${s.publisher} ${s.dialogue}`]));
    const records = library.records.filter((r) => r.status === 'active');
    const texts = records.map((r) =>
      [r.statement, r.summary, r.speaker, r.section, r.tags.join(' '), r.addressees.join(' '), sourceTitles.get(r.sourceId) ?? ''].join('\n'),
    );
    index = { records, text: buildTextIndex(texts) };
    indexes.set(library, index);
  }
  return index;
}

/** The active records matching `query`, in library order. */
export function findRecords(library: Library, query: RecordQuery = {}): RecordItem[] {
  const { records, text } = indexFor(library);
  const topics = query.topics?.length ? new Set(query.topics) : undefined;
  const sources = query.sources?.length ? new Set(query.sources) : undefined;
  const kinds = query.kinds?.length ? new Set<string>(query.kinds) : undefined;
  const hits = query.search?.trim() ? text.search(query.search) : undefined;
  const found: RecordItem[] = [];
  records.forEach((record, position) => {
    if (hits && !hits.has(position)) return;
    if (sources && !sources.has(record.sourceId)) return;
    if (kinds && !kinds.has(record.kind)) return;
    if (topics && !record.topics.some((t) => topics.has(t))) return;
    found.push(record);
  });
  return found;
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
