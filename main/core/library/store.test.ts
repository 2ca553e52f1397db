import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { LIBRARY_SCHEMA_VERSION, type Briefing, type Library } from '../model';
import { LibraryChangeError, LibraryFileError } from './errors';
import type { LibraryFileErrorKind } from './errors';
import { loadLibraryFile } from './library-file';
import { LibraryStore } from './store';

let dir: string;
let seedFile: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefbook-store-'));
  seedFile = path.join(dir, 'seed', 'library.json');
  writeLibrary(seedFile, makeLibrary());
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function writeLibrary(file: string, contents: Library | string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof contents === 'string' ? contents : pretty(contents));
  return file;
}

/** Opens a store on a fresh copy of the fixture library. */
async function openFixture(): Promise<LibraryStore> {
  return LibraryStore.open(writeLibrary(path.join(dir, 'user', 'library.json'), makeLibrary()), { seedFile });
}

describe('LibraryStore.open', () => {
  it('creates the library from the seed on first run, making its folders, and leaves the seed alone', async () => {
    const seedBytes = readFileSync(seedFile);
    const file = path.join(dir, 'user', 'data', 'library.json');
    const store = await LibraryStore.open(file, { seedFile });
    expect(store.file).toBe(file);
    expect(store.data).toEqual(makeLibrary());
    await expect(loadLibraryFile(file)).resolves.toEqual(makeLibrary());
    expect(readFileSync(seedFile)).toEqual(seedBytes);
  });

  it('opens an existing library without writing it, ignoring the seed', async () => {
    const library = makeLibrary();
    library.briefings.push(makeBriefing('mine'));
    // Compact JSON: any rewrite would show as changed bytes.
    const file = writeLibrary(path.join(dir, 'library.json'), JSON.stringify(library));
    const store = await LibraryStore.open(file, { seedFile: path.join(dir, 'no-seed-here.json') });
    expect(store.data).toEqual(library);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(library));
  });

  it('refuses an invalid seed and creates nothing', async () => {
    const badSeed = writeLibrary(path.join(dir, 'bad-seed.json'), '{"schemaVersion": 1, "topics": [');
    const file = path.join(dir, 'user', 'library.json');
    await expect(LibraryStore.open(file, { seedFile: badSeed })).rejects.toMatchObject({ kind: 'parse', file: badSeed });
    expect(existsSync(file)).toBe(false);
  });

  it('removes temp files that a killed writer left behind', async () => {
    const file = writeLibrary(path.join(dir, 'library.json'), makeLibrary());
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(path.join(dir, `.library.json.${dead}-4.tmp`), '{"half": ');
    await LibraryStore.open(file, { seedFile });
    expect(readdirSync(dir).sort()).toEqual(['library.json', 'library.json.checked', 'seed']);
  });

  const library = makeLibrary();
  const valid = pretty(library);
  const corrupt: [string, LibraryFileErrorKind, string][] = [
    ['truncated JSON', 'parse', valid.slice(0, valid.length / 2)],
    ['garbage bytes', 'parse', '\u0000\u0013\u00fe garbage'],
    ['an empty file', 'parse', ''],
    ['a field of the wrong type', 'invalid', valid.replace('"label": "Arms control"', '"label": 7')],
    ['a newer schema version', 'too-new', valid.replace(`"schemaVersion": ${LIBRARY_SCHEMA_VERSION}`, `"schemaVersion": ${LIBRARY_SCHEMA_VERSION + 1}`)],
    ['a broken reference', 'integrity', valid.replace('"topics": [\n        "arms-control"', '"topics": [\n        "gone"')],
  ];
  it.each(corrupt)('refuses %s with a LibraryFileError and never touches the file', async (_what, kind, text) => {
    const file = writeLibrary(path.join(dir, 'library.json'), text);
    const before = readFileSync(file);
    const error = await LibraryStore.open(file, { seedFile }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LibraryFileError);
    expect(error).toMatchObject({ kind, file });
    expect(readFileSync(file)).toEqual(before);
    // Nothing written beside it either: a refused file gets no checked stamp.
    expect(readdirSync(dir).sort()).toEqual(['library.json', 'seed']);
  });
});

