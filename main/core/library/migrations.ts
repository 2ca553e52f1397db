import { LIBRARY_SCHEMA_VERSION } from '../model';

/** A parsed library file before validation: JSON whose top level is an object. */
export type RawLibrary = Record<string, unknown>;

/** Turns a library of schema version n into version n + 1 (`migrateLibrary` stamps the number). */
export type LibraryMigration = (raw: RawLibrary) => RawLibrary;

/**
 * 1 → 2: the reading room. Version 2 keeps a shelf of exported briefings and PDFs added from
 * disk; a version 1 library has exported nothing onto it yet. (Version 1 had no `shelf`, and
 * its loader dropped unknown keys, so any `shelf` a version 1 file holds was never Briefbook's.)
 */
export function addShelf(raw: RawLibrary): RawLibrary {
  return { ...raw, shelf: [] };
}

/**
 * 2 → 3: positions. Version 3 links records that call for the same thing across sources and
 * remembers rejected suggestions; a version 2 library has linked and rejected nothing yet.
 */
export function addPositions(raw: RawLibrary): RawLibrary {
  return { ...raw, positions: [], rejectedLinks: [] };
}

/**
 * 3 → 4: key records. Version 4 lets the analyst mark records as key (the ones a one-page brief
 * leads with); no record of a version 3 library has been marked yet. Records that are not a
 * list of objects are left for validation to report.
 */
export function addKeyRecords(raw: RawLibrary): RawLibrary {
  const { records } = raw;
  if (!Array.isArray(records)) return { ...raw };
  return { ...raw, records: records.map((record: unknown) => (isObject(record) ? { ...record, key: false } : record)) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The library migrations, keyed by the version each one migrates from. A file without
 * `schemaVersion` counts as version 0; version 1 is the first, so there is no migration from 0.
 * Add an entry here whenever LIBRARY_SCHEMA_VERSION is bumped.
 */
export const LIBRARY_MIGRATIONS: Readonly<Record<number, LibraryMigration>> = {
  1: addShelf,
  2: addPositions,
  3: addKeyRecords,
};

/** A `schemaVersion` this build cannot bring up to date: too new, malformed, or without a migration. */
export class LibraryVersionError extends Error {
  override readonly name = 'LibraryVersionError';

  constructor(
    readonly reason: 'too-new' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Brings a parsed library up to `target` by running the migrations from its `schemaVersion` on,
 * one version at a time. A library already at `target` is returned as it is. Throws
 * `LibraryVersionError` for a version newer than `target` (this build would lose what it does
 * not know), one that is not a whole number, or one with no migration path.
 */
export function migrateLibrary(
  raw: RawLibrary,
  migrations: Readonly<Record<number, LibraryMigration>> = LIBRARY_MIGRATIONS,
  target: number = LIBRARY_SCHEMA_VERSION,
): RawLibrary {
  const found = raw.schemaVersion === undefined ? 0 : raw.schemaVersion;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 0) {
    throw new LibraryVersionError('unsupported', `schemaVersion must be a whole number, not ${JSON.stringify(found)}`);
  }
  if (found > target) {
    throw new LibraryVersionError(
      'too-new',
      `it was written by a newer Briefbook (schema version ${found}); this version reads up to schema version ${target}`,
    );
  }
  let library = raw;
  for (let version = found; version < target; version += 1) {
    const migrate = migrations[version];
    if (!migrate) {
      throw new LibraryVersionError(
        'unsupported',
        raw.schemaVersion === undefined && version === 0
          ? `it has no schemaVersion; a library for this version of Briefbook starts with "schemaVersion": ${target}`
          : `its schemaVersion is ${found}, and Briefbook has no way to convert version ${version} to ${version + 1}`,
      );
    }
    library = { ...migrate(library), schemaVersion: version + 1 };
  }
  return library;
}
