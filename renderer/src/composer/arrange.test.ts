import { describe, expect, it } from 'vitest';
import { arrange, itemsInOrder, moveRecord, placeRecord, sameSection, updateItem } from './arrange';

const arrangement = [
  ['a1', 'a2', 'a3'],
  ['b1', 'b2'],
];

describe('arrange', () => {
  it('moves a record within its section and stops at the edges', () => {
    expect(moveRecord(arrangement, 'a2', -1)).toEqual(['a2', 'a1', 'a3', 'b1', 'b2']);
    expect(moveRecord(arrangement, 'a2', 1)).toEqual(['a1', 'a3', 'a2', 'b1', 'b2']);
    expect(moveRecord(arrangement, 'a1', -1)).toBeUndefined();
    expect(moveRecord(arrangement, 'a3', 1)).toBeUndefined();
    expect(moveRecord(arrangement, 'b1', -1)).toBeUndefined();
  });

  it('places a record before or after another of the same section only', () => {
    expect(placeRecord(arrangement, 'a3', 'a1', 'before')).toEqual(['a3', 'a1', 'a2', 'b1', 'b2']);
    expect(placeRecord(arrangement, 'a1', 'a3', 'after')).toEqual(['a2', 'a3', 'a1', 'b1', 'b2']);
    expect(placeRecord(arrangement, 'a1', 'b1', 'before')).toBeUndefined();
    expect(sameSection(arrangement, 'b2', 'b1')).toBe(true);
    expect(sameSection(arrangement, 'a1', 'b1')).toBe(false);
  });

  it('writes the full order, keeping notes and items of records no longer shown', () => {
    const items = [
      { recordId: 'gone', included: true, note: 'kept' },
      { recordId: 'b2', included: false, note: 'why not' },
    ];
    expect(itemsInOrder(['a1', 'b2'], items)).toEqual([
      { recordId: 'a1', included: true, note: '' },
      { recordId: 'b2', included: false, note: 'why not' },
      { recordId: 'gone', included: true, note: 'kept' },
    ]);
  });

  it('updates one item in the order shown', () => {
    const updated = updateItem(arrangement, [], 'b1', { note: 'see annex' });
    expect(updated.map((i) => i.recordId)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(updated[3]).toEqual({ recordId: 'b1', included: true, note: 'see annex' });
  });

  it('orders listed records first and keeps sections where their first record falls', () => {
    const sections = [
      { topicId: 'a', ids: ['a1', 'a2'] },
      { topicId: 'b', ids: ['b1', 'b2'] },
    ];
    expect(arrange(sections, [])).toEqual(sections);
    expect(arrange(sections, [{ recordId: 'b2', included: true, note: '' }])).toEqual([
      { topicId: 'b', ids: ['b2', 'b1'] },
      { topicId: 'a', ids: ['a1', 'a2'] },
    ]);
    expect(arrange(sections, [{ recordId: 'a2', included: false, note: '' }])[0]).toEqual({ topicId: 'a', ids: ['a2', 'a1'] });
  });
});
