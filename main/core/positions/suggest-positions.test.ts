import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { liaisonLibrary, makePosition } from '../../../test/fixtures/positions';
import { Library } from '../model';
import { projectRoot } from '../resources';
import { linkKey } from './link-key';
import { MIN_TEXT_SIMILARITY, suggestPositions } from './suggest-positions';

const seed = Library.parse(JSON.parse(readFileSync(path.join(projectRoot(), 'data', 'library.json'), 'utf8')));
/** The analyst-confirmed links of the default library: every cross-source pair inside a position. */
const confirmed = new Set(
  seed.positions.flatMap((position) =>
    position.members.flatMap((a, i) => position.members.slice(i + 1).map((b) => linkKey(a.recordId, b.recordId))),
  ),
);
/** What the suggester offers on the default library before anything was linked. */
const suggested = suggestPositions({ ...seed, positions: [] });
const hits = suggested.filter((s) => confirmed.has(linkKey(...s.recordIds))).length;
const precision = hits / suggested.length;
const recall = hits / confirmed.size;
const measured = `precision ${precision.toFixed(2)} (${hits}/${suggested.length}), recall ${recall.toFixed(2)} (${hits}/${confirmed.size})`;

describe('suggestPositions on the default library', () => {
  it(`finds the analyst-confirmed links: ${measured}`, () => {
    expect(confirmed.size).toBe(5);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.8);
  });

  it('ranks the five seed agreements first but for one pair at most', () => {
    const top = suggested.slice(0, 6).map((s) => linkKey(...s.recordIds));
    expect([...confirmed].filter((link) => !top.includes(link))).toEqual([]);
  });

  it('does not link records that merely share a topic', () => {
    // Both on exercises and risk reduction, but one asks to preserve the Vienna Document, the other to cut training near borders.
    const pair = linkKey('elbe-2019-23', 'eln-2021-13');
    const all = suggestPositions({ ...seed, positions: [] }, { minScore: 0 });
    expect(all.map((s) => linkKey(...s.recordIds))).not.toContain(pair);
    expect(all.every((s) => s.textSimilarity >= MIN_TEXT_SIMILARITY)).toBe(true);
  });

  it('offers nothing already linked: the shipped library suggests none of its positions again', () => {
    const keys = suggestPositions(seed).map((s) => linkKey(...s.recordIds));
    expect(keys.filter((key) => confirmed.has(key))).toEqual([]);
  });
});

describe('suggestPositions', () => {
  const library = liaisonLibrary;

  it('suggests records from different sources whose words match, with the shared topics and addressees', () => {
    const suggestions = suggestPositions(library());
    expect(suggestions[0]).toMatchObject({ recordIds: ['b-liaison', 'd-liaison'], sharedTopics: ['liaison'], mutualBest: true });
    const elbe = suggestions.find((s) => s.recordIds.join() === 'a-liaison,b-liaison');
    expect(elbe).toMatchObject({ sharedTopics: ['liaison'], sharedAddressees: ['NATO'] });
    expect(elbe!.score).toBeLessThan(suggestions[0]!.score);
  });

  it('never pairs records on the same topic with the same addressees whose words differ', () => {
    const keys = suggestPositions(library(), { minScore: 0 }).map((s) => linkKey(...s.recordIds));
    expect(keys).not.toContain(linkKey('a-arctic', 'b-channels'));
  });

  it('stems Russian: inflected forms of the same words match across sources', () => {
    const lib = library();
    const ru = lib.sources.find((s) => s.id === 'valdai-2022')!;
    lib.sources.push({ ...ru, id: 'valdai-2023' });
    lib.records.find((r) => r.id === 'c-liaison-2')!.sourceId = 'valdai-2023';
    const keys = suggestPositions(lib).map((s) => linkKey(...s.recordIds));
    expect(keys).toContain(linkKey('c-liaison', 'c-liaison-2'));
  });

  it('leaves out pairs from one source, findings, and rejected pairs', () => {
    const lib = library();
    const keys = () => suggestPositions(lib, { minScore: 0 }).map((s) => linkKey(...s.recordIds));
    expect(keys()).not.toContain(linkKey('c-liaison', 'c-liaison-2'));
    expect(keys().filter((k) => k.includes('a-finding'))).toEqual([]);
    lib.rejectedLinks.push({ recordIds: ['a-liaison', 'b-liaison'], rejectedAt: '2024-03-01T09:00:00Z' });
    expect(keys()).not.toContain(linkKey('a-liaison', 'b-liaison'));
  });

  it('offers a record outside a position for joining it, and no pair of two positioned records', () => {
    const lib = library();
    lib.positions.push(makePosition('liaison', 'A Russian liaison at NATO', ['a-liaison', 'b-liaison']));
    const suggestions = suggestPositions(lib, { minScore: 0 });
    expect(suggestions.filter((s) => s.recordIds.every((id) => id === 'a-liaison' || id === 'b-liaison'))).toEqual([]);
    const joining = suggestions.find((s) => s.recordIds.includes('d-liaison') && s.recordIds.includes('b-liaison'));
    expect(joining?.positionId).toBe('liaison');
  });

  it('lists only the pairs of one record when asked', () => {
    const suggestions = suggestPositions(library(), { minScore: 0, recordId: 'd-liaison' });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((s) => s.recordIds.includes('d-liaison'))).toBe(true);
  });
});
