import { BriefbookError } from '../errors';
import type { JsonPathSegment } from './json-text';

/** Why a library file could not be used. */
export type LibraryFileErrorKind =
  | 'not-found'
  | 'broken-link'
  | 'unreadable'
  | 'too-large'
  | 'parse'
  | 'invalid'
  | 'too-new'
  | 'integrity';

/** One thing wrong with a library's contents, at a JSON path such as `records[3].location.end`. */
export interface LibraryIssue {
  path: readonly JsonPathSegment[];
  message: string;
  /** 1-based line of that field in the file, when it could be found. */
  line?: number;
  /** The entry the field belongs to, as the analyst knows it, when its path does not say: `briefing “Arctic memo”`. */
  entry?: string;
}

/** How many issues an error message lists before it says "and N more". */
export const ISSUES_SHOWN = 3;

const KEEP_OR_MOVE_ASIDE = 'restore it from a backup, or move it aside to start from the default library';

const HINTS: Record<LibraryFileErrorKind, string> = {
  'not-found': 'Check the file name; Briefbook creates a library from its default library only when it opens one for editing.',
  'broken-link': 'Connect the drive or share it points to, or correct the link. Briefbook has not created a new library in its place.',
  unreadable: 'Check that the path names a file and that you have permission to read it.',
  'too-large': 'The file has not been changed. Move records into a second library file, or move this one aside to start from the default library.',
  parse: `The file has not been changed. Correct the JSON at that place, ${KEEP_OR_MOVE_ASIDE}.`,
  invalid: `The file has not been changed. Correct what is named above, ${KEEP_OR_MOVE_ASIDE}.`,
  integrity: `The file has not been changed. Correct what is named above, ${KEEP_OR_MOVE_ASIDE}.`,
  'too-new': 'The file has not been changed. Update Briefbook to open it, or choose another library file.',
};

/** Where in the file, and which field, a `LibraryFileError` is about. */
export interface LibraryFileErrorDetails {
  line?: number;
  column?: number;
  position?: number;
  field?: string;
  issues?: readonly LibraryIssue[];
}

/**
 * A library file that Briefbook cannot use, and what the analyst can do about it.
 *
 * The message names the file and, as far as known, the line, column and field; `hint` is the
 * advice alone, for interfaces that show it separately. The file itself is never modified.
 */
export class LibraryFileError extends BriefbookError {
  override readonly name = 'LibraryFileError';
  readonly errorKind = 'damaged-file';
  override readonly subject = 'library';
  readonly line?: number;
  readonly column?: number;
  /** 0-based character offset in the file. */
  readonly position?: number;
  /** JSON path of the first offending field, e.g. `records[3].location.end`. */
  readonly field?: string;
  /** Every schema or integrity issue found (the message lists the first few). */
  readonly issues: readonly LibraryIssue[];
  override readonly hint: string;

  constructor(
    readonly kind: LibraryFileErrorKind,
    readonly file: string,
    problem: string,
    details: LibraryFileErrorDetails = {},
    options?: ErrorOptions,
  ) {
    // Listed issues carry their own lines; otherwise the place is the file's line and column.
    const listed = (details.issues?.length ?? 0) > 0;
    const place = listed
      ? file
      : [file, details.line && `line ${details.line}`, details.column && `column ${details.column}`]
          .filter(Boolean)
          .join(', ');
    const sentence = /[.!?]$/.test(problem) ? problem : `${problem}.`;
    super(`Briefbook could not read its library: ${place}: ${sentence} ${HINTS[kind]}`, options);
    this.line = details.line;
    this.column = details.column;
    this.position = details.position;
    this.field = details.field;
    this.issues = details.issues ?? [];
    this.hint = HINTS[kind];
  }
}

/**
 * A change to the library that `LibraryStore.update` refused because the result would be
 * invalid or inconsistent. Neither the store nor its file were changed.
 */
