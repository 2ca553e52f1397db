import { findRecordPage } from '../../core/library/query';
import { requireRecord, requireSource } from '../../core/editing/lookup';
import { libraryOverview } from '../../core/use-cases/library-overview';
import type { GroupHandlers } from '../dispatch';
import type { HandlerContext } from '../handler-context';

/** Browsing the library: the overview, paged record search, one record with its source. */
export function libraryHandlers({ store, findRecordPage: find }: HandlerContext): GroupHandlers<'library'> {
  return {
    'library:overview': async () => libraryOverview(store),

    'records:find': async ({ offset, limit, ...query }) => {
      const library = store.data;
      const { total, positions, topicCounts, sourceCounts } = find ? await find(library, query, offset, limit) : findRecordPage(library, query, offset, limit);
      return { total, offset, records: positions.map((position) => library.records[position]!), topicCounts, sourceCounts };
    },

    'record:get': async ({ id }) => {
      const record = requireRecord(store.data, id);
      return { record, source: requireSource(store.data, record.sourceId) };
    },
  };
}
