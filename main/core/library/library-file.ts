import { constants } from 'node:buffer';
import { lstat, open, readlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { Library, LIBRARY_SCHEMA_VERSION } from '../model';
import { ISSUES_SHOWN, LibraryFileError, formatJsonPath, listIssues } from './errors';
import type { LibraryIssue } from './errors';
import { isStamped } from './checked-stamp';
import { libraryVersion, sha256, type LibraryVersion } from './library-version';
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
 * The largest library file Briefbook opens: the longest text JavaScript can hold (about 512 MB
 * on 64-bit systems). A UTF-8 file never has more characters than bytes, so any file up to this
 * size can be read as one text; a bigger one is refused by name before it is read.
 */
export const MAX_LIBRARY_BYTES = constants.MAX_STRING_LENGTH;

/** A library file as read: its validated contents, and which bytes they came from. */
export interface ReadLibrary {
  library: Library;
  /** SHA-256 of the bytes read, for the store to stamp after validating them itself. */
  digest: string;
  /** Whether the checked stamp vouched for the bytes, so they were not validated again. */
  stamped: boolean;
  /** The file's version when read, for the store's check that nobody replaced it since. */
  version: LibraryVersion;
}

/**
 * Reads a library file: validated in full, unless its checked stamp (checked-stamp.ts) says
 * the store wrote these very bytes after validating them under the current rules.
 */
export async function readLibraryFile(file: string): Promise<ReadLibrary> {
  const { bytes, version } = await readLibraryBytes(file);
  const text = bytes.toString('utf8');
  const read = { digest: version.sha256, version };
  if (await isStamped(file, version.sha256)) {
    const library = parseStampedText(text);
    if (library) return { library, stamped: true, ...read };
  }
  return { library: parseLibraryText(text, file), stamped: false, ...read };
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

/**
 * The bytes of a library file and their version, from one open file (so a writer replacing the
 * file meanwhile cannot pair one file's bytes with another's status). A missing, unreadable or
 * too large file becomes a `LibraryFileError`.
 */
async function readLibraryBytes(file: string): Promise<{ bytes: Buffer; version: LibraryVersion }> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw await openFailure(file, error);
  }
  try {
    const stats = await handle.stat({ bigint: true });
    if (stats.isDirectory()) throw new LibraryFileError('unreadable', file, 'it is a folder, not a file');
    if (stats.size > MAX_LIBRARY_BYTES) {
      throw new LibraryFileError(
        'too-large',
        file,
        `it is ${megabytes(Number(stats.size), Math.ceil)}, and Briefbook opens libraries of up to ${megabytes(MAX_LIBRARY_BYTES, Math.floor)}`,
      );
    }
    const bytes = await handle.readFile();
    return { bytes, version: libraryVersion(stats, sha256(bytes)) };
  } catch (error) {
    if (error instanceof LibraryFileError) throw error;
    throw new LibraryFileError('unreadable', file, (error as Error).message, {}, { cause: error });
  } finally {
    await handle.close();
  }
}

/** Why `file` could not be opened; a link to nothing (an unmounted share) says where it points. */
async function openFailure(file: string, error: unknown): Promise<LibraryFileError> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    const isLink = await lstat(file).then((s) => s.isSymbolicLink(), () => false);
    if (!isLink) return new LibraryFileError('not-found', file, 'there is no such file', {}, { cause: error });
    const target = path.resolve(path.dirname(file), await readlink(file));
    return new LibraryFileError('broken-link', file, `it is a link to ${target}, which does not exist`, {}, { cause: error });
  }
  const problem =
    code === 'EISDIR' ? 'it is a folder, not a file'
    : code === 'EACCES' || code === 'EPERM' ? 'permission to read it was denied'
    : (error as Error).message;
  return new LibraryFileError('unreadable', file, problem, {}, { cause: error });
}

