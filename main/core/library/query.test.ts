import { describe, expect, it } from 'vitest';
import { LIBRARY_SCHEMA_VERSION, type Library, type RecordItem, type RecordKind } from '../model';
import { findRecords, indexInBackground, searchRecords, type RecordQuery } from './query';
import { termsOf, wordsIn } from './search/terms';

const at = '2026-01-01T00:00:00Z';
const KINDS: RecordKind[] = ['recommendation', 'proposal', 'finding', 'concern'];
const TOPICS = ['arms', 'cyber', 'arctic', 'channels'];
const WORDS = ['restore', 'military', 'channels', 'Стратегическая', 'стабильность', 'café', 'risk', 'reduction'];

/** 40 records over 3 sources with 1–2 topics each, every fifth one deleted (texts are not checked here). */
function library(): Library {
  const records: RecordItem[] = Array.from({ length: 40 }, (_, i) => {
    const statement = `${WORDS[i % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]} ${i}`;
    return {
      id: `r${i}`, sourceId: `s${i % 3}`, kind: KINDS[i % KINDS.length]!, statement, summary: `Summary ${i}`, speaker: 'Group',
      addressees: [], section: '', location: { start: 0, end: statement.length },
      topics: i % 2 ? [TOPICS[i % 4]!, TOPICS[(i + 1) % 4]!] : [TOPICS[i % 4]!], tags: [], key: false,
      status: i % 5 === 4 ? 'deleted' : 'active', createdAt: at, updatedAt: at,
    };
  });
  const sources = [0, 1, 2].map((s) => ({
    id: `s${s}`, title: `Source ${s}`, publisher: 'Pub', container: '', authors: [], date: '2020-01-01', url: '',
    kind: 'report' as const, language: 'en', dialogue: '', track: '' as const, text: 'x',
  }));
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    topics: TOPICS.map((id) => ({ id, label: id, description: '' })),
    sources,
    records,
    briefings: [],
    trash: [],
    shelf: [],
    positions: [],
    rejectedLinks: [],
  };
}

/**
 * What a query means, written out plainly: every criterion given must hold, and every search
 * word must start a word of the record's own text (not its source's title) or share its stem.
 */
function naive(lib: Library, query: RecordQuery): string[] {
  return lib.records
    .filter((r) => r.status === 'active')
    .filter((r) => !query.topics?.length || r.topics.some((t) => query.topics!.includes(t)))
    .filter((r) => !query.sources?.length || query.sources.includes(r.sourceId))
    .filter((r) => !query.kinds?.length || query.kinds.includes(r.kind))
    .filter((r) => {
      const words = wordsIn([r.statement, r.summary, r.speaker, r.section, r.tags.join(' '), r.addressees.join(' ')].join('\n')).map(termsOf);
      return wordsIn(query.search ?? '')
        .map(termsOf)
        .every((q) => words.some((w) => w.word.startsWith(q.word) || w.stem === q.stem));
    })
    .map((r) => r.id);
}

describe('findRecords', () => {
  const lib = library();
  const queries: RecordQuery[] = [
    {},
    { topics: ['arms'] },
    { topics: ['arms', 'cyber', 'arms'] },
    { topics: ['no-such-topic'] },
    { sources: ['s1'] },
    { sources: ['s0', 's2'], kinds: ['finding', 'concern'] },
    { topics: ['channels'], sources: ['s2'], kinds: ['recommendation', 'proposal', 'finding'] },
    { search: 'restore' },
    { search: 'mil cha' },
    { search: 'стаб' },
    { search: 'cafe summary' },
    { search: 'source' },
    { search: 'risks' },
    { topics: ['arctic'], search: 'risk' },
    { topics: ['cyber'], sources: ['s1'], kinds: ['concern'], search: 'reduction' },
    { search: 'nothing-like-this' },
    { search: '   ' },
  ];

  for (const query of queries) {
    it(`finds what the query means, in library order: ${JSON.stringify(query)}`, () => {
      expect(findRecords(lib, query).map((r) => r.id)).toEqual(naive(lib, query));
    });
  }

  it('returns a new array each time, so callers may sort it', () => {
    expect(findRecords(lib)).not.toBe(findRecords(lib));
  });
});

describe('indexInBackground', () => {
  it('builds the search index between other work, and a search then finds what it finds without it', async () => {
    const lib = library();
    const order: string[] = [];
    const indexed = indexInBackground(lib, 0).then(() => order.push('indexed'));
    setImmediate(() => order.push('other work'));
    await indexed;
    expect(order).toEqual(['other work', 'indexed']);
    expect(findRecords(lib, { search: 'restore' }).map((r) => r.id)).toEqual(naive(lib, { search: 'restore' }));
  });

  it('finishes indexing at once when a search comes before it is done, and follows a newer library', async () => {
    const lib = library();
    const edited = { ...lib, records: lib.records.map((r) => (r.id === 'r0' ? { ...r, statement: 'Gerasimov' } : r)) };
    const indexed = indexInBackground(lib, 0);
    expect(findRecords(lib, { search: 'military' }).map((r) => r.id)).toEqual(naive(lib, { search: 'military' }));
    await Promise.all([indexed, indexInBackground(edited, 0)]);
    expect(findRecords(edited, { search: 'gerasimov' }).map((r) => r.id)).toEqual(['r0']);
  });
});

describe('searchRecords', () => {
  it('answers the same search on the same library from its last answer, and a changed library afresh', () => {
    const lib = library();
    const first = searchRecords(lib, 'restore');
    expect(searchRecords(lib, 'restore')).toBe(first);
    const edited = { ...lib, records: lib.records.map((r) => (r.id === 'r1' ? { ...r, statement: 'restore' } : r)) };
    const again = searchRecords(edited, 'restore');
    expect(again).not.toBe(first);
    expect(Array.from(again, (position) => edited.records[position]!.id).sort()).toEqual(naive(edited, { search: 'restore' }).sort());
  });
});
