import { errorKindOf, UserMistakeError, type ErrorKind } from '../core/errors';

/** A mistake in how the command was called (unknown id, bad value): exit code 2. */
export class UsageError extends UserMistakeError {
  override name = 'UsageError';
}

/**
 * The exit code for each kind of failure, as README.md documents them: 2 for a mistake in the
 * command (a bad value, an id or template that is not there), 1 for anything else.
 */
const EXIT_CODES: Record<ErrorKind, number> = {
  'user-mistake': 2,
  'not-found': 2,
  conflict: 1,
  'damaged-file': 1,
  internal: 1,
};

/** The exit code a command ends with when it fails with `error`. */
export function exitCodeFor(error: unknown): number {
  return EXIT_CODES[errorKindOf(error)];
}
