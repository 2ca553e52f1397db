import { BriefbookError } from '../errors';

/** Why a durable write failed, in the terms the analyst can act on. */
export type DurableWriteFailure = 'disk-full' | 'read-only' | 'missing-folder' | 'dangling-link' | 'other';

/** Error codes meaning "this place cannot be written", whoever asks. */
const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

const PROBLEMS: Record<Exclude<DurableWriteFailure, 'dangling-link' | 'other'>, [problem: string, hint: string]> = {
  'disk-full': ['there is no space left on its disk', 'Free some space on that disk and try again; the file was left as it was.'],
  'read-only': [
    'it, or its folder, is read-only (permission denied)',
    'Check the permissions of the file and its folder, or choose another place; the file was left as it was.',
  ],
  'missing-folder': ['its folder does not exist', 'Check the path, or create the folder first; nothing was written.'],
};

/**
 * A file that `writeFileDurably` could not write. The message names the file the caller asked
 * for (never the temp file beside it) and what to do; `code` is the system's error code, if any,
 * for callers that react to it (the library store turns a read-only place into a read-only library).
 */
export class DurableWriteError extends BriefbookError {
  override readonly name = 'DurableWriteError';
  readonly errorKind = 'damaged-file';
  // Written for the library and for templates alike; the window has long shown both as library trouble.
  override readonly subject = 'library';

  constructor(
    readonly file: string,
    readonly failure: DurableWriteFailure,
    problem: string,
    override readonly hint: string,
    readonly code?: string,
    options?: ErrorOptions,
  ) {
    super(`Briefbook could not write ${file}: ${problem}. ${hint}`, options);
  }

  /** Whether the failure means the place cannot be written at all (as opposed to a passing problem). */
  get readOnly(): boolean {
    return this.failure === 'read-only';
  }

  /** Describes a system error met while writing `file`; a `DurableWriteError` passes unchanged. */
  static from(file: string, error: unknown): DurableWriteError {
    if (error instanceof DurableWriteError) return error;
    const code = (error as NodeJS.ErrnoException).code;
    const failure: keyof typeof PROBLEMS | 'other' =
      code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full'
      : code !== undefined && READ_ONLY_CODES.has(code) ? 'read-only'
      : code === 'ENOENT' || code === 'ENOTDIR' ? 'missing-folder'
      : 'other';
    if (failure === 'other') {
      // Unforeseen: keep the system's words, but without the temp file's name in them.
      const words = (error as Error).message.replace(/, \w+ '[^']*'$/, '');
      return new DurableWriteError(file, 'other', words, 'The file was left as it was; try again.', code, { cause: error });
    }
    const [problem, hint] = PROBLEMS[failure];
    return new DurableWriteError(file, failure, problem, hint, code, { cause: error });
  }
}
