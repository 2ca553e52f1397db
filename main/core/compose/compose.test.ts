import { describe, expect, it } from 'vitest';
import { LIBRARY_SCHEMA_VERSION, type Library, type RecordItem } from '../model';
import { TOP_RECOMMENDATIONS_LIMIT } from './briefing-model';
import { composeBriefing } from './compose';
import { topRecommendations } from './top-recommendations';
import { newBriefing } from './new-briefing';

const at = '2026-01-01T00:00:00Z';
// Three paragraphs (lines): a note's pinpoint is its paragraph.
const text = 'Alpha one. Beta two.\nGamma three.\nDelta four. Эпсилон пять.';

function record(id: string, sourceId: string, statement: string, topics: string[], section = 'S1'): RecordItem {
  const start = text.indexOf(statement);
  return {
    id, sourceId, kind: 'recommendation', statement, summary: `Summary of ${id}`, speaker: 'Group',
    addressees: [], section, location: { start, end: start + statement.length }, topics, tags: [], key: false,
    status: 'active', createdAt: at, updatedAt: at,
  };
}

const source = (id: string, dialogue: string) => ({
  id, title: `Title ${id}`, publisher: `Pub ${id}`, container: '', authors: [], date: '2020-01-01', url: '',
  kind: 'commentary' as const, language: 'en', dialogue, track: '2' as const, text,
});

const library: Library = {
  schemaVersion: LIBRARY_SCHEMA_VERSION,
  topics: [
    { id: 'channels', label: 'Military channels', description: '' },
    { id: 'arms', label: 'Arms control', description: '' },
    { id: 'cyber', label: 'Cyber', description: '' },
  ],
  sources: [source('s1', 'Elbe Group'), source('s2', 'ELN')],
  records: [
    record('r1', 's1', 'Alpha one.', ['arms']),
    record('r2', 's1', 'Beta two.', ['channels', 'arms']),
    record('r3', 's2', 'Gamma three.', ['channels'], 'S2'),
    record('r4', 's2', 'Delta four.', ['cyber'], 'S2'),
    { ...record('r5', 's1', 'Эпсилон пять.', ['cyber']), status: 'deleted' },
  ],
  briefings: [],
  trash: [],
  shelf: [],
  positions: [],
  rejectedLinks: [],
};

const request = (fields: Parameters<typeof newBriefing>[1] = {}) => newBriefing(library, fields, new Date(at));

describe('composeBriefing', () => {
  it('groups active records by topic in taxonomy order and skips deleted ones', () => {
    const model = composeBriefing(library, request());
    expect(model.sections.map((s) => s.topic.id)).toEqual(['channels', 'arms', 'cyber']);
    expect(model.sections.map((s) => s.records.map((r) => r.id))).toEqual([['r2', 'r3'], ['r1'], ['r4']]);
    expect(model.stats).toEqual({ records: 4, topics: 3, sources: 2 });
  });

  it('files a record under the first topic the selection asked for', () => {
    const model = composeBriefing(library, request({ selection: { topics: ['arms'] } }));
    expect(model.sections.map((s) => [s.topic.id, s.records.map((r) => r.id)])).toEqual([['arms', ['r1', 'r2']]]);
  });

  it('filters by source, kind and free text', () => {
    expect(composeBriefing(library, request({ selection: { sources: ['s2'] } })).stats.records).toBe(2);
    expect(composeBriefing(library, request({ selection: { kinds: ['finding'] } })).stats.records).toBe(0);
    const found = composeBriefing(library, request({ selection: { search: 'gam' } }));
    expect(found.sections.flatMap((s) => s.records.map((r) => r.id))).toEqual(['r3']);
  });

  it('numbers citations in print order, one per paragraph of a source, shared by records citing it', () => {
    const model = composeBriefing(library, request());
    expect(model.citations.map((c) => [c.number, c.source.id, c.section, c.recordIds])).toEqual([
      [1, 's1', 'S1', ['r2', 'r1']],
      [2, 's2', 'S2', ['r3']],
      [3, 's2', 'S2', ['r4']],
    ]);
    expect(model.sections[0]!.records.map((r) => r.citation)).toEqual([1, 2]);
  });

  it('follows the analyst order, notes and exclusions; sections follow their first record', () => {
    const briefing = request();
    briefing.items = [
      { recordId: 'r4', included: true, note: 'Watch this.' },
      { recordId: 'r1', included: true, note: '' },
      { recordId: 'r3', included: false, note: '' },
    ];
    const model = composeBriefing(library, briefing);
    expect(model.sections.map((s) => [s.topic.id, s.records.map((r) => r.id)])).toEqual([
      ['cyber', ['r4']],
      ['arms', ['r1']],
      ['channels', ['r2']],
    ]);
    expect(model.sections[0]!.records[0]!.note).toBe('Watch this.');
    expect(model.citations.map((c) => c.number)).toEqual([1, 2]);
  });

  it('finds shared topics and writes a factual bottom line that calls them covered, not agreed', () => {
    const model = composeBriefing(library, request());
    expect(model.sharedTopics.map((c) => [c.topic.id, c.sources.map((s) => s.id)])).toEqual([['channels', ['s1', 's2']]]);
    expect(model.bluf).toBe('4 records from 2 sources (Elbe Group; ELN) on 3 topics. Topics covered by more than one source: Military channels (2).');
    expect(model.bluf).not.toMatch(/agree|converge|call for/);
    expect(composeBriefing(library, request({ bluf: 'Act now.' })).bluf).toBe('Act now.');
  });

  it('says so when nothing matches', () => {
    const model = composeBriefing(library, request({ selection: { search: 'nothing-like-this' } }));
    expect(model.sections).toEqual([]);
    expect(model.bluf).toMatch(/No records match/);
  });
});

