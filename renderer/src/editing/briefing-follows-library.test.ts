import { describe, expect, it } from 'vitest';
import { makeBriefing } from '../../../test/fixtures/library';
import { withMergedTopic, withoutSource, withoutTopic } from './briefing-follows-library';

const briefing = {
  ...makeBriefing('b'),
  selection: { topics: ['a', 'b'], sources: ['s1', 's2'], kinds: [], search: 'x', applyFilters: true, added: ['s1-01', 's2-01'] },
  items: [
    { recordId: 's1-01', included: true, note: '' },
    { recordId: 's2-01', included: false, note: 'n' },
  ],
};

describe('briefings follow the library', () => {
  it('let go of a deleted source and its records', () => {
    expect(withoutSource('s1', ['s1-01'])(briefing)).toMatchObject({ selection: { sources: ['s2'], added: ['s2-01'] }, items: [briefing.items[1]] });
  });

  it('choose the topic a chosen topic was merged into, once', () => {
    expect(withMergedTopic('a', 'b')(briefing).selection.topics).toEqual(['b']);
    expect(withMergedTopic('a', 'c')(briefing).selection.topics).toEqual(['c', 'b']);
  });

  it('let go of a deleted topic', () => {
    expect(withoutTopic('a')(briefing).selection).toEqual({ ...briefing.selection, topics: ['b'] });
  });
});
