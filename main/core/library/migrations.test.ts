import { describe, expect, it } from 'vitest';
import { LIBRARY_SCHEMA_VERSION } from '../model';
import { makeLibrary } from '../../../test/fixtures/library';
import { LIBRARY_MIGRATIONS, LibraryVersionError, migrateLibrary } from './migrations';
import type { LibraryMigration, RawLibrary } from './migrations';

/** Test-local history: 0 (no version) -> 1 adds topics, 1 -> 2 renames notes, 2 -> 3 adds briefings. */
const steps: string[] = [];
const MIGRATIONS: Record<number, LibraryMigration> = {
  0: (raw) => {
    steps.push(`0->1 saw ${String(raw.schemaVersion)}`);
    return { ...raw, topics: [] };
  },
  1: ({ notes, ...raw }) => {
    steps.push(`1->2 saw ${String(raw.schemaVersion)}`);
    return { ...raw, comments: notes };
  },
  2: (raw) => {
    steps.push(`2->3 saw ${String(raw.schemaVersion)}`);
    return { ...raw, briefings: [] };
  },
};

function migrate(raw: RawLibrary): RawLibrary {
  steps.length = 0;
  return migrateLibrary(raw, MIGRATIONS, 3);
}

function versionError(run: () => unknown): LibraryVersionError {
  try {
    run();
  } catch (error) {
    if (error instanceof LibraryVersionError) return error;
  }
  throw new Error('expected a LibraryVersionError');
}

describe('migrateLibrary', () => {
  it('ships a migration for every version below the current one', () => {
    // Version 1 is the first; a bump without a migration fails here.
    for (let version = 1; version < LIBRARY_SCHEMA_VERSION; version += 1) expect(LIBRARY_MIGRATIONS[version]).toBeDefined();
  });

  it('returns a current library as it is', () => {
    const library = makeLibrary();
    expect(migrateLibrary(library)).toBe(library);
  });

  it('runs each migration in order from the file version up, stamping each new version', () => {
    expect(migrate({ schemaVersion: 1, notes: 'n' })).toEqual({ schemaVersion: 3, comments: 'n', briefings: [] });
    expect(steps).toEqual(['1->2 saw 1', '2->3 saw 2']);
  });

  it('treats a file without schemaVersion as version 0', () => {
    expect(migrate({ notes: 'n' })).toEqual({ schemaVersion: 3, topics: [], comments: 'n', briefings: [] });
    expect(steps).toEqual(['0->1 saw undefined', '1->2 saw 1', '2->3 saw 2']);
  });

  it('refuses a version newer than this build reads', () => {
    const error = versionError(() => migrate({ schemaVersion: 4 }));
    expect(error.reason).toBe('too-new');
    expect(error.message).toBe(
      'it was written by a newer Briefbook (schema version 4); this version reads up to schema version 3',
    );
  });

  it('refuses a version that is not a whole number', () => {
    for (const schemaVersion of ['1', 1.5, -1, null]) {
      const error = versionError(() => migrate({ schemaVersion }));
      expect(error.reason).toBe('unsupported');
      expect(error.message).toBe(`schemaVersion must be a whole number, not ${JSON.stringify(schemaVersion)}`);
    }
  });

  it('refuses a version it has no migration for', () => {
    const missing = versionError(() => migrateLibrary({ topics: [] }, {}, 1));
    expect(missing.reason).toBe('unsupported');
    expect(missing.message).toBe('it has no schemaVersion; a library for this version of Briefbook starts with "schemaVersion": 1');
    const gap = versionError(() => migrateLibrary({ schemaVersion: 1 }, { 1: (raw) => raw }, 3));
    expect(gap.message).toBe('its schemaVersion is 1, and Briefbook has no way to convert version 2 to 3');
  });
});
