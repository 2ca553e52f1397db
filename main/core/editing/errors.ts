import { BriefbookError, type ErrorKind } from '../errors';

/** Why an edit was refused: a field is wrong, or it clashes with what is there (a thing that is gone is a `NotFoundError`). */
export type EditErrorKind = 'invalid' | 'conflict';

/**
 * An edit to the library that Briefbook refused, in words the analyst can act on.
 *
 * `field` names the form field the problem is about (`statement`, `topics`, `label`...), so the
 * window can show the message next to it. The library is unchanged whenever this is thrown.
 */
export class EditError extends BriefbookError {
  override readonly name = 'EditError';
  readonly errorKind: Extract<ErrorKind, 'user-mistake' | 'conflict'>;
  override readonly details: readonly string[];

  constructor(
    readonly kind: EditErrorKind,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.errorKind = kind === 'invalid' ? 'user-mistake' : 'conflict';
    // A refused field is named so the window can show the message beside it.
    this.details = field ? [`${field}: ${message}`] : [];
  }
}
