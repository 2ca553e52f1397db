import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../model';
import { LibraryCopy, libraryChanges, type LibraryChanges } from './changes';

const seed = Library.parse(JSON.parse(readFileSync(new URL('../../../../../data/library.json', import.meta.url), 'utf8')));
const all = (parts: Iterable<LibraryChanges>) => [...parts];
const changedIds = (parts: LibraryChanges[]) => parts.flatMap((part) => part.records.map(([, record]) => record.id));

describe('libraryChanges', () => {
  it('sends every record and source of a first library, in parts, the last one saying how it ends', () => {
    const parts = all(libraryChanges(undefined, seed, 20));
    expect(parts).toHaveLength(Math.ceil(seed.records.length / 20));
    expect(changedIds(parts)).toEqual(seed.records.map((r) => r.id));
    expect(parts[0]!.sources.map((s) => s.id)).toEqual(seed.sources.map((s) => s.id));
    expect(parts.at(-1)!.last).toEqual({ topics: seed.topics, sourceIds: seed.sources.map((s) => s.id), recordCount: seed.records.length });
    // Only what the search reads: no locations, timestamps or notes.
    expect(Object.keys(parts[0]!.records[0]![1]).sort()).toEqual(['addressees', 'id', 'kind', 'section', 'sourceId', 'speaker', 'statement', 'status', 'summary', 'tags', 'topics']);
  });

  it('sends only the edited record of a copy the store made, nothing for an unchanged copy', () => {
    expect(changedIds(all(libraryChanges(seed, structuredClone(seed))))).toEqual([]);
    const edited = structuredClone(seed);
    edited.records[5]!.summary = 'Changed.';
    edited.records[7]!.updatedAt = '2030-01-01T00:00:00.000Z';
    const parts = all(libraryChanges(seed, edited));
    expect(parts.flatMap((part) => part.records)).toEqual([[5, expect.objectContaining({ id: seed.records[5]!.id, summary: 'Changed.' })]]);
    expect(parts.flatMap((part) => part.sources)).toEqual([]);
  });

  it('sends a source whose authors changed', () => {
    const edited = structuredClone(seed);
    edited.sources[0]!.authors = ['Jane Doe'];
    expect(all(libraryChanges(seed, edited))[0]!.sources).toEqual([expect.objectContaining({ id: seed.sources[0]!.id, authors: ['Jane Doe'] })]);
  });
});

describe('LibraryCopy', () => {
  it('ends as the new library, naming the positions changed and the ids they held', () => {
    const copy = new LibraryCopy();
    for (const part of libraryChanges(undefined, seed, 20)) copy.apply(part);
    const shorter = { ...seed, records: [{ ...seed.records[1]!, id: 'moved' }, ...seed.records.slice(1, -2)] };
    let settled;
    for (const part of libraryChanges(seed, shorter, 20)) settled = copy.apply(part);
    expect(copy.library.records.map((r) => r.id)).toEqual(shorter.records.map((r) => r.id));
    expect(settled).toEqual({ positions: [0], replaced: [seed.records[0]!.id, ...seed.records.slice(-2).map((r) => r.id)] });
  });
});