describe('derived fields', () => {
  it('gives one note per cited paragraph of a source, its pinpoint, and marks the first of each source for the full form', () => {
    const lib = { ...library, records: [...library.records, record('r6', 's1', 'Gamma three.', ['cyber'], 'S3')] };
    const model = composeBriefing(lib, newBriefing(lib, {}, new Date(at)));
    expect(model.citations.map((c) => [c.number, c.source.id, c.section, c.paragraph, c.page, c.firstOfSource, c.recordIds])).toEqual([
      [1, 's1', 'S1', 1, 0, true, ['r2', 'r1']],
      [2, 's2', 'S2', 2, 0, true, ['r3']],
      [3, 's2', 'S2', 3, 0, false, ['r4']],
      [4, 's1', 'S3', 2, 0, false, ['r6']],
    ]);
  });

  it('gives the page of a passage in a source read from a PDF', () => {
    // Page 2 begins at "Gamma", page 3 at "Delta".
    const pdf = { ...library.sources[0]!, pageStarts: [text.indexOf('Gamma'), text.indexOf('Delta')] };
    const lib = { ...library, sources: [pdf, library.sources[1]!], records: [...library.records, record('r6', 's1', 'Delta four.', ['cyber'])] };
    const model = composeBriefing(lib, newBriefing(lib, {}, new Date(at)));
    expect(model.citations.filter((c) => c.source.id === 's1').map((c) => [c.paragraph, c.page])).toEqual([[1, 1], [3, 3]]);
  });

  it('quotes a passage that starts or ends inside a sentence of its source with an ellipsis', () => {
    const lib = { ...library, records: [record('r7', 's1', 'Beta two', ['arms']), record('r8', 's1', 'two.', ['arms']), record('r9', 's1', 'Gamma three.', ['arms'])] };
    const model = composeBriefing(lib, newBriefing(lib, {}, new Date(at)));
    // A whole sentence, or a whole paragraph, is quoted as it is.
    expect(model.sections[0]!.records.map((r) => r.quote)).toEqual(['Beta two…', '…two.', 'Gamma three.']);
  });

  it('numbers notes in print order even when the analyst interleaves sections', () => {
    const lib = { ...library, records: library.records.map((r) => (r.id === 'r1' ? { ...r, section: 'S9' } : r)) };
    const briefing = newBriefing(lib, {}, new Date(at));
    // r1 (arms) between two channel records: the channel section prints r2 and r3 together.
    briefing.items = ['r2', 'r1', 'r3'].map((recordId) => ({ recordId, included: true, note: '' }));
    const model = composeBriefing(lib, briefing);
    const printed = model.sections.flatMap((s) => s.records.map((r) => [r.id, r.citation]));
    // r1 quotes the paragraph r2 does: they share a note, whatever their sections.
    expect(printed).toEqual([['r2', 1], ['r3', 2], ['r1', 1], ['r4', 3]]);
  });

  it('builds the topic-by-source matrix, cross-listed records in every row of their topics', () => {
    const { matrix } = composeBriefing(library, request());
    expect(matrix.columns.map((c) => [c.source.id, c.count, c.topics])).toEqual([['s1', 2, 2], ['s2', 2, 2]]);
    const rows = matrix.rows.map((row) => [row.topic.id, row.cells.map((cell) => cell.records.map((r) => r.id)), row.sourceCount, row.shared]);
    expect(rows).toEqual([
      ['channels', [['r2'], ['r3']], 2, true],
      // r2 is printed under channels but carries arms too.
      ['arms', [['r2', 'r1'], []], 1, false],
      ['cyber', [[], ['r4']], 1, false],
    ]);
    expect(matrix.rows[1]!.cells[0]).toMatchObject({ count: 2, kinds: [{ kind: 'recommendation', count: 2 }] });
    expect(matrix.rows[1]!.cells[1]).toMatchObject({ count: 0, kinds: [] });
  });

  it('gives each section its sources and its cross-references', () => {
    const model = composeBriefing(library, request());
    const [channels, arms] = model.sections;
    expect(channels!.sources.map((cell) => [cell.source.id, cell.count])).toEqual([['s1', 1], ['s2', 1]]);
    expect(arms!.sources.map((cell) => [cell.source.id, cell.count])).toEqual([['s1', 2]]);
    expect(arms!.seeAlso.map((ref) => [ref.record.id, ref.filedUnder.id])).toEqual([['r2', 'channels']]);
    expect(channels!.seeAlso).toEqual([]);
    // The same record objects as the sections print, so a template can compare citations.
    expect(arms!.seeAlso[0]!.record).toBe(channels!.records[0]);
  });

  it('leads with the first recommendation of each section, else its first proposal, capped', () => {
    const lib: Library = {
      ...library,
      records: library.records.map((r) => (r.id === 'r4' ? { ...r, kind: 'proposal' as const } : r.id === 'r1' ? { ...r, kind: 'finding' as const } : r)),
    };
    const model = composeBriefing(lib, newBriefing(lib, {}, new Date(at)));
    expect(model.topRecommendations.map((top) => [top.topic.id, top.record.id])).toEqual([['channels', 'r2'], ['cyber', 'r4']]);
    expect(topRecommendations(model.sections, 1).top.map((top) => top.record.id)).toEqual(['r2']);
  });

  it('caps the lead records at TOP_RECOMMENDATIONS_LIMIT, counting those left out', () => {
    const topics = Array.from({ length: TOP_RECOMMENDATIONS_LIMIT + 2 }, (_, i) => ({ id: `t${i}`, label: `T${i}`, description: '' }));
    const lib: Library = { ...library, topics, records: topics.map((t, i) => record(`x${i}`, 's1', 'Alpha one.', [t.id])) };
    const model = composeBriefing(lib, newBriefing(lib, {}, new Date(at)));
    expect(model.topRecommendations).toHaveLength(TOP_RECOMMENDATIONS_LIMIT);
    expect(model.topMore).toBe(2);
    // Key records: as many more as are marked past the limit.
    const keyed: Library = { ...lib, records: lib.records.map((r, i) => ({ ...r, key: i < TOP_RECOMMENDATIONS_LIMIT + 1 })) };
    const withKey = composeBriefing(keyed, newBriefing(keyed, {}, new Date(at)));
    expect([withKey.topAreKey, withKey.topRecommendations.length, withKey.topMore]).toEqual([true, TOP_RECOMMENDATIONS_LIMIT, 1]);
    expect(topRecommendations(model.sections, 20).more).toBe(0);
  });
});

