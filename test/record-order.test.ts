import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../main/core/compose/compose';
import { newBriefing } from '../main/core/compose/new-briefing';
import { Library, type Briefing } from '../main/core/model';
import { arrange } from '../renderer/src/composer/arrange';

/**
 * The composer in the window reorders records locally (arrange) and the export prints them with
 * compose: both must put every record in the same place, or the PDF would not be what the
 * analyst arranged.
 */
describe('the print order the composer shows is the order compose prints', () => {
  // The default library: dozens of records on several topics, some records on more than one.
  const library = Library.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'data', 'library.json'), 'utf8')));
  const briefing = newBriefing(library, {}, new Date('2025-01-02T03:04:05Z'));
  const defaultModel = composeBriefing(library, { ...briefing, items: [] });
  const defaultSections = defaultModel.sections.map((section) => ({ topicId: section.topic.id, ids: section.records.map((r) => r.id) }));
  const ids = defaultSections.flatMap((section) => section.ids);

  /** A deterministic shuffle, so a failure names the same case every run. */
  const shuffled = (list: readonly string[], seed: number): string[] => {
    const out = [...list];
    let state = seed;
    for (let i = out.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      const j = state % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };

  const cases: [name: string, order: string[]][] = [
    ['no items', []],
    ['every record reversed', [...ids].reverse()],
    ['the last record alone', ids.slice(-1)],
    ...[1, 2, 3, 4, 5].map((seed): [string, string[]] => [`some records shuffled (seed ${seed})`, shuffled(ids, seed).slice(0, 1 + (seed % ids.length))]),
  ];

  it('has records in more than one section to order', () => {
    expect(defaultSections.length).toBeGreaterThan(1);
    expect(ids.length).toBeGreaterThan(3);
  });

  it.each(cases)('%s', (_name, order) => {
    const items: Briefing['items'] = order.map((recordId) => ({ recordId, included: true, note: '' }));
    const printed = composeBriefing(library, { ...briefing, items }).sections.map((section) => ({
      topicId: section.topic.id,
      ids: section.records.map((r) => r.id),
    }));
    expect(arrange(defaultSections, items)).toEqual(printed);
  });
});
