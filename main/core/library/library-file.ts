import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { Library, LIBRARY_SCHEMA_VERSION } from '../model';
import { ISSUES_SHOWN, LibraryFileError, formatJsonPath, listIssues } from './errors';
import type { LibraryIssue } from './errors';
import { isStamped } from './checked-stamp';
import { checkLibraryIntegrity } from './integrity';
import { describeJsonSyntaxError, findValueOffset, offsetToPosition } from './json-text';
import type { JsonPathSegment } from './json-text';
import { LibraryVersionError, migrateLibrary } from './migrations';
import type { RawLibrary } from './migrations';

/** The outcome of checking a candidate library against the schema and the integrity rules. */
export type LibraryCheck =
  | { ok: true; library: Library }
  | { ok: false; kind: 'invalid' | 'integrity'; issues: LibraryIssue[] };

/** Reads and validates a library file without ever writing it (the CLI uses this for read-only commands). */
export async function loadLibraryFile(file: string): Promise<Library> {
  return (await readLibraryFile(file)).library;
}

/**
 * Reads a library file: validated in full, unless its checked stamp (checked-stamp.ts) says
 * the store wrote these very bytes after validating them under the current rules. `bytes`
 * are what was read, for the store to stamp after validating them itself.
 */
export async function readLibraryFile(file: string): Promise<{ library: Library; bytes: Buffer; stamped: boolean }> {
  const bytes = await readLibraryBytes(file);
  const text = bytes.toString('utf8');
  if (await isStamped(file, bytes)) {
    const library = parseStampedText(text);
    if (library) return { library, bytes, stamped: true };
  }
  return { library: parseLibraryText(text, file), bytes, stamped: false };
}

/**
 * A stamped file's library: as written, so as validated (the schema's defaults are already
 * filled in, and it strips nothing from what it produced). Undefined if the text does not
 * parse after all, so that the full path reports why.
 */
function parseStampedText(text: string): Library | undefined {
  try {
    const library = JSON.parse(text) as Library;
    return library.schemaVersion === LIBRARY_SCHEMA_VERSION ? library : undefined;
  } catch {
    return undefined;
  }
}

/** The bytes of a library file; a missing or unreadable file becomes a `LibraryFileError`. */
async function readLibraryBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new LibraryFileError('not-found', file, 'there is no such file', {}, { cause: error });
    const problem =
      code === 'EISDIR' ? 'it is a folder, not a file'
      : code === 'EACCES' || code === 'EPERM' ? 'permission to read it was denied'
      : (error as Error).message;
    throw new LibraryFileError('unreadable', file, problem, {}, { cause: error });
  }
}

/**
 * Parses, migrates and validates the text of library `file` (named in errors only).
 *
 * Every failure is a `LibraryFileError` that says where the problem is: line and column for
 * broken JSON, field path (and its line, when the file is at the current schema version and the
 * field can be found) for schema and integrity issues.
 */
function parseLibraryText(text: string, file: string): Library {
  // Editors on Windows may save a byte order mark, which JSON.parse rejects.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const raw = parseJson(json, file);
  // Paths after a migration may not match the file's layout, so lines are looked up only without one.
  const sourceText = raw.schemaVersion === LIBRARY_SCHEMA_VERSION ? json : undefined;
  const check = checkLibrary(migrate(raw, json, file));
  if (check.ok) return check.library;

  const places =
    sourceText === undefined
      ? []
      : check.issues.slice(0, ISSUES_SHOWN).map((issue) => offsetToPosition(sourceText, findValueOffset(sourceText, issue.path)));
  const issues = check.issues.map((issue, index) => {
    const line = places[index]?.line;
    return line === undefined ? issue : { ...issue, line };
  });
  const at = places[0];
  const first = issues[0];
  const what = check.kind === 'invalid' ? 'it does not match the library format' : 'its entries do not fit together';
  throw new LibraryFileError(check.kind, file, `${what}: ${listIssues(issues)}`, {
    ...at,
    field: first && formatJsonPath(first.path),
    issues,
  });
}

/**
 * Validates a candidate library: the zod schema (which also fills defaults), then the
 * integrity rules. Used for files and for the store's changes alike.
 */
export function checkLibrary(candidate: unknown): LibraryCheck {
  const parsed = Library.safeParse(candidate);
  if (!parsed.success) return { ok: false, kind: 'invalid', issues: parsed.error.issues.map(fromZodIssue) };
  const integrity = checkLibraryIntegrity(parsed.data);
  if (integrity.length > 0) return { ok: false, kind: 'integrity', issues: integrity };
  return { ok: true, library: parsed.data };
}

function parseJson(json: string, file: string): RawLibrary {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const { problem, at } = describeJsonSyntaxError(json, error as SyntaxError);
    throw new LibraryFileError('parse', file, `it is not valid JSON: ${problem}`, { ...at }, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LibraryFileError(
      'invalid',
      file,
      'it does not match the library format: the file must hold one JSON object with "schemaVersion", "topics", "sources", "records" and "briefings"',
      { line: 1, column: 1, position: 0 },
    );
  }
  return value as RawLibrary;
}

function migrate(raw: RawLibrary, json: string, file: string): RawLibrary {
  try {
    return migrateLibrary(raw);
  } catch (error) {
    if (!(error instanceof LibraryVersionError)) throw error;
    const at = offsetToPosition(json, findValueOffset(json, ['schemaVersion']));
    const kind = error.reason === 'too-new' ? 'too-new' : 'invalid';
    throw new LibraryFileError(kind, file, error.message, { ...at, field: 'schemaVersion' }, { cause: error });
  }
}

/** A zod issue in the words of the file: "missing" rather than "received undefined". */
function fromZodIssue(issue: z.core.$ZodIssue): LibraryIssue {
  const path: JsonPathSegment[] = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  const message =
    issue.code === 'invalid_type' && issue.message.endsWith('received undefined')
      ? `missing (expected ${issue.expected})`
      : issue.message;
  return { path, message };
}