describe('LibraryStore.update', () => {
  it('applies a change, writes it durably and returns the new library', async () => {
    const store = await openFixture();
    const updated = await store.update((draft) => {
      draft.briefings.push(makeBriefing('weekly'));
    });
    expect(updated.briefings.map((b) => b.id)).toEqual(['weekly']);
    expect(store.data).toBe(updated);
    await expect(loadLibraryFile(store.file)).resolves.toEqual(updated);
  });

  it('tells the sha256 of the file a library is exactly, for the library it read or wrote last only', async () => {
    const store = await openFixture();
    const opened = store.data;
    expect(store.versionOf(opened)).toBe(createHash('sha256').update(readFileSync(store.file)).digest('hex'));
    const updated = await store.update((draft) => {
      draft.briefings.push(makeBriefing('weekly'));
    });
    expect(store.versionOf(updated)).toBe(createHash('sha256').update(readFileSync(store.file)).digest('hex'));
    expect(store.versionOf(opened)).toBeUndefined();
    expect(store.versionOf(structuredClone(updated))).toBeUndefined();
  });

  it('fills schema defaults in what it stores', async () => {
    const store = await openFixture();
    await store.update((draft) => {
      const briefing: Partial<Briefing> = makeBriefing('weekly');
      delete briefing.subject;
      draft.briefings.push(briefing as Briefing);
    });
    expect(store.data.briefings[0]?.subject).toBe('');
  });

  it('gives the change a copy: a change that throws leaves store and file as they were', async () => {
    const store = await openFixture();
    const before = readFileSync(store.file);
    const data = store.data;
    await expect(
      store.update((draft) => {
        draft.topics[0]!.label = 'changed';
        throw new Error('analyst cancelled');
      }),
    ).rejects.toThrow('analyst cancelled');
    expect(store.data).toBe(data);
    expect(store.data.topics[0]!.label).toBe('Crisis management');
    expect(readFileSync(store.file)).toEqual(before);
  });

  it('rejects a change that breaks the schema, naming the field, and changes nothing', async () => {
    const store = await openFixture();
    const before = readFileSync(store.file);
    const error = await store
      .update((draft) => {
        draft.records[1]!.location.end = -1;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryChangeError);
    expect((error as LibraryChangeError).message).toMatch(
      /^Briefbook did not save the change to the library: records\[1\]\.location\.end: .+ The library is unchanged\.$/,
    );
    expect(store.data).toEqual(makeLibrary());
    expect(readFileSync(store.file)).toEqual(before);
  });

  it('rejects a change that breaks integrity, and changes nothing', async () => {
    const store = await openFixture();
    const before = readFileSync(store.file);
    const error = await store
      .update((draft) => {
        draft.topics.splice(0, 1); // records still use this topic
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryChangeError);
    expect((error as LibraryChangeError).issues).toEqual([
      { path: ['records', 0, 'topics', 0], message: 'no topic has the id "crisis-management"' },
    ]);
    expect(store.data).toEqual(makeLibrary());
    expect(readFileSync(store.file)).toEqual(before);
  });

  it('leaves store and file unchanged when the write fails', async () => {
    const store = await openFixture();
    const before = readFileSync(store.file);
    // The library's folder is gone, so the temp file cannot be created.
    await rm(path.dirname(store.file), { recursive: true });
    await expect(
      store.update((draft) => {
        draft.briefings.push(makeBriefing('weekly'));
      }),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    expect(store.data).toEqual(makeLibrary());
    writeLibrary(store.file, before.toString('utf8'));
    await store.update((draft) => {
      draft.briefings.push(makeBriefing('after'));
    });
    expect(store.data.briefings.map((b) => b.id)).toEqual(['after']);
  });

  it('runs 50 parallel updates one after another: every change lands, in call order, and the file matches', async () => {
    const store = await openFixture();
    const ids = Array.from({ length: 50 }, (_, i) => `briefing-${i}`);
    const results = await Promise.allSettled(
      ids.map((id, i) =>
        store.update(async (draft) => {
          // Yield mid-change so interleaved updates would lose each other's briefings.
          await new Promise((resolve) => setTimeout(resolve, i % 3));
          draft.briefings.push(makeBriefing(id));
          if (i === 20) draft.records[0]!.sourceId = 'gone'; // one bad change must not stop the rest
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(results[20]).toMatchObject({ status: 'rejected', reason: expect.any(LibraryChangeError) });
    const expected = ids.filter((_, i) => i !== 20);
    expect(store.data.briefings.map((b) => b.id)).toEqual(expected);
    const onDisk = await loadLibraryFile(store.file);
    expect(onDisk).toEqual(store.data);
    expect(readdirSync(path.dirname(store.file))).toEqual(['library.json', 'library.json.checked']);
  });
});
