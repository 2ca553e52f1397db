// Migration 3 -> 4 (key records), on a fixture, on odd input and on the real default library.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeLibrary } from '../../../test/fixtures/library';
import { projectRoot } from '../resources';
import { checkLibrary } from './library-file';
import { addKeyRecords, LIBRARY_MIGRATIONS, migrateLibrary, type RawLibrary } from './migrations';

/** `library` as a version 3 file has it: records without `key`, version 3. */
function asVersion3(library: { records: object[] }): RawLibrary {
  const records = library.records.map((record) => {
    const old: Record<string, unknown> = { ...record };
    delete old.key;
    return old;
  });
  return { ...library, records, schemaVersion: 3 };
}

const seedFile = path.join(projectRoot(), 'data', 'library.json');

describe('migration 3 -> 4', () => {
  it('is the registered migration from version 3', () => {
    expect(LIBRARY_MIGRATIONS[3]).toBe(addKeyRecords);
  });

  it('marks no record as key and keeps every other field and the input as they were', () => {
    const old = asVersion3(makeLibrary());
    const migrated = addKeyRecords(old);
    expect(migrated.records).toEqual((old.records as object[]).map((record) => ({ ...record, key: false })));
    expect({ ...migrated, records: old.records }).toEqual(old);
    expect((old.records as object[])[0]).not.toHaveProperty('key');
  });

  it('leaves records that are not a list of objects for validation to report', () => {
    expect(addKeyRecords({ records: 'none' })).toEqual({ records: 'none' });
    expect(addKeyRecords({ records: [null, 3] })).toEqual({ records: [null, 3] });
    expect(addKeyRecords({})).toEqual({});
  });

  it('turns a valid version 3 library into a valid current library', () => {
    const check = checkLibrary(migrateLibrary(asVersion3(makeLibrary())));
    expect(check.ok && check.library).toEqual(makeLibrary());
  });

  it('reads the default library as version 3 with every record and none of them key', () => {
    const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as { records: object[] };
    const check = checkLibrary(migrateLibrary(asVersion3(seed)));
    const current = checkLibrary(seed as RawLibrary);
    expect(check.ok && check.library.records.every((record) => !record.key)).toBe(true);
    expect(check.ok && current.ok && check.library).toEqual(current.ok && current.library);
  });
});
