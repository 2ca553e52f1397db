// Migration 2 -> 3 (positions and rejected suggestions), on a fixture and on the real default library.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeLibrary } from '../../../test/fixtures/library';
import { projectRoot } from '../resources';
import { checkLibrary } from './library-file';
import { addPositions, LIBRARY_MIGRATIONS, migrateLibrary, type RawLibrary } from './migrations';

/** `library` as a version 2 file has it: no positions, no rejected links, version 2. */
function asVersion2(library: object): RawLibrary {
  const old: RawLibrary = { ...library, schemaVersion: 2 };
  delete old.positions;
  delete old.rejectedLinks;
  return old;
}

const seedFile = path.join(projectRoot(), 'data', 'library.json');

describe('migration 2 -> 3', () => {
  it('is the registered migration from version 2', () => {
    expect(LIBRARY_MIGRATIONS[2]).toBe(addPositions);
  });

  it('adds no positions and no rejected links and keeps everything else as it was', () => {
    const old = asVersion2({ ...makeLibrary(), shelf: [{ id: 'kept' }] });
    expect(addPositions(old)).toEqual({ ...old, positions: [], rejectedLinks: [] });
    expect(old).not.toHaveProperty('positions');
  });

  it('turns a valid version 2 library into a valid current library', () => {
    const check = checkLibrary(migrateLibrary(asVersion2(makeLibrary())));
    expect(check.ok && check.library).toEqual(makeLibrary());
  });

  it('reads the default library as version 2 with every record and no positions', () => {
    const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as RawLibrary;
    const check = checkLibrary(migrateLibrary(asVersion2(seed)));
    const current = checkLibrary(seed);
    expect(check.ok && current.ok && check.library).toEqual(current.ok && { ...current.library, positions: [] });
  });
});
