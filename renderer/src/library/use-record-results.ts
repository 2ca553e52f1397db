import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Briefing, RecordItem } from '../../../main/api';
import { call } from '../api';
import { useLibraryRevision } from '../shared/library-revision';

/** Records fetched per request; more load as the list scrolls. */
export const PAGE_SIZE = 40;

export interface RecordResults {
  /** The query these results answer (undefined until the first page arrives). */
  total: number | undefined;
  records: readonly RecordItem[];
  loading: boolean;
  hasMore: boolean;
  loadMore(): void;
}

interface Loaded {
  query: string;
  total: number;
  records: RecordItem[];
}

/** The records matching the selection, a page at a time. */
export function useRecordResults(selection: Briefing['selection'], onError: (error: unknown) => void): RecordResults {
  const { topics, sources, kinds, search } = selection;
  const request = useMemo(() => ({ topics, sources, kinds, search }), [topics, sources, kinds, search]);
  const revision = useLibraryRevision();
  // A change to the library is a new query too: the first page is fetched afresh.
  const query = `${JSON.stringify(request)}@${revision}`;
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
          total: page.total,
          records: offset > 0 && previous?.query === query ? [...previous.records, ...page.records] : page.records,
        }));
      } catch (error) {
        if (latest.current === query) onError(error);
      } finally {
        if (latest.current === query) setLoading(false);
      }
    },
    [request, query, onError],
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

  return { total: loaded?.total, records: loaded?.records ?? [], loading, hasMore, loadMore };
}
