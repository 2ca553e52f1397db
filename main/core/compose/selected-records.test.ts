import { describe, expect, it } from 'vitest';
import { composeBriefing } from './compose';
import { newBriefing } from './new-briefing';
import { selectedRecords } from './selected-records';
import { SavedBriefing, type Library } from '../model';
import { makeLibrary } from '../../../test/fixtures/library';

const at = new Date('2026-01-01T00:00:00Z');

describe('selectedRecords', () => {
  const library: Library = makeLibrary();
  const ids = (records: { id: string }[]) => records.map((r) => r.id);
  const active = library.records.filter((r) => r.status === 'active');
  const [first, second] = active;

  it('holds the records the rule finds plus those added by hand, in library order', () => {
    const rule = newBriefing(library, { selection: { topics: ['arms-control'] } }, at).selection;
    expect(ids(selectedRecords(library, rule))).toEqual([second!.id]);
    expect(ids(selectedRecords(library, { ...rule, added: [first!.id] }))).toEqual([first!.id, second!.id]);
  });

  it('holds only the added records when the rule is off, skipping ones deleted since', () => {
    const selection = { ...newBriefing(library, {}, at).selection, applyFilters: false, added: [second!.id, 'no-such-record', first!.id] };
    expect(ids(selectedRecords(library, selection))).toEqual([first!.id, second!.id]);
    expect(composeBriefing(library, { ...newBriefing(library, {}, at), selection }).stats.records).toBe(2);
  });

  it('reads a briefing saved before records could be added as its rule alone', () => {
    const saved = SavedBriefing.parse({
      ...newBriefing(library, {}, at),
      selection: { topics: ['crisis-management'], sources: [], kinds: [], search: '' },
    });
    expect(saved.selection).toMatchObject({ applyFilters: true, added: [] });
    expect(ids(selectedRecords(library, saved.selection))).toEqual(ids(active.filter((r) => r.topics.includes('crisis-management'))));
  });
});
