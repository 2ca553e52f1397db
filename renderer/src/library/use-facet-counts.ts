import { useState } from 'react';
import { call } from '../api';
import type { LibraryFilters } from '../shared/library-filters';
import { useLibraryRevision } from '../shared/library-revision';
import { useRequestEffect } from '../shared/use-request-effect';

export interface FacetCounts {
  topics: ReadonlyMap<string, number>;
  sources: ReadonlyMap<string, number>;
}

/**
 * How many records each topic and each source would match, given the other filters.
 * A facet's own choice is left out of its counts, so ticking a second topic shows what it adds
 * rather than what the first topic already narrowed down to.
 */
export function useFacetCounts(filters: LibraryFilters, onError: (error: unknown) => void): FacetCounts | undefined {
  const [counts, setCounts] = useState<FacetCounts>();
  const { topics, sources, kinds, search } = filters;
  const revision = useLibraryRevision();

  useRequestEffect(
    () =>
      Promise.all([
        call('findRecords', { sources, kinds, search, limit: 1 }),
        call('findRecords', { topics, kinds, search, limit: 1 }),
      ]),
    [topics, sources, kinds, search, onError, revision],
    {
      onResult: ([byTopic, bySource]) =>
        setCounts({
          topics: new Map(byTopic.topicCounts.map((c) => [c.id, c.count])),
          sources: new Map(bySource.sourceCounts.map((c) => [c.id, c.count])),
        }),
      onError,
    },
  );

  return counts;
}
