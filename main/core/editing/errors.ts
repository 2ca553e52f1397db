/** Why an edit was refused: the thing is gone, a field is wrong, or it clashes with what is there. */
export type EditErrorKind = 'not-found' | 'invalid' | 'conflict';

/**
 * An edit to the library that Briefbook refused, in words the analyst can act on.
 *
 * `field` names the form field the problem is about (`statement`, `topics`, `label`...), so the
 * window can show the message next to it. The library is unchanged whenever this is thrown.
 */
export class EditError extends Error {
  override readonly name = 'EditError';

  constructor(
    readonly kind: EditErrorKind,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
