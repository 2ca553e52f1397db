import type { LibraryOverview } from '../../api';
import { countBySource, countByTopic, findRecords } from '../../core/library/query';
import type { Library } from '../../core/model';
import { NotFoundError } from '../../core/errors';
import type { HandlerTable } from '../dispatch';
import type { HandlerContext } from '../handler-context';

/** Browsing the library: the overview, paged record search, one record with its source. */
export function libraryHandlers({ store }: HandlerContext): Pick<HandlerTable, 'library:overview' | 'records:find' | 'record:get'> {
  return {
    'library:overview': async () => {
      const readOnly = store.readOnly?.message;
      return { ...overview(store.file, store.data), ...(readOnly && { readOnly }) };
    },

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
      const record = store.data.records.find((r) => r.id === id);
      if (!record) throw new NotFoundError(`No record "${id}" in the library.`);
      const source = store.data.sources.find((s) => s.id === record.sourceId);
      if (!source) throw new NotFoundError(`Record "${id}" cites a source "${record.sourceId}" that is not in the library.`);
      return { record, source };
    },
  };
}

function overview(file: string, library: Library): LibraryOverview {
  const records = library.records.filter((r) => r.status === 'active');
  const topicCounts = new Map(countByTopic(library, records).map((c) => [c.id, c.count]));
  const sourceCounts = new Map(countBySource(library, records).map((c) => [c.id, c.count]));
  return {
    file,
    topics: library.topics.map((t) => ({ ...t, records: topicCounts.get(t.id) ?? 0 })),
    sources: library.sources.map(({ text: _text, ...s }) => ({ ...s, records: sourceCounts.get(s.id) ?? 0 })),
    records: records.length,
  };
}