export class LibraryChangeError extends BriefbookError {
  override readonly name = 'LibraryChangeError';
  readonly errorKind = 'user-mistake';
  override readonly hint = 'Nothing was saved. Correct the fields named and try again.';
  override readonly details: readonly string[];

  constructor(readonly issues: readonly LibraryIssue[]) {
    super(`Briefbook did not save the change to the library: ${listIssues(issues)} The library is unchanged.`);
    this.details = issues.map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`);
  }
}

/** "a: x; b (line 4): y; c (line 9, briefing “Arctic memo”): z; and 2 more." — the first few issues, one sentence. */
export function listIssues(issues: readonly LibraryIssue[]): string {
  const shown = issues.slice(0, ISSUES_SHOWN).map((issue) => {
    const where = [issue.line && `line ${issue.line}`, issue.entry].filter(Boolean).join(', ');
    return `${formatJsonPath(issue.path)}${where ? ` (${where})` : ''}: ${issue.message}`;
  });
  const more = issues.length > ISSUES_SHOWN ? `; and ${issues.length - ISSUES_SHOWN} more` : '';
  return `${shown.join('; ')}${more}.`;
}

/** Writes a path the way a reader would: `records[3].location.end`, `["odd key"]`. */
export function formatJsonPath(path: readonly JsonPathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(the whole file)';
}

/** Whose change a conflict is about: "record \"x-01\"". */
export interface ConflictedEntry {
  noun: string;
  id: string;
}

const describeEntry = ({ noun, id }: ConflictedEntry) => `${noun} "${id}"`;

/**
 * A change that could not be saved because another program (the `briefbook` command, Briefbook
 * on another computer sharing the file) changed or deleted the same entries since this one read
 * the library. Both versions are kept: the library file holds the other program's, and
 * `copyFile` beside it holds the library as this change would have made it.
 */
export class LibraryConflictError extends BriefbookError {
  override readonly name = 'LibraryConflictError';
  readonly errorKind = 'conflict';
  override readonly subject = 'library';
  override readonly hint: string;

  constructor(
    readonly file: string,
    readonly entries: readonly ConflictedEntry[],
    readonly copyFile: string,
  ) {
    const named = entries.slice(0, ISSUES_SHOWN).map(describeEntry).join(', ');
    const more = entries.length > ISSUES_SHOWN ? ` and ${entries.length - ISSUES_SHOWN} more` : '';
    const hint = 'Compare the two, then make your change again on what the library holds now.';
    super(
      `Briefbook did not save your change to ${file}: another program (the briefbook command, or Briefbook on another ` +
        `computer) changed ${named}${more} meanwhile. The library keeps that version; yours is kept in ${copyFile}. ${hint}`,
    );
    this.hint = hint;
  }
}

const READ_ONLY_HINT = 'Nothing was changed. Check the permissions of the file and its folder, or work on a copy you can change.';

/** A change refused because the library is open read-only; `reason` says why it is. */
export class LibraryReadOnlyError extends BriefbookError {
  override readonly name = 'LibraryReadOnlyError';
  readonly errorKind = 'conflict';
  override readonly subject = 'library';
  override readonly hint = READ_ONLY_HINT;

  constructor(
    readonly file: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`Briefbook cannot change the library ${file}: ${reason}. ${READ_ONLY_HINT}`, options);
  }
}

/** The library lock stayed taken for longer than a save ever takes. */
export class LibraryBusyError extends BriefbookError {
  override readonly name = 'LibraryBusyError';
  readonly errorKind = 'conflict';
  override readonly subject = 'library';
  override readonly hint = 'Try again in a moment.';

  constructor(
    readonly file: string,
    readonly lockPath: string,
    options?: ErrorOptions,
  ) {
    super(
      `Briefbook did not save the change to ${file}: another Briefbook program (the app or the briefbook command) has been saving it ` +
        `for too long. Nothing was changed; try again. If no Briefbook program is running, remove ${lockPath}.`,
      options,
    );
  }
}
