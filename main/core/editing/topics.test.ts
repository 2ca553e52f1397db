import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { expectEditRefused, openTempStore, type TempStore } from '../../../test/fixtures/temp-store';
import { deleteRecord, updateRecord } from './records';
import { deleteSource } from './sources';
import { addTopic, deleteTopic, mergeTopics, updateTopic } from './topics';
import { listRecentlyDeleted, restoreFromTrash } from './trash';

const NOW = new Date('2025-05-06T07:08:09Z');
let temp: TempStore;

beforeEach(async () => {
  const library = makeLibrary();
  library.briefings.push({ ...makeBriefing('memo'), selection: { topics: ['crisis-management', 'arms-control'], sources: [], kinds: [], search: '', applyFilters: true, added: [] } });
  temp = await openTempStore(library);
});
afterEach(() => temp.remove());

const expectRefused = (edit: () => Promise<unknown>, field: string | undefined, message: RegExp) => expectEditRefused(temp, edit, field, message);

const topicsOf = (id: string) => temp.store.data.records.find((r) => r.id === id)!.topics;

describe('addTopic and updateTopic', () => {
  it('creates a topic with an id from its label and renames it without changing the id', async () => {
    const topic = await addTopic(temp.store, { label: '  The Arctic and the High North ' });
    expect(topic).toEqual({ id: 'arctic-high-north', label: 'The Arctic and the High North', description: '' });
    const renamed = await updateTopic(temp.store, topic.id, { label: 'High North', description: 'Arctic security.' });
    expect(renamed).toEqual({ id: 'arctic-high-north', label: 'High North', description: 'Arctic security.' });
  });

  it('refuses a name another topic has, whatever its case', async () => {
    await expectRefused(() => addTopic(temp.store, { label: 'arms CONTROL' }), 'label', /already a topic called “Arms control”/);
    await expectRefused(() => updateTopic(temp.store, 'crisis-management', { label: 'Arms control' }), 'label', /merge into it/);
  });
});

describe('mergeTopics', () => {
  it('moves every record and briefing choice to the other topic, and restoring moves exactly those records back', async () => {
    // elbe-2019-01 has crisis-management only; give elbe-2019-02 both, so it already has the target.
    const second = temp.store.data.records[1]!;
    await updateRecord(temp.store, second.id, { ...second, topics: ['crisis-management', 'arms-control'] }, NOW);
    await deleteRecord(temp.store, second.id, NOW);

    const merge = await mergeTopics(temp.store, 'crisis-management', 'arms-control', NOW);
    expect(merge.moved).toBe(2);
    expect(temp.store.data.topics.map((t) => t.id)).toEqual(['arms-control']);
    expect(topicsOf('elbe-2019-01')).toEqual(['arms-control']);
    expect(topicsOf('elbe-2019-02')).toEqual(['arms-control']);
    expect(temp.store.data.briefings[0]!.selection.topics).toEqual(['arms-control']);
    expect(listRecentlyDeleted(temp.store.data).topics).toEqual([
      { trashId: merge.trashId, topicId: 'crisis-management', label: 'Crisis management', mergedInto: 'Arms control', moved: 2, deletedAt: NOW.toISOString() },
    ]);

    expect(await restoreFromTrash(temp.store, merge.trashId, NOW)).toMatchObject({ kind: 'topic', id: 'crisis-management', records: 2 });
    expect(topicsOf('elbe-2019-01')).toEqual(['crisis-management']);
    expect(topicsOf('elbe-2019-02')).toEqual(['crisis-management', 'arms-control']);
  });

  it('refuses merging a topic into itself or into one that does not exist', async () => {
    await expectRefused(() => mergeTopics(temp.store, 'arms-control', 'arms-control', NOW), 'into', /another topic/);
    await expectRefused(() => mergeTopics(temp.store, 'arms-control', 'nope', NOW), 'into', /no topic "nope"/);
  });
});

describe('deleteTopic', () => {
  it('refuses a topic records carry, deleted records included', async () => {
    await deleteRecord(temp.store, 'elbe-2019-02', NOW);
    await expectRefused(() => deleteTopic(temp.store, 'arms-control', NOW), 'into', /1 record carries this topic \(1 of them under Recently deleted\)/);
  });

  it('deletes an unused topic, drops it from briefings, and restores it', async () => {
    const topic = await addTopic(temp.store, { label: 'Cyber' });
    const { trashId } = await deleteTopic(temp.store, topic.id, NOW);
    expect(temp.store.data.topics.map((t) => t.id)).not.toContain(topic.id);
    await restoreFromTrash(temp.store, trashId, NOW);
    expect(temp.store.data.topics.at(-1)).toEqual(topic);
  });

  it('lets a restored source file records whose topics are gone under unsorted imports', async () => {
    const { trashId } = await deleteSource(temp.store, 'elbe-2019', NOW);
    await deleteTopic(temp.store, 'arms-control', NOW);
    await restoreFromTrash(temp.store, trashId, NOW);
    expect(topicsOf('elbe-2019-02')).toEqual(['unsorted']);
    expect(temp.store.data.topics.map((t) => t.id)).toContain('unsorted');
  });
});
