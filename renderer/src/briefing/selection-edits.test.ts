import { describe, expect, it } from 'vitest';
import { makeBriefing } from '../../../test/fixtures/library';
import { addRecords, applyRule, removeRecord, ruleFilters, withFiltersAsRule } from './selection-edits';

const briefing = {
  ...makeBriefing('b'),
  selection: { topics: ['a'], sources: [], kinds: [], search: '', applyFilters: true, added: ['r1'] },
  items: [
    { recordId: 'r2', included: false, note: 'kept' },
    { recordId: 'r1', included: true, note: '' },
  ],
};

describe('briefing selection edits', () => {
  it('add records by hand once each, bringing back any left out', () => {
    const added = addRecords(briefing, ['r2', 'r3', 'r1']);
    expect(added.selection.added).toEqual(['r1', 'r2', 'r3']);
    expect(added.items[0]).toEqual({ recordId: 'r2', included: true, note: 'kept' });
  });

  it('remove a record: no longer added, and left out should the rule find it, its note kept', () => {
    const removed = removeRecord(briefing, 'r1');
    expect(removed.selection.added).toEqual([]);
    expect(removed.items[1]).toEqual({ recordId: 'r1', included: false, note: '' });
    expect(removeRecord(briefing, 'r9').items.at(-1)).toEqual({ recordId: 'r9', included: false, note: '' });
    expect(addRecords(removeRecord(briefing, 'r2'), ['r2']).items[0]).toEqual(briefing.items[0] && { ...briefing.items[0], included: true });
  });

  it('make the library filters the rule, keeping records added by hand; switch the rule off and on', () => {
    const ruled = withFiltersAsRule(applyRule(briefing, false), { topics: [], sources: ['s1'], kinds: ['finding'], search: 'liaison' });
    expect(ruled.selection).toEqual({ topics: [], sources: ['s1'], kinds: ['finding'], search: 'liaison', applyFilters: true, added: ['r1'] });
    expect(ruleFilters(ruled.selection)).toEqual({ topics: [], sources: ['s1'], kinds: ['finding'], search: 'liaison' });
    expect(applyRule(ruled, false).selection.applyFilters).toBe(false);
  });
});
