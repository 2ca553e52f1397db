import { addRecord, deleteRecord, restoreRecord, updateRecord } from '../../core/editing/records';
import { addSource, deleteSource, updateSource } from '../../core/editing/sources';
import { addTopic, deleteTopic, mergeTopics, updateTopic } from '../../core/editing/topics';
import { emptyTrash, listRecentlyDeleted, restoreFromTrash } from '../../core/editing/trash';
import { requireSource } from '../../core/editing/lookup';
import type { GroupHandlers } from '../dispatch';
import type { HandlerContext } from '../handler-context';

/** Editing the library by hand: sources, records and topics, and restoring what was deleted. */
export function editingHandlers({ store, now }: HandlerContext): GroupHandlers<'editing'> {
  return {
    'source:get': async ({ id }) => requireSource(store.data, id),
    'source:add': async (fields) => addSource(store, fields),
    'source:update': async ({ id, fields }) => updateSource(store, id, fields, now()),
    'source:delete': async ({ id }) => deleteSource(store, id, now()),

    'record:add': async (fields) => addRecord(store, fields, now()),
    'record:update': async ({ id, fields }) => updateRecord(store, id, fields, now()),
    'record:delete': async ({ id }) => deleteRecord(store, id, now()),
    'record:restore': async ({ id }) => restoreRecord(store, id, now()),

    'topic:add': async (fields) => addTopic(store, fields),
    'topic:update': async ({ id, fields }) => updateTopic(store, id, fields),
    'topic:merge': async ({ from, into }) => mergeTopics(store, from, into, now()),
    'topic:delete': async ({ id }) => deleteTopic(store, id, now()),

    'trash:list': async () => listRecentlyDeleted(store.data),
    'trash:restore': async ({ id }) => restoreFromTrash(store, id, now()),
    'trash:empty': async () => emptyTrash(store),
  };
}
