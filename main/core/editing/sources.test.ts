import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeLibraryWithBriefing, SOURCE_TEXT } from '../../../test/fixtures/library';
import { expectEditRefused, openTempStore, type TempStore } from '../../../test/fixtures/temp-store';
import { deleteRecord } from './records';
import { addSource, deleteSource, updateSource } from './sources';
import { listRecentlyDeleted, restoreFromTrash } from './trash';

const NOW = new Date('2025-05-06T07:08:09Z');
const LATER = new Date('2025-05-07T07:08:09Z');
let temp: TempStore;

beforeEach(async () => {
  temp = await openTempStore(makeLibraryWithBriefing());
});
afterEach(() => temp.remove());

const details = {
  title: 'Time to talk',
  publisher: 'European Leadership Network',
  date: '2021-06-28',
  kind: 'commentary' as const,
  language: 'en',
  dialogue: 'NATO-Russia dialogue',
};

const expectRefused = (edit: () => Promise<unknown>, field: string | undefined, message: RegExp) => expectEditRefused(temp, edit, field, message);

describe('addSource', () => {
  it('adds a source with an id from its dialogue and year, and its text normalized as imports store it', async () => {
    const source = await addSource(temp.store, { ...details, text: 'First line.\r\n\r\n\r\nSecond\u00ADline.  \n' });
    expect(source).toMatchObject({ id: 'nato-russia-dialogue-2021', text: 'First line.\n\nSecondline.', authors: [], track: '' });
    expect(temp.store.data.sources.at(-1)).toEqual(source);
  });

  it('refuses a text the library already holds, and invalid details field by field', async () => {
    await expectRefused(() => addSource(temp.store, { ...details, text: SOURCE_TEXT }), 'text', /already holds this text/);
    const invalid = await addSource(temp.store, { ...details, date: '2021-02-30', url: 'ftp://x', text: ' ' }).catch((e: unknown) => e);
    const issues = (invalid as { issues: { path: string[]; message: string }[] }).issues;
    expect(issues.map((i) => i.path[0])).toEqual(['date', 'url', 'text']);
    // The library's own date check, said as a form says it.
    expect(issues[0]!.message).toBe('There is no such day as "2021-02-30": February 2021 has 28 days');
  });
});

describe('updateSource', () => {
  it('changes details and keeps id and text', async () => {
    const updated = await updateSource(temp.store, 'elbe-2019', { ...details, title: 'Corrected title' }, NOW);
    expect(updated).toMatchObject({ id: 'elbe-2019', title: 'Corrected title', text: SOURCE_TEXT });
  });

  it('moves every record’s location with its passage when the text changes', async () => {
    const newText = `Preface added later.\n\n${SOURCE_TEXT}`;
    await updateSource(temp.store, 'elbe-2019', { ...details, text: newText }, NOW);
    for (const record of temp.store.data.records) {
      expect(newText.slice(record.location.start, record.location.end)).toBe(record.statement);
      expect(record.updatedAt).toBe(NOW.toISOString());
    }
  });

  it('keeps a PDF source’s page starts where the text around them is unchanged, and drops them when an edit crosses a page break', async () => {
    // Page 2 begins at "Arms control"; the edits are before it, after it, then across it.
    const text = SOURCE_TEXT.trimEnd(); // as stored (see normalizeText)
    await temp.store.update((library) => {
      Object.assign(library.sources[0]!, { text, pageStarts: [text.indexOf('Arms control')] });
    });
    const edited = text.replace('October 2019', 'in October 2019');
    await updateSource(temp.store, 'elbe-2019', { ...details, text: edited }, NOW);
    expect(temp.store.data.sources[0]!.pageStarts).toEqual([edited.indexOf('Arms control')]);
    const after = edited.replace('продолжить', 'обязательно продолжить');
    await updateSource(temp.store, 'elbe-2019', { ...details, text: after }, NOW);
    expect(temp.store.data.sources[0]!.pageStarts).toEqual([after.indexOf('Arms control')]);
    await updateSource(temp.store, 'elbe-2019', { ...details, text: after.replace('\n\nArms control', ' Weapons control') }, NOW);
    expect(temp.store.data.sources[0]).not.toHaveProperty('pageStarts');
  });

  it('refuses a new text that loses a record’s passage, naming the record', async () => {
    const newText = SOURCE_TEXT.replace('moratorium', 'ban');
    await expectRefused(() => updateSource(temp.store, 'elbe-2019', { ...details, text: newText }, NOW), 'text', /elbe-2019-02 \(“Both delegations/);
  });
});

describe('deleteSource and restoring it', () => {
  it('moves the source and all its records to the trash, out of briefings, and restores them as they were', async () => {
    await deleteRecord(temp.store, 'elbe-2019-02', NOW);
    const before = structuredClone(temp.store.data);
    const { trashId, records, recordIds } = await deleteSource(temp.store, 'elbe-2019', LATER);
    expect(records).toBe(1);
    expect(recordIds).toEqual(['elbe-2019-01', 'elbe-2019-02']);
    expect(temp.store.data.sources).toEqual([]);
    expect(temp.store.data.records).toEqual([]);
    expect(temp.store.data.briefings[0]).toMatchObject({ selection: { sources: [] }, items: [] });
    expect(listRecentlyDeleted(temp.store.data).sources).toEqual([
      { trashId, sourceId: 'elbe-2019', title: before.sources[0]!.title, publisher: 'Elbe Group', date: '2019-10-24', records: 1, deletedAt: LATER.toISOString() },
    ]);

    expect(await restoreFromTrash(temp.store, trashId, LATER)).toEqual({ kind: 'source', id: 'elbe-2019', label: before.sources[0]!.title, records: 1 });
    expect(temp.store.data.sources).toEqual(before.sources);
    expect(temp.store.data.records).toEqual(before.records);
    expect(temp.store.data.trash).toEqual([]);
    await expectRefused(() => restoreFromTrash(temp.store, trashId, LATER), undefined, /no longer in Recently deleted/);
  });

  it('keeps a new source from taking a trashed source’s id, so restoring never clashes', async () => {
    const { trashId } = await deleteSource(temp.store, 'elbe-2019', NOW);
    const again = await addSource(temp.store, { ...details, dialogue: 'Elbe', date: '2019-01-01', text: SOURCE_TEXT });
    expect(again.id).toBe('elbe-2019-2');
    await restoreFromTrash(temp.store, trashId, NOW);
    expect(temp.store.data.sources.map((s) => s.id)).toEqual(['elbe-2019-2', 'elbe-2019']);
  });
});
