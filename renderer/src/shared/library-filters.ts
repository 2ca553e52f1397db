import type { Briefing, LibraryOverview } from '../../../main/api';

/**
 * What the library is filtered by while browsing: the same fields as a briefing's rule, but the
 * window's own, never saved in a briefing.
 */
export type LibraryFilters = Pick<Briefing['selection'], 'topics' | 'sources' | 'kinds' | 'search'>;

export const NO_FILTERS: LibraryFilters = { topics: [], sources: [], kinds: [], search: '' };

/** Do two sets of filters find the same records? (The order of choices does not matter.) */
export function sameFilters(a: LibraryFilters, b: LibraryFilters): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v) => y.includes(v));
  return same(a.topics, b.topics) && same(a.sources, b.sources) && same(a.kinds, b.kinds) && a.search.trim() === b.search.trim();
}

/** Whether any filter narrows the library. */
export function isFiltered(filters: LibraryFilters): boolean {
  return !sameFilters(filters, NO_FILTERS);
}

/**
 * The filters without topics and sources the library no longer has (deleted, merged away), which
 * would otherwise find nothing and offer no checkbox to clear them.
 */
export function filtersWithin(filters: LibraryFilters, overview: Pick<LibraryOverview, 'topics' | 'sources'>): LibraryFilters {
  const topics = filters.topics.filter((id) => overview.topics.some((t) => t.id === id));
  const sources = filters.sources.filter((id) => overview.sources.some((s) => s.id === id));
  return topics.length === filters.topics.length && sources.length === filters.sources.length ? filters : { ...filters, topics, sources };
}
