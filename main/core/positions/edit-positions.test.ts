import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liaisonLibrary, makePosition } from '../../../test/fixtures/positions';
import { expectEditRefused, openTempStore, type TempStore } from '../../../test/fixtures/temp-store';
import { deleteRecord } from '../editing/records';
import { deleteSource } from '../editing/sources';
import { emptyTrash, restoreFromTrash } from '../editing/trash';
import { confirmLink, leavePosition, rejectLink, renamePosition, setStance } from './edit-positions';
import { suggestPositions } from './suggest-positions';

const now = new Date('2024-05-01T10:00:00Z');

const library = liaisonLibrary;

let temp: TempStore;
beforeEach(async () => {
  temp = await openTempStore(library());
});
afterEach(async () => {
  await temp.remove();
});

describe('confirmLink', () => {
  it('makes a new position labelled with the first record’s summary, saved in the library', async () => {
    const position = await confirmLink(temp.store, 'a-liaison', 'b-liaison', now);
    expect(position).toEqual({
      id: 'return-russian-liaison-cell',
      label: 'Return the Russian liaison cell to SHAPE.',
      members: [
        { recordId: 'a-liaison', stance: 'agrees' },
        { recordId: 'b-liaison', stance: 'agrees' },
      ],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(JSON.parse((await temp.bytes()).toString()).positions).toEqual([position]);
  });

  it('adds a third record to the position one of its records is in', async () => {
    await confirmLink(temp.store, 'a-liaison', 'b-liaison', now, 'A Russian liaison at NATO');
    const position = await confirmLink(temp.store, 'd-liaison', 'b-liaison', now);
    expect(position.label).toBe('A Russian liaison at NATO');
    expect(position.members.map((m) => m.recordId)).toEqual(['a-liaison', 'b-liaison', 'd-liaison']);
    expect(temp.store.data.positions).toHaveLength(1);
  });

  it('refuses records already linked, or in two different positions, and leaves the file alone', async () => {
    await confirmLink(temp.store, 'a-liaison', 'b-liaison', now, 'Liaison');
    await confirmLink(temp.store, 'a-inf', 'b-inf', now, 'INF');
    await expectEditRefused(temp, () => confirmLink(temp.store, 'b-liaison', 'a-liaison', now), undefined, /already linked in “Liaison”/);
    await expectEditRefused(temp, () => confirmLink(temp.store, 'a-liaison', 'b-inf', now), undefined, /is in “Liaison” and "b-inf" in “INF”/);
    await expectEditRefused(temp, () => confirmLink(temp.store, 'a-liaison', 'gone', now), undefined, /no record "gone"/);
  });

  it('withdraws an earlier rejection of the pair', async () => {
    await rejectLink(temp.store, 'b-liaison', 'a-liaison', now);
    await confirmLink(temp.store, 'a-liaison', 'b-liaison', now);
    expect(temp.store.data.rejectedLinks).toEqual([]);
  });
});

describe('renamePosition', () => {
  it('gives back the renamed position as the library saved it', async () => {
    const { id } = await confirmLink(temp.store, 'a-liaison', 'b-liaison', now, 'Liaison');
    const renamed = await renamePosition(temp.store, id, '  A Russian liaison at NATO ', now);
    expect(renamed).toEqual(temp.store.data.positions[0]);
    expect(renamed.label).toBe('A Russian liaison at NATO');
  });
});

describe('rejectLink', () => {
  it('keeps a rejected pair, sorted and once, and the suggester no longer offers it', async () => {
    const offered = () => suggestPositions(temp.store.data, { minScore: 0 }).map((s) => s.recordIds.join());
    expect(offered()).toContain('a-liaison,b-liaison');
    await rejectLink(temp.store, 'b-liaison', 'a-liaison', now);
    await rejectLink(temp.store, 'a-liaison', 'b-liaison', now);
    expect(temp.store.data.rejectedLinks).toEqual([{ recordIds: ['a-liaison', 'b-liaison'], rejectedAt: now.toISOString() }]);
    expect(offered()).not.toContain('a-liaison,b-liaison');
  });
});

describe('leavePosition and setStance', () => {
  it('dissolves a position left with one record', async () => {
    await confirmLink(temp.store, 'a-liaison', 'b-liaison', now);
    await leavePosition(temp.store, 'b-liaison', now);
    expect(temp.store.data.positions).toEqual([]);
  });

  it('marks a record as opposing, but never the last agreeing one', async () => {
    await confirmLink(temp.store, 'a-inf', 'b-inf', now, 'INF');
    const position = await setStance(temp.store, 'b-inf', 'opposes', now);
    expect(position.members).toEqual([
      { recordId: 'a-inf', stance: 'agrees' },
      { recordId: 'b-inf', stance: 'opposes' },
    ]);
    await expectEditRefused(temp, () => setStance(temp.store, 'a-inf', 'opposes', now), undefined, /needs at least one record that agrees/);
  });
});

describe('positions and deletion', () => {
  it('keep their links while a source waits in the trash, and let them go when the trash is emptied', async () => {
    const temp3 = await openTempStore({ ...library(), positions: [makePosition('liaison', 'Liaison', ['a-liaison', 'b-liaison', 'd-liaison'])] });
    try {
      const { trashId } = await deleteSource(temp3.store, 'aspen-2023', now);
      expect(temp3.store.data.positions[0]!.members).toHaveLength(3);
      await restoreFromTrash(temp3.store, trashId, now);
      await deleteSource(temp3.store, 'aspen-2023', now);
      await deleteRecord(temp3.store, 'b-liaison', now);
      await emptyTrash(temp3.store);
      expect(temp3.store.data.positions).toEqual([]);
    } finally {
      await temp3.remove();
    }
  });
});
