/**
 * The kinds of failure Briefbook reports, and the one base every error it means to report
 * extends. Front ends decide how to show a failure from its kind alone, in one place each:
 * the window's IPC spine (main/app/dispatch.ts) and the command line (main/cli/errors.ts).
 * Anything thrown that is not a `BriefbookError` is a fault in Briefbook itself: `internal`.
 */

/**
 * - `user-mistake`: what was asked cannot be done as asked (an empty name, a date that is not a
 *   day); the analyst corrects it and tries again.
 * - `not-found`: what was named (by id, template, file) is not there.
 * - `conflict`: what was asked clashes with the state of things (another program changed the
 *   library, it is open read-only, the entry is already there).
 * - `damaged-file`: a file Briefbook needs (library, template, article, PDF) cannot be read,
 *   written or used as it is.
 * - `internal`: a fault in Briefbook; the only kind worth reporting to its makers.
 */
export type ErrorKind = 'user-mistake' | 'not-found' | 'conflict' | 'damaged-file' | 'internal';

/** What a failure is about, when a front end shows failures about it apart (the window's error codes). */
export type ErrorSubject = 'library' | 'template' | 'import' | 'file';

/** A failure Briefbook describes in words the analyst can act on; `errorKind` says what kind. */
export abstract class BriefbookError extends Error {
  abstract readonly errorKind: ErrorKind;
  /** What to do about it, for front ends that show the advice apart from the problem. */
  declare readonly hint?: string;
  /** The problem alone, for errors whose message carries the problem and the hint together. */
  declare readonly problem?: string;
  /** What the failure is about, when that is more than its kind says. */
  declare readonly subject?: ErrorSubject;
  /** Field-level detail, one line each: `title: Required`. */
  declare readonly details?: readonly string[];
}

/** A request that cannot be done as asked; nothing was changed. */
export class UserMistakeError extends BriefbookError {
  override name = 'UserMistakeError';
  readonly errorKind = 'user-mistake';
}

/** A look-up by id (or name) found nothing. The one not-found type: more specific ones extend it. */
export class NotFoundError extends BriefbookError {
  override name = 'NotFoundError';
  readonly errorKind = 'not-found';

  constructor(
    message: string,
    /** The form field that named what is not there (`sourceId`, `from`…), when a form did. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The kind of whatever was thrown: a `BriefbookError`'s own, `internal` for anything else. */
export function errorKindOf(error: unknown): ErrorKind {
  return error instanceof BriefbookError ? error.errorKind : 'internal';
}
