import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeLibraryWithBriefing } from '../../../test/fixtures/library';
import { openTempStore, type TempStore } from '../../../test/fixtures/temp-store';
import { loadLibraryFile } from '../library';
import { deleteRecord } from './records';
import { addSource, deleteSource } from './sources';
import { addTopic, deleteTopic } from './topics';
import { emptyTrash, listRecentlyDeleted } from './trash';

const NOW = new Date('2025-05-06T07:08:09Z');
let temp: TempStore;

beforeEach(async () => {
  temp = await openTempStore(makeLibraryWithBriefing());
});
afterEach(() => temp.remove());

describe('emptyTrash', () => {
  it('removes deleted records, trashed sources and topics for good, and leaves everything else', async () => {
    await deleteRecord(temp.store, 'elbe-2019-01', NOW);
    const source = await addSource(temp.store, {
      title: 'Time to talk',
      publisher: 'European Leadership Network',
      date: '2021-06-28',
      kind: 'commentary',
      language: 'en',
      dialogue: 'NATO-Russia dialogue',
      text: 'Talk more.',
    });
    await deleteSource(temp.store, source.id, NOW);
    const topic = await addTopic(temp.store, { label: 'Arctic', description: '' });
    await deleteTopic(temp.store, topic.id, NOW);
    const active = temp.store.data.records.filter((r) => r.status === 'active');

    expect(await emptyTrash(temp.store)).toEqual({ recordIds: ['elbe-2019-01'], sources: 1, topics: 1 });

    expect(listRecentlyDeleted(temp.store.data)).toEqual({ records: [], sources: [], topics: [] });
    expect(temp.store.data.records).toEqual(active);
    // The saved briefing lets go of the record that is gone, and the file on disk is a sound library.
    expect(temp.store.data.briefings[0]!.items).toEqual([]);
    const saved = await loadLibraryFile(temp.file);
    expect(saved.records.map((r) => r.id)).toEqual(['elbe-2019-02']);
    expect(JSON.stringify(saved)).not.toContain('Talk more.');
  });

  it('changes nothing when Recently deleted is already empty', async () => {
    expect(await emptyTrash(temp.store)).toEqual({ recordIds: [], sources: 0, topics: 0 });
    expect(temp.store.data.records).toHaveLength(2);
  });
});
