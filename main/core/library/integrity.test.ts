import { describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { checkLibraryIntegrity } from './integrity';

describe('checkLibraryIntegrity', () => {
  it('finds nothing wrong with a sound library', () => {
    const library = makeLibrary();
    library.briefings.push(makeBriefing('weekly'));
    expect(checkLibraryIntegrity(library)).toEqual([]);
  });

  it('reports every id used twice, at the later entry', () => {
    const library = makeLibrary();
    library.topics.push({ ...library.topics[0]! });
    library.sources.push({ ...library.sources[0]! });
    library.records.push({ ...library.records[1]! });
    library.briefings.push(makeBriefing('weekly'), makeBriefing('weekly'));
    expect(checkLibraryIntegrity(library)).toEqual([
      { path: ['topics', 2, 'id'], message: 'the id "crisis-management" is already used by topics[0]' },
      { path: ['sources', 1, 'id'], message: 'the id "elbe-2019" is already used by sources[0]' },
      { path: ['records', 2, 'id'], message: 'the id "elbe-2019-02" is already used by records[1]' },
      { path: ['briefings', 1, 'id'], message: 'the id "weekly" is already used by briefings[0]' },
    ]);
  });

  it('reports records pointing at unknown sources and topics', () => {
    const library = makeLibrary();
    library.records[0]!.sourceId = 'no-such-source';
    library.records[1]!.topics.push('no-such-topic');
    expect(checkLibraryIntegrity(library)).toEqual([
      { path: ['records', 0, 'sourceId'], message: 'no source has the id "no-such-source"' },
      { path: ['records', 1, 'topics', 1], message: 'no topic has the id "no-such-topic"' },
    ]);
  });

  it('reports PDF page starts out of order or past the end of the text, and takes ones that fit', () => {
    const library = makeLibrary();
    const source = library.sources[0]!;
    const length = source.text.length;
    source.pageStarts = [10, 10, length];
    expect(checkLibraryIntegrity(library)).toEqual([]);
    source.pageStarts = [40, 12];
    expect(checkLibraryIntegrity(library)).toEqual([
      { path: ['sources', 0, 'pageStarts', 1], message: 'page 3 starts at character 12, before page 2 (at 40): pages start in order' },
    ]);
    source.pageStarts = [length + 1];
    expect(checkLibraryIntegrity(library)).toEqual([
      { path: ['sources', 0, 'pageStarts', 0], message: `page 2 starts at character ${length + 1}, but the text has only ${length} characters` },
    ]);
  });

  it('reports a location past the end of the source text', () => {
    const library = makeLibrary();
    const length = library.sources[0]!.text.length;
    library.records[1]!.location.end = length + 5;
    expect(checkLibraryIntegrity(library)).toEqual([
      {
        path: ['records', 1, 'location', 'end'],
        message: `ends at character ${length + 5}, but the text of source "elbe-2019" has only ${length} characters`,
      },
    ]);
  });

  it('reports a statement that is not the passage at its location', () => {
    const library = makeLibrary();
    library.records[0]!.statement = 'The sides should restore military-to-military channels.';
    const [issue, ...rest] = checkLibraryIntegrity(library);
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual(['records', 0, 'statement']);
    expect(issue?.message).toMatch(/^differs from the text of source "elbe-2019" at characters \d+–\d+, which reads "The sides should restore regular/);
  });

  it('reports briefings pointing at unknown records, topics and sources', () => {
    const library = makeLibrary();
    const briefing = makeBriefing('weekly');
    briefing.items.push({ recordId: 'gone', included: true, note: '' });
    briefing.selection.topics.push('gone-topic');
    briefing.selection.sources.push('gone-source');
    briefing.selection.added.push('elbe-2019-01', 'gone-too');
    library.briefings.push(briefing);
    expect(checkLibraryIntegrity(library)).toEqual([
      { path: ['briefings', 0, 'selection', 'topics', 1], message: 'no topic has the id "gone-topic"' },
      { path: ['briefings', 0, 'selection', 'sources', 1], message: 'no source has the id "gone-source"' },
      { path: ['briefings', 0, 'items', 1, 'recordId'], message: 'no record has the id "gone"' },
      { path: ['briefings', 0, 'selection', 'added', 1], message: 'no record has the id "gone-too"' },
    ]);
  });

  it('reports positions linking unknown records, a record twice, or no agreeing record', () => {
    const library = makeLibrary();
    const at = '2024-03-01T09:00:00Z';
    const link = (id: string, ...members: [string, 'agrees' | 'opposes'][]) => ({
      id,
      label: id,
      members: members.map(([recordId, stance]) => ({ recordId, stance })),
      createdAt: at,
      updatedAt: at,
    });
    library.positions.push(
      link('channels', ['elbe-2019-01', 'agrees'], ['gone', 'agrees']),
      link('again', ['elbe-2019-01', 'agrees'], ['elbe-2019-02', 'opposes']),
      link('channels', ['elbe-2019-02', 'opposes'], ['elbe-2019-02', 'opposes']),
    );
    expect(checkLibraryIntegrity(library)).toEqual([
      { path: ['positions', 2, 'id'], message: 'the id "channels" is already used by positions[0]' },
      { path: ['positions', 0, 'members', 1, 'recordId'], message: 'no record has the id "gone"' },
      {
        path: ['positions', 1, 'members', 0, 'recordId'],
        message: 'record "elbe-2019-01" is already in positions[0]; a record belongs to at most one position',
      },
      { path: ['positions', 2, 'members'], message: 'a position needs at least one record that agrees with it' },
      {
        path: ['positions', 2, 'members', 0, 'recordId'],
        message: 'record "elbe-2019-02" is already in positions[1]; a record belongs to at most one position',
      },
      {
        path: ['positions', 2, 'members', 1, 'recordId'],
        message: 'record "elbe-2019-02" is already in positions[1]; a record belongs to at most one position',
      },
    ]);
  });

  it('accepts positions linking records that wait in the trash with their source', () => {
    const library = makeLibrary();
    const at = '2024-03-01T09:00:00Z';
    const [source] = library.sources.splice(0, 1);
    const records = library.records.splice(0, 2);
    library.trash.push({ id: 'trash-1', kind: 'source', deletedAt: at, source: source!, records });
    library.positions.push({
      id: 'kept',
      label: 'Kept while the source is in the trash',
      members: records.map((r) => ({ recordId: r.id, stance: 'agrees' as const })),
      createdAt: at,
      updatedAt: at,
    });
    expect(checkLibraryIntegrity(library)).toEqual([]);
  });
});
