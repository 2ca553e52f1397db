import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../model';
import { searchRecordOf, searchSourceOf } from '../searchable-library';
import { LibraryCopy, libraryChanges, type LibraryChanges } from './changes';
import { packRecords, unpackRecords } from './packed-records';

const seed = Library.parse(JSON.parse(readFileSync(new URL('../../../../../data/library.json', import.meta.url), 'utf8')));
const all = (parts: Iterable<LibraryChanges>) => [...parts];
const changed = (parts: LibraryChanges[]) => parts.flatMap((part) => unpackRecords(part.records));
const changedIds = (parts: LibraryChanges[]) => changed(parts).map(([, record]) => record.id);

describe('libraryChanges', () => {
  it('sends every record and source of a first library, in parts; the first and last say how it starts and ends', () => {
    const parts = all(libraryChanges(undefined, seed, 20));
    expect(parts).toHaveLength(Math.ceil(seed.records.length / 20));
    expect(changed(parts)).toEqual(seed.records.map((record, position) => [position, searchRecordOf(record)]));
    expect(parts[0]!.first).toEqual({ topics: seed.topics, sourceIds: seed.sources.map((s) => s.id), sources: seed.sources.map((s) => expect.objectContaining({ id: s.id, authors: s.authors, text: '' })) });
    // The texts come spread over the parts.
    expect(parts.flatMap((part) => part.texts)).toEqual(seed.sources.map((s) => [s.id, s.text]));
    expect(parts.filter((part) => part.texts.length > 0).length).toBe(seed.sources.length);
    expect(parts.at(-1)!.last).toEqual({ recordCount: seed.records.length });
    expect(parts.slice(1).some((part) => part.first)).toBe(false);
  });

  it('sends only the edited record of a copy the store made, nothing for an unchanged copy', () => {
    expect(changedIds(all(libraryChanges(seed, structuredClone(seed))))).toEqual([]);
    const edited = structuredClone(seed);
    edited.records[5]!.summary = 'Changed.';
    edited.records[7]!.updatedAt = '2030-01-01T00:00:00.000Z';
    const parts = all(libraryChanges(seed, edited));
    expect(changed(parts)).toEqual([[5, expect.objectContaining({ id: seed.records[5]!.id, summary: 'Changed.' })]]);
    expect(parts[0]!.first!.sources).toEqual([]);
  });

  it('sends a source whose authors changed', () => {
    const edited = structuredClone(seed);
    edited.sources[0]!.authors = ['Jane Doe'];
    const parts = all(libraryChanges(seed, edited));
    expect(parts[0]!.first!.sources).toEqual([expect.objectContaining({ id: seed.sources[0]!.id, authors: ['Jane Doe'] })]);
    expect(parts.flatMap((part) => part.texts)).toEqual([[seed.sources[0]!.id, seed.sources[0]!.text]]);
  });
});

describe('packRecords', () => {
  it('packs records into one string and back, lists and empty fields included', () => {
    const records = seed.records.slice(0, 3).map((record, i): [number, ReturnType<typeof searchRecordOf>] => [i * 10, searchRecordOf({ ...record, tags: i ? ['a', 'b c'] : [], section: '' })]);
    const packed = packRecords(records);
    expect('fields' in packed && typeof packed.fields).toBe('string');
    expect(unpackRecords(structuredClone(packed))).toEqual(records);
  });

  it('sends records as objects when a field holds a separator', () => {
    const records: Array<[number, ReturnType<typeof searchRecordOf>]> = [[0, searchRecordOf({ ...seed.records[0]!, statement: 'a\u0000b', tags: ['x\u0001y'] })]];
    const packed = packRecords(records);
    expect('records' in packed).toBe(true);
    expect(unpackRecords(structuredClone(packed))).toEqual(records);
  });
});

describe('LibraryCopy', () => {
  it('ends as the new library, naming the positions changed in each part and the ones removed at the end', () => {
    const copy = new LibraryCopy();
    for (const part of libraryChanges(undefined, seed, 20)) copy.apply(part);
    expect(copy.library.records).toEqual(seed.records.map(searchRecordOf));
    expect(copy.library.sources).toEqual(seed.sources.map(searchSourceOf));
    const shorter = { ...seed, records: [{ ...seed.records[1]!, id: 'moved' }, ...seed.records.slice(1, -2)] };
    const positions = all(libraryChanges(seed, shorter, 20)).flatMap((part) => copy.apply(part));
    expect(copy.library.records.map((r) => r.id)).toEqual(shorter.records.map((r) => r.id));
    expect(positions).toEqual([0, seed.records.length - 2, seed.records.length - 1]);
  });
});
