/** A mistake in how the command was called (unknown id, bad value): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