describe('positions in the briefing', () => {
  const linked = (members: [string, 'agrees' | 'opposes'][]): Library => ({
    ...library,
    positions: [
      {
        id: 'restore-channels',
        label: 'Restored military channels',
        members: members.map(([recordId, stance]) => ({ recordId, stance })),
        createdAt: at,
        updatedAt: at,
      },
    ],
  });

  it('says both dialogues call for a linked position, and aligns its records across source columns', () => {
    const model = composeBriefing(linked([['r3', 'agrees'], ['r1', 'agrees']]), request());
    expect(model.agreements.map((p) => p.id)).toEqual(['restore-channels']);
    const [position] = model.agreements;
    expect(position!.sentence).toBe('Both the Elbe Group (2020) and the ELN (2020) call for restored military channels.');
    expect(position!.cells.map((cell) => [cell.source.id, cell.records.map((r) => r.id)])).toEqual([['s1', ['r1']], ['s2', ['r3']]]);
    expect(position!.records.map((r) => r.id)).toEqual(['r3', 'r1']);
    expect(model.sections.flatMap((s) => s.records).find((r) => r.id === 'r1')!.position).toEqual({
      id: 'restore-channels',
      label: 'Restored military channels',
      kind: 'agreement',
    });
    expect(model.bluf).toBe('4 records from 2 sources (Elbe Group; ELN) on 3 topics. Both the Elbe Group (2020) and the ELN (2020) call for restored military channels.');
    // Records no other source joins, per source.
    expect(model.oneSided.map((c) => [c.source.id, c.records.map((r) => r.id)])).toEqual([['s1', ['r2']], ['s2', ['r4']]]);
  });

  it('never says sources agree when a linked record is not in the briefing', () => {
    const model = composeBriefing(linked([['r1', 'agrees'], ['r3', 'agrees']]), request({ selection: { sources: ['s1'] } }));
    expect(model.positions).toEqual([]);
    expect(model.bluf).not.toMatch(/call for/);
  });

  it('makes a position with an opposing record a divergence, and says who opposes it', () => {
    const model = composeBriefing(linked([['r1', 'agrees'], ['r3', 'opposes']]), request());
    expect(model.agreements).toEqual([]);
    expect(model.divergences.map((p) => [p.id, p.agreeing.map((r) => r.id), p.opposing.map((r) => r.id)])).toEqual([['restore-channels', ['r1'], ['r3']]]);
    expect(model.divergences[0]!.sentence).toBe('The Elbe Group (2020) calls for restored military channels; the ELN (2020) opposes it.');
  });
});

