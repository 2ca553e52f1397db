import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Library } from '../../model';
import { RecordSearch } from './record-search';
import { savedLibraryOf } from './saved-library';
import { loadSavedIndex, readSavedIndex, writeSavedIndex, writeSavedParts } from './saved-index';
import { searchRecordOf, searchSourceOf } from './searchable-library';

const seed = Library.parse(JSON.parse(readFileSync(new URL('../../../../data/library.json', import.meta.url), 'utf8')));
const built = RecordSearch.build(seed);
const folder = await mkdtemp(path.join(tmpdir(), 'saved-index-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

const QUERIES = ['Gerasimov', 'Герасимов', 'liaisons', 'secur', 'speaker:delegation', 'author:shapiro', '"liaison cell"', 'source:channels', 'kind:rec hotline', 'nato russia'];
const found = (search: RecordSearch, query: string) => [...search.search(query)].sort(([a], [b]) => a.localeCompare(b));
const ids = (search: RecordSearch, query: string) => [...search.search(query).keys()].sort();

/**
 * The index saved in `file`, restored, then brought up to `library` (`sync`), as the search
 * worker does once the library opens (the saved copy's sources lack their texts: `sync` gives them).
 */
async function restored(file: string, library: Library): Promise<RecordSearch> {
  const read = await loadSavedIndex(file);
  if ('problem' in read) throw new Error(read.problem);
  return read.search.sync(library);
}

async function savedFile(name: string): Promise<string> {
  const file = path.join(folder, name);
  await writeSavedIndex(file, built, seed);
  return file;
}

describe('saved search index', () => {
  it('reads back an index that answers as the one saved, with nothing to index for the same library', async () => {
    const search = await restored(await savedFile('same'), seed);
    expect(search.changeCount).toBe(0);
    for (const query of QUERIES) expect(found(search, query), query).toEqual(found(built, query));
    expect(search.positions('liaison')).toEqual(built.positions('liaison'));
  });

  it('follows a library changed since it was saved, indexing only the records that differ', async () => {
    const library = structuredClone(seed);
    const gerasimov = library.records.find((r) => r.id === 'eln-2021-10')!;
    Object.assign(gerasimov, { statement: 'Appoint a standing hotline officer.', summary: 'Hotline officer.', tags: [] });
    library.records = library.records.filter((r) => r.id !== 'elbe-2019-27');
    const search = await restored(await savedFile('changed'), library);
    // Only the record edited was indexed again, and the one deleted forgotten.
    expect(search.changeCount).toBe(2);
    library.sources = library.sources.map((s) => (s.id === 'elbe-2019' ? { ...s, authors: ['Jane Doe'] } : s));
    search.sync(library);
    expect(ids(search, 'hotline')).toEqual(['eln-2021-10']);
    expect(found(search, 'Gerasimov')).toEqual([]);
    expect(ids(search, 'liaison cell')).not.toContain('elbe-2019-27');
    expect(found(search, 'author:doe')).toHaveLength(found(built, 'author:shapiro').length - 1);
    // The same records as an index built afresh (scores differ a little: replaced records' postings stay until dropped in bulk).
    const fresh = RecordSearch.build(library);
    for (const query of QUERIES) expect(ids(search, query), query).toEqual(ids(fresh, query));
  });

  it('keeps following edits after it was read', async () => {
    const search = await restored(await savedFile('edited'), seed);
    const library = structuredClone(seed);
    const position = library.records.findIndex((r) => r.id === 'elbe-2019-26');
    library.records[position]!.statement = 'Quetzal exchange.';
    search.update(library, [position]);
    expect(ids(search, 'quetzal')).toEqual(['elbe-2019-26']);
    expect(ids(search, 'quetzal ru')).toEqual(ids(RecordSearch.build(library), 'quetzal ru'));
  });

  it('ignores a file that is missing, damaged or written by another version, saying why', async () => {
    expect(await readSavedIndex(path.join(folder, 'missing'))).toEqual({ problem: 'none saved yet' });
    const file = await savedFile('damaged');
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 100));
    expect(await readSavedIndex(file)).toEqual({ problem: expect.stringMatching(/damaged \(the file is shorter/) });
    const garbled = Buffer.from(bytes);
    garbled.fill(0x7b, garbled.indexOf(0x0a) + 1, garbled.indexOf(0x0a) + 40);
    await writeFile(file, garbled);
    expect(await loadSavedIndex(file)).toEqual({ problem: expect.stringMatching(/is damaged/) });
    await writeFile(file, Buffer.concat([Buffer.from(bytes.toString('utf8').replace(/^\{"format":"[^"]*"/, '{"format":"briefbook-search-index 0"'))]));
    expect(await readSavedIndex(file)).toEqual({ problem: expect.stringMatching(/saved by another version \(briefbook-search-index 0\)/) });
  });

  it('is written whole or not at all, clearing the temporary file a writer killed mid-write left (it weighs as much as the index)', async () => {
    const own = await mkdtemp(path.join(folder, 'leftover-'));
    const file = path.join(own, 'library.search-index');
    const killed = spawnSync(process.execPath, ['-e', '']).pid!;
    await writeFile(path.join(own, `.library.search-index.${killed}-1.tmp`), 'half an index');
    await writeSavedIndex(file, built, seed);
    expect(await readdir(own)).toEqual(['library.search-index']);
    expect('parts' in (await readSavedIndex(file))).toBe(true);
  });

  it('holds the searchable copy of the library (sources without their texts) and the library file it reflects, when saved with them', async () => {
    const file = path.join(folder, 'with-library');
    await writeSavedIndex(file, built, seed, 'abc123');
    const read = await readSavedIndex(file);
    if ('problem' in read) throw new Error(read.problem);
    expect(read.library).toBe('abc123');
    expect(savedLibraryOf(read.parts)).toEqual({ topics: seed.topics, sources: seed.sources.map((source) => ({ ...searchSourceOf(source), text: '' })), records: seed.records.map(searchRecordOf) });
    // Without a library file named, nothing is said about which file it reflects.
    expect('library' in (await readSavedIndex(await savedFile('plain')))).toBe(false);
    // An index saved without its library cannot be restored: it is built afresh.
    const bare = path.join(folder, 'bare');
    await writeSavedParts(bare, built.save());
    expect(await loadSavedIndex(bare)).toEqual({ problem: `${bare} holds no whole library` });
  });
});
