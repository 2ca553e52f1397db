import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RecordItem } from '../../../main/api';
import type { LibraryFilters } from '../shared/library-filters';
import { call } from '../api';
import { useLibraryRevision } from '../shared/library-revision';

/** Records fetched per request; more load as the list scrolls. */
export const PAGE_SIZE = 40;

export interface RecordResults {
  /** The filters the loaded records answer, as a key (undefined until the first page arrives). */
  filters: string | undefined;
  /** How many records the filters find (undefined until the first page arrives). */
  total: number | undefined;
  records: readonly RecordItem[];
  loading: boolean;
  hasMore: boolean;
  loadMore(): void;
}

interface Loaded {
  query: string;
  filters: string;
  total: number;
  records: RecordItem[];
}

/** The records the library's filters find, a page at a time. */
export function useRecordResults(filters: LibraryFilters, onError: (error: unknown) => void): RecordResults {
  const { topics, sources, kinds, search } = filters;
  const request = useMemo(() => ({ topics, sources, kinds, search }), [topics, sources, kinds, search]);
  const revision = useLibraryRevision();
  // A change to the library is a new query too: the first page is fetched afresh.
  const filtersKey = JSON.stringify(request);
  const query = `${filtersKey}@${revision}`;
  const [loaded, setLoaded] = useState<Loaded>();
  const [loading, setLoading] = useState(false);
  // The query the newest request answers: responses to older queries are dropped.
  const latest = useRef(query);

  const fetchPage = useCallback(
    async (offset: number) => {
      setLoading(true);
      try {
        const page = await call('findRecords', { ...request, offset, limit: PAGE_SIZE });
        if (latest.current !== query) return;
        setLoaded((previous) => ({
          query,
          filters: filtersKey,
          total: page.total,
          records: offset > 0 && previous?.query === query ? [...previous.records, ...page.records] : page.records,
        }));
      } catch (error) {
        if (latest.current === query) onError(error);
      } finally {
        if (latest.current === query) setLoading(false);
      }
    },
    [request, query, filtersKey, onError],
  );

  useEffect(() => {
    latest.current = query;
    void fetchPage(0);
  }, [query, fetchPage]);

  const count = loaded?.records.length ?? 0;
  const hasMore = loaded !== undefined && count < loaded.total;
  const loadMore = useCallback(() => {
    if (!loading && hasMore) void fetchPage(count);
  }, [loading, hasMore, count, fetchPage]);

  return { filters: loaded?.filters, total: loaded?.total, records: loaded?.records ?? [], loading, hasMore, loadMore };
}