/** Whole megabytes: a file's size rounded up and the limit down, so a file over it never reads as "511 MB, up to 511 MB". */
function megabytes(bytes: number, round: (n: number) => number): string {
  return `${round(bytes / (1024 * 1024))} MB`;
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
  if (!parsed.success) return { ok: false, kind: 'invalid', issues: parsed.error.issues.map((issue) => namingItsBriefing(fromZodIssue(issue), candidate)) };
  const integrity = checkLibraryIntegrity(parsed.data);
  if (integrity.length > 0) return { ok: false, kind: 'integrity', issues: integrity };
  return { ok: true, library: parsed.data };
}

/** A library field's schema without its default: `z.array(Source).default([])` gives `z.array(Source)`. */
function withoutDefault(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
}

/** The lists a library holds (sources, records, briefings...), each entry with its own schema. */
const LIBRARY_LISTS = Object.entries(Library.shape).flatMap(([key, schema]) => {
  const list = withoutDefault(schema);
  return list instanceof z.ZodArray ? [{ key: key as keyof Library, entry: list.element as z.ZodType }] : [];
});

/**
 * Validates `candidate`, a change made to `base` (a library that passed `checkLibrary`) that
 * shares `base`'s unchanged entries: only entries that are not `base`'s very objects are parsed,
 * then the integrity rules run over the whole. The same answer as `checkLibrary(candidate)`,
 * for a fraction of the work: parsing 100k records took about a second per edit.
 * A change it cannot judge entry by entry (a list that is not a list, another schema version,
 * a key the schema does not know) goes to `checkLibrary`.
 */
export function checkLibraryChange(base: Library, candidate: Library): LibraryCheck {
  const lists = new Set<string>(LIBRARY_LISTS.map(({ key }) => key));
  const keys = new Set([...Object.keys(Library.shape), ...Object.keys(candidate)]) as Set<keyof Library>;
  const otherChanged = [...keys].some((key) => !lists.has(key) && candidate[key] !== base[key]);
  if (otherChanged || LIBRARY_LISTS.some(({ key }) => !Array.isArray(candidate[key]))) return checkLibrary(candidate);

  const next: Record<string, unknown> = { ...base };
  const issues: LibraryIssue[] = [];
  for (const { key, entry: schema } of LIBRARY_LISTS) {
    const entries = candidate[key] as readonly unknown[];
    if (entries === base[key]) continue;
    const unchanged = new Set<unknown>(base[key] as readonly unknown[]);
    next[key] = entries.map((entry, index) => {
      if (unchanged.has(entry)) return entry;
      const parsed = schema.safeParse(entry);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) issues.push(namingItsBriefing(fromZodIssue({ ...issue, path: [key, index, ...issue.path] }), candidate));
      return entry;
    });
  }
  if (issues.length > 0) return { ok: false, kind: 'invalid', issues };
  const library = next as Library;
  const integrity = checkLibraryIntegrity(library);
  if (integrity.length > 0) return { ok: false, kind: 'integrity', issues: integrity };
  return { ok: true, library };
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
/**
 * `issue`, naming the briefing it is in by its title: a briefing's id is made up by Briefbook
 * (`briefing-mk3x9q`), its title is what the analyst knows it by.
 */
function namingItsBriefing(issue: LibraryIssue, candidate: unknown): LibraryIssue {
  const [list, index] = issue.path;
  if (list !== 'briefings' || typeof index !== 'number' || issue.path.length < 3) return issue;
  const briefing = (candidate as { briefings?: unknown[] }).briefings?.[index] as { title?: unknown } | undefined;
  return typeof briefing?.title === 'string' && briefing.title ? { ...issue, entry: `briefing “${briefing.title}”` } : issue;
}

function fromZodIssue(issue: z.core.$ZodIssue): LibraryIssue {
  const path: JsonPathSegment[] = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  const message =
    issue.code === 'invalid_type' && issue.message.endsWith('received undefined')
      ? `missing (expected ${issue.expected})`
      : issue.message;
  return { path, message };
}
