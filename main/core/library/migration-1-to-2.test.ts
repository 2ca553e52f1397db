// Migration 1 -> 2 (the reading room's shelf), on a fixture and on the real default library.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIBRARY_SCHEMA_VERSION } from '../model';
import { makeLibrary } from '../../../test/fixtures/library';
import { projectRoot } from '../resources';
import { checkLibrary, loadLibraryFile } from './library-file';
import { addShelf, LIBRARY_MIGRATIONS, migrateLibrary, type RawLibrary } from './migrations';
import { LibraryStore } from './store';

/** `library` as a version 1 file has it: no shelf, version 1. */
function asVersion1(library: object): RawLibrary {
  const old: RawLibrary = { ...library, schemaVersion: 1 };
  delete old.shelf;
  // Added by later versions.
  delete old.positions;
  delete old.rejectedLinks;
  return old;
}

const seedFile = path.join(projectRoot(), 'data', 'library.json');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefbook-migration-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('migration 1 -> 2', () => {
  it('is the registered migration from version 1', () => {
    expect(LIBRARY_MIGRATIONS[1]).toBe(addShelf);
  });

  it('adds an empty shelf and keeps everything else as it was', () => {
    const old = asVersion1({ ...makeLibrary(), briefings: [{ id: 'kept' }] });
    expect(addShelf(old)).toEqual({ ...old, shelf: [] });
    expect(old).not.toHaveProperty('shelf');
  });

  it('turns a valid version 1 library into a valid version 2 library', () => {
    expect(migrateLibrary(asVersion1(makeLibrary()), LIBRARY_MIGRATIONS, 2)).toEqual({ ...asVersion1(makeLibrary()), shelf: [], schemaVersion: 2 });
    // …and on to the current version, where it is the same library as one written today.
    const check = checkLibrary(migrateLibrary(asVersion1(makeLibrary())));
    expect(check.ok && check.library).toEqual(makeLibrary());
  });

  it('opens the default library saved as version 1 to the shipped library, less its later positions', async () => {
    const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as RawLibrary;
    const old = path.join(dir, 'library.json');
    writeFileSync(old, JSON.stringify(asVersion1(seed), null, 2));
    expect(await loadLibraryFile(old)).toEqual({ ...(await loadLibraryFile(seedFile)), positions: [] });
  });

  it('leaves a version 1 file as it is until the first change, which saves it as version 2', async () => {
    const file = path.join(dir, 'library.json');
    const text = JSON.stringify(asVersion1(makeLibrary()), null, 2);
    writeFileSync(file, text);
    const store = await LibraryStore.open(file, { seedFile });
    expect(store.data.shelf).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(text);

    await store.update((library) => {
      library.topics[0]!.description = 'Changed after the migration.';
    });
    const saved = JSON.parse(await readFile(file, 'utf8')) as RawLibrary;
    expect(saved.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    expect(saved.shelf).toEqual([]);
  });
});
