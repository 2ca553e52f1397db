import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { SOURCE_TEXT } from '../../../test/fixtures/library';
import { expectEditRefused, openTempStore, type TempStore } from '../../../test/fixtures/temp-store';
import { findRecords } from '../library/query';
import { addRecord, deleteRecord, restoreRecord, updateRecord } from './records';

const NOW = new Date('2025-05-06T07:08:09Z');
const PASSAGE = 'Участники договорились продолжить диалог.';
let temp: TempStore;

beforeEach(async () => {
  temp = await openTempStore();
});
afterEach(() => temp.remove());

const fields = {
  sourceId: 'elbe-2019',
  kind: 'finding' as const,
  statement: PASSAGE,
  summary: 'The participants agreed to keep talking.',
  speaker: 'Elbe Group',
  topics: ['crisis-management'],
};

const expectRefused = (edit: () => Promise<unknown>, field: string | undefined, message: RegExp) => expectEditRefused(temp, edit, field, message);

describe('addRecord', () => {
  it('adds a record at the place its typed statement stands, with the next id of its source', async () => {
    const record = await addRecord(temp.store, fields, NOW);
    const start = SOURCE_TEXT.indexOf(PASSAGE);
    expect(record).toMatchObject({ id: 'elbe-2019-03', location: { start, end: start + PASSAGE.length }, status: 'active', tags: [] });
    expect(record.createdAt).toBe(NOW.toISOString());
    expect(findRecords(temp.store.data, { search: 'продолжить' }).map((r) => r.id)).toEqual(['elbe-2019-03']);
  });

  it('takes a selected location as it is, and stores the source’s words even when they were typed loosely', async () => {
    const start = SOURCE_TEXT.indexOf('Arms control');
    const selected = await addRecord(temp.store, { ...fields, statement: 'Arms control', location: { start, end: start + 12 } }, NOW);
    expect(selected.location).toEqual({ start, end: start + 12 });
    const loose = await addRecord(temp.store, { ...fields, statement: '  Участники   договорились продолжить диалог. ' }, NOW);
    expect(loose.statement).toBe(PASSAGE);
  });

  it('refuses passages the source does not hold, finds twice, or holds elsewhere than selected', async () => {
    await expectRefused(() => addRecord(temp.store, { ...fields, statement: 'The sides agreed to disagree.' }, NOW), 'statement', /not in the source text/);
    await expectRefused(() => addRecord(temp.store, { ...fields, statement: 'military' }, NOW), 'statement', /occur 2 times/);
    await expectRefused(
      () => addRecord(temp.store, { ...fields, location: { start: 0, end: PASSAGE.length } }, NOW),
      'statement',
      /select it again/,
    );
  });

  it('refuses unknown sources and topics, and invalid fields with a message per field', async () => {
    await expectRefused(() => addRecord(temp.store, { ...fields, sourceId: 'nope' }, NOW), 'sourceId', /no source "nope"/);
    await expectRefused(() => addRecord(temp.store, { ...fields, topics: ['nope'] }, NOW), 'topics', /No topic "nope"/);
    const invalid = await addRecord(temp.store, { ...fields, summary: '  ', topics: [] }, NOW).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ZodError);
    expect((invalid as ZodError).issues.map((i) => [i.path[0], i.message])).toEqual([
      ['summary', 'Give a summary: the point of the passage, in your words'],
      ['topics', 'Choose at least one topic'],
    ]);
  });
});

describe('updateRecord', () => {
  it('changes the summary and keeps id, source, status and creation time', async () => {
    const before = temp.store.data.records[0]!;
    const updated = await updateRecord(temp.store, before.id, { ...before, summary: 'Restore the channels.' }, NOW);
    expect(updated).toEqual({ ...before, summary: 'Restore the channels.', updatedAt: NOW.toISOString() });
    expect(temp.store.data.records[0]).toEqual(updated);
  });

  it('moves the passage to a newly selected one', async () => {
    const before = temp.store.data.records[0]!;
    const start = SOURCE_TEXT.indexOf(PASSAGE);
    const updated = await updateRecord(temp.store, before.id, { ...before, statement: PASSAGE, location: { start, end: start + PASSAGE.length } }, NOW);
    expect(updated.statement).toBe(PASSAGE);
  });

  it('refuses a record that does not exist', async () => {
    await expectRefused(() => updateRecord(temp.store, 'nope', { ...fields }, NOW), undefined, /no record "nope"/);
  });
});

describe('deleteRecord and restoreRecord', () => {
  it('hides a deleted record from queries, keeps it in the library, and brings it back', async () => {
    const id = temp.store.data.records[0]!.id;
    const deleted = await deleteRecord(temp.store, id, NOW);
    expect(deleted.status).toBe('deleted');
    expect(findRecords(temp.store.data).map((r) => r.id)).not.toContain(id);
    expect(temp.store.data.records.map((r) => r.id)).toContain(id);
    await expectRefused(() => deleteRecord(temp.store, id, NOW), undefined, /already deleted/);

    const restored = await restoreRecord(temp.store, id, NOW);
    expect(restored.status).toBe('active');
    expect(findRecords(temp.store.data).map((r) => r.id)).toContain(id);
  });
});
