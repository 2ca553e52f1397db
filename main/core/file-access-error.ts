import { BriefbookError } from './errors';

/**
 * A file of the analyst's that Briefbook could not read or write, said in words: which file,
 * what is wrong with it, and what to do. Never the operating system's raw error, which names
 * temp files the analyst never chose and codes (ENOSPC, EACCES) they should not have to decode.
 *
 * `message` is the problem and the advice together (the CLI prints it as one line); `problem`
 * and `hint` are the two parts for interfaces that show them apart. The raw error is the `cause`.
 */
export class FileAccessError extends BriefbookError {
  override readonly name = 'FileAccessError';
  readonly errorKind = 'damaged-file';
  override readonly subject = 'file';

  constructor(
    readonly file: string,
    override readonly problem: string,
    override readonly hint: string,
    options?: ErrorOptions,
  ) {
    super(`${problem} ${hint}`, options);
  }
}
