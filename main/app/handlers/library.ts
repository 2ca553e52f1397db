import { countBySource, countByTopic, findRecords } from '../../core/library/query';
import { requireRecord, requireSource } from '../../core/editing/lookup';
import { libraryOverview } from '../../core/use-cases/library-overview';
import type { GroupHandlers } from '../dispatch';
import type { HandlerContext } from '../handler-context';

/** Browsing the library: the overview, paged record search, one record with its source. */
export function libraryHandlers({ store }: HandlerContext): GroupHandlers<'library'> {
  return {
    'library:overview': async () => libraryOverview(store),

    'records:find': async ({ offset, limit, ...query }) => {
      const library = store.data;
      const found = findRecords(library, query);
      return {
        total: found.length,
        offset,
        records: found.slice(offset, offset + limit),
        topicCounts: countByTopic(library, found),
        sourceCounts: countBySource(library, found),
      };
    },

    'record:get': async ({ id }) => {
      const record = requireRecord(store.data, id);
      return { record, source: requireSource(store.data, record.sourceId) };
    },
  };
}
