import { useEffect, useRef } from 'react';
import type { RecordResults } from './use-record-results';

/**
 * Clears the chosen record when the library's filters change and it is not among the records
 * they list: the detail never shows a record the list has just dropped.
 *
 * Only a change of filters clears it. A record chosen from elsewhere (a link in the reader, a
 * record just imported) may lie outside the filters and stays shown until the analyst filters.
 */
export function useDetailFollowsResults(results: RecordResults, selectedId: string | undefined, clear: () => void): void {
  const shownFor = useRef(results.filters);
  const { filters, records } = results;
  useEffect(() => {
    if (filters === undefined || filters === shownFor.current) return;
    const changed = shownFor.current !== undefined;
    shownFor.current = filters;
    if (changed && selectedId !== undefined && !records.some((record) => record.id === selectedId)) clear();
  }, [filters, records, selectedId, clear]);
}
