import { describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { toComposedRecords } from './composed-records';

/** The fixture's briefing with the records named unreviewed, as an import without review leaves them. */
function withUnreviewed(ids: readonly string[]) {
  const model = briefingModel();
  return {
    sections: model.sections.map((section) => ({
      ...section,
      records: section.records.map((record) => ({ ...record, unreviewed: ids.includes(record.id) })),
    })),
  };
}

describe('the records the composer lists', () => {
  const model = briefingModel();
  const [first, second] = model.sections;
  const lastOfFirst = first!.records.at(-1)!.id;
  const onlyOfThird = model.sections[2]!.records[0]!.id;

  it('set unreviewed imports apart, in order, and drop sections left empty', () => {
    const composed = toComposedRecords(withUnreviewed([lastOfFirst, onlyOfThird]), false);
    expect(composed.leftOutUnreviewed.map((r) => r.id)).toEqual([lastOfFirst, onlyOfThird]);
    expect(composed.defaultSections).toEqual([
      { topicId: first!.topic.id, ids: first!.records.slice(0, -1).map((r) => r.id) },
      { topicId: second!.topic.id, ids: second!.records.map((r) => r.id) },
    ]);
    expect([...composed.topics.keys()]).toEqual([first!.topic.id, second!.topic.id]);
    expect(composed.records.has(lastOfFirst)).toBe(false);
  });

  it('keep them in their sections when the briefing prints unreviewed records', () => {
    const composed = toComposedRecords(withUnreviewed([lastOfFirst, onlyOfThird]), true);
    expect(composed.leftOutUnreviewed).toEqual([]);
    expect(composed.defaultSections.flatMap((s) => s.ids)).toEqual(model.sections.flatMap((s) => s.records.map((r) => r.id)));
    expect(composed.records.get(onlyOfThird)?.unreviewed).toBe(true);
  });
});
