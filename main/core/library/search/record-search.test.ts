import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Library, type RecordItem } from '../../model';
import { RecordSearch } from './record-search';

/** The default library: 38 Elbe Group records from an article titled "...Where Official Channels Won’t" (by Daniel Shapiro), 19 ELN ones. */
const seed = Library.parse(JSON.parse(readFileSync(new URL('../../../../data/library.json', import.meta.url), 'utf8')));
const index = RecordSearch.build(seed);
const find = (query: string, search = index) => [...search.search(query).keys()].sort();

function withRecord(library: Library, record: Partial<RecordItem> & Pick<RecordItem, 'id'>): Library {
  const template = library.records[0]!;
  return { ...library, records: [...library.records, { ...template, ...record }] };
}

describe('RecordSearch', () => {
  it('finds the Gerasimov record whichever script the name is typed in', () => {
    expect(find('Gerasimov')).toEqual(['eln-2021-10']);
    expect(find('Герасимов')).toEqual(['eln-2021-10']);
    expect(find('Гераси')).toEqual(['eln-2021-10']);
  });

  it('finds a Latin spelling of Russian text, and Russian words in other forms', () => {
    const search = RecordSearch.build(withRecord(seed, { id: 'ru-1', statement: 'Стратегическая стабильность требует диалога', summary: 'Стабильность' }));
    expect(find('стабильности', search)).toEqual(['ru-1']);
    expect(find('stabilnost', search)).toEqual(['ru-1']);
    expect(find('диалогов стратегической', search)).toEqual(['ru-1']);
  });

  it('does not find records by their source title: "channel" finds only the records that speak of channels', () => {
    expect(find('channel')).toEqual(['eln-2021-03', 'eln-2021-10', 'eln-2021-11', 'eln-2021-17']);
    expect(find('official')).not.toContain('elbe-2019-01');
  });

  it('stems English: "liaisons" finds the liaison records', () => {
    expect(find('liaisons')).toEqual(['elbe-2019-26', 'elbe-2019-27', 'eln-2021-14']);
    expect(find('liaison')).toEqual(['elbe-2019-26', 'elbe-2019-27', 'eln-2021-14']);
  });

  it('matches a word still being typed by prefix', () => {
    expect(find('Gerasi')).toEqual(['eln-2021-10']);
    expect(find('liais')).toEqual(['elbe-2019-26', 'elbe-2019-27', 'eln-2021-14']);
  });

  it('finds records by their source’s author, alone or with author:', () => {
    const elbe = seed.records.filter((r) => r.sourceId === 'elbe-2019' && r.status === 'active').map((r) => r.id).sort();
    expect(find('Shapiro')).toEqual(elbe);
    expect(find('author:shapiro')).toEqual(elbe);
    expect(find('author:liaison')).toEqual([]);
  });

  it('narrows to the speaker with speaker:', () => {
    const speaking = (pattern: RegExp) => seed.records.filter((r) => pattern.test(r.speaker)).map((r) => r.id).sort();
    expect(find('speaker:russian')).toEqual(speaking(/Russian/));
    // A phrase is compared by stems: "delegation" also matches "delegations", but not "Russian members".
    expect(find('speaker:"Russian delegation"')).toEqual(speaking(/Russian delegations?/));
    expect(speaking(/Russian delegations?/).length).toBeLessThan(speaking(/Russian/).length);
    // "Russian" is in many statements, but speaker: looks at the speaker only.
    expect(find('Russian').length).toBeGreaterThan(find('speaker:russian').length);
  });

  it('narrows to a kind with kind: and to a topic with topic: (by id or label)', () => {
    expect(find('liaison kind:proposal')).toEqual(['eln-2021-14']);
    expect(find('kind:rec liaison')).toEqual(['elbe-2019-26', 'elbe-2019-27']);
    const arctic = seed.records.filter((r) => r.topics.includes('arctic') && r.status === 'active').map((r) => r.id).sort();
    expect(find('topic:arctic')).toEqual(arctic);
    const label = seed.topics.find((t) => t.id === 'liaison-missions')!.label;
    expect(find(`topic:"${label}"`)).toEqual(seed.records.filter((r) => r.topics.includes('liaison-missions')).map((r) => r.id).sort());
  });

  it('searches source titles and texts only when asked with source:', () => {
    const elbe = seed.records.filter((r) => r.sourceId === 'elbe-2019' && r.status === 'active').map((r) => r.id).sort();
    expect(find('source:channels')).toEqual(expect.arrayContaining(elbe));
    // Words of the article's text that no record quotes.
    expect(find('source:Kulikov')).toEqual(elbe);
    expect(find('Kulikov')).toEqual([]);
    expect(find('source:"Official Channels" liaison')).toEqual(['elbe-2019-26', 'elbe-2019-27']);
  });

  it('matches a quoted phrase only as those words together, in that order', () => {
    const phrase = find('"liaison cell"');
    expect(phrase).toEqual(['elbe-2019-26', 'elbe-2019-27'].filter((id) => /liaison cell/i.test(seed.records.find((r) => r.id === id)!.statement)));
    expect(phrase.length).toBeGreaterThan(0);
    expect(find('"cell liaison"')).toEqual([]);
    expect(find('cell liaison')).toEqual(phrase);
  });

  it('ignores punctuation alone, and finds every active record for an empty query', () => {
    const active = seed.records.filter((r) => r.status === 'active').map((r) => r.id).sort();
    expect(find('')).toEqual(active);
    expect(find(' - " ')).toEqual(active);
    expect(find('- liaisons')).toEqual(['elbe-2019-26', 'elbe-2019-27', 'eln-2021-14']);
  });

  it('requires every clause to match', () => {
    expect(find('Gerasimov liaison')).toEqual([]);
    expect(find('nothing-like-this')).toEqual([]);
  });

  it('follows edits without a rebuild: changed, added and deleted records, and renamed authors', () => {
    const search = RecordSearch.build(seed);
    const edited: Library = {
      ...seed,
      sources: seed.sources.map((s) => (s.id === 'elbe-2019' ? { ...s, authors: ['Jane Doe'] } : s)),
      records: seed.records.map((r) =>
        r.id === 'eln-2021-10' ? { ...r, statement: 'Talk to the chief of general staff.', summary: 'Talk to the chief.', tags: [] } : r.id === 'eln-2021-14' ? { ...r, status: 'deleted' as const } : r,
      ),
    };
    search.sync(withRecord(edited, { id: 'new-1', statement: 'Gerasimov should meet his counterparts.', sourceId: 'eln-2021' }));
    expect(find('Gerasimov', search)).toEqual(['new-1']);
    expect(find('liaisons', search)).toEqual(['elbe-2019-26', 'elbe-2019-27']);
    expect(find('shapiro', search)).toEqual([]);
    expect(find('author:"Jane Doe"', search)).toEqual(seed.records.filter((r) => r.sourceId === 'elbe-2019' && r.status === 'active').map((r) => r.id).sort());
  });

  it('updates only the records at the positions it is told changed, and drops the records they held before', () => {
    const search = RecordSearch.build(seed);
    const at = seed.records.findIndex((r) => r.id === 'eln-2021-10');
    const records = [...seed.records];
    records[at] = { ...records[at]!, id: 'eln-2021-98', statement: 'A hotline.', summary: 'A hotline.', tags: [] };
    const library = { ...seed, records };
    // Not told: the index still holds what it indexed (it does not compare the whole library).
    search.update(library, []);
    expect(find('Gerasimov', search)).toEqual(['eln-2021-10']);
    search.update(library, [at]);
    expect(find('Gerasimov', search)).toEqual([]);
    expect(find('hotline', search)).toEqual(['eln-2021-98']);
    expect(Array.from(search.positions('hotline'))).toEqual([at]);
  });

  it('follows records that swapped places, told of one position at a time', () => {
    const search = RecordSearch.build(seed);
    const [a, b] = [seed.records.findIndex((r) => r.id === 'eln-2021-10'), seed.records.findIndex((r) => r.id === 'elbe-2019-26')];
    const records = [...seed.records];
    [records[a], records[b]] = [records[b]!, records[a]!];
    const library = { ...seed, records };
    search.update(library, [b]);
    search.update(library, [a]);
    expect(Array.from(search.positions('Gerasimov'))).toEqual([b]);
    expect(find('Gerasimov', search)).toEqual(['eln-2021-10']);
    expect(Array.from(search.positions('"liaison cell"'), (position) => records[position]!.id).sort()).toEqual(find('"liaison cell"'));
    expect(find('liaisons', search)).toEqual(find('liaisons'));
  });

  it('syncs a few records at a time when asked, ending where a sync ends', () => {
    const search = new RecordSearch();
    const steps = search.syncInSteps(seed, 10);
    let yielded = 0;
    while (!steps.next().done) yielded++;
    expect(yielded).toBe(Math.floor(seed.records.length / 10));
    expect(find('liaisons', search)).toEqual(find('liaisons'));
    expect(find('Гераси', search)).toEqual(['eln-2021-10']);
  });
});
