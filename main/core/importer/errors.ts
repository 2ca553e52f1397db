import path from 'node:path';
import { BriefbookError, type ErrorKind } from '../errors';

/** Why a file could not be imported. */
export type ImportErrorKind =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'unsupported'
  | 'truncated'
  | 'damaged'
  | 'encrypted'
  | 'no-text'
  | 'duplicate';

/** What the analyst can do about each kind of failure; shown after the problem. */
const HINTS: Record<ImportErrorKind, string> = {
  'not-found': 'Check the file name and folder.',
  unreadable: 'Check that the path names a file and that you have permission to read it.',
  'too-large': 'Import the article itself rather than a whole collection, or split the file into parts.',
  empty: 'Choose the file that holds the article text.',
  binary:
    'Briefbook imports plain text (.txt), Markdown (.md), web pages (.html) and PDF (.pdf); save the document in one of these formats.',
  encoding:
    'Save the file as UTF-8 (most editors offer this under "Save as"), or name its encoding, e.g. --encoding windows-1251 for Russian text from older Windows programs.',
  unsupported: 'Save the document as plain text (.txt), Markdown (.md), a web page (.html) or PDF (.pdf) and import that.',
  truncated: 'The file is incomplete, probably cut off while downloading or copying: fetch or copy it again.',
  damaged: 'Open the file in a PDF viewer to check it; if it opens, print it to a new PDF and import that.',
  encrypted: 'Remove the password protection (e.g. print to a new PDF) and import that.',
  'no-text':
    'The PDF holds no text layer (probably a scan); run it through OCR, or import the article from its web page instead.',
  duplicate: 'The library was left unchanged; review the records of the existing source instead.',
};

/**
 * A file Briefbook could not import, with what the analyst can do about it.
 *
 * The message names the file and the problem, then the advice; `hint` is the advice alone for
 * interfaces that show it separately. An import that fails this way changes nothing.
 */
export class ImportError extends BriefbookError {
  override readonly name = 'ImportError';
  override readonly subject = 'import';
  override readonly hint: string;
  readonly errorKind: ErrorKind;

  constructor(
    readonly kind: ImportErrorKind,
    readonly file: string,
    problem: string,
    options?: ErrorOptions,
  ) {
    const sentence = /[.!?]$/.test(problem) ? problem : `${problem}.`;
    super(`Briefbook could not import ${path.basename(file)}: ${sentence} ${HINTS[kind]}`, options);
    this.hint = HINTS[kind];
    // An article already in the library clashes with it; every other failure is about the file itself.
    this.errorKind = kind === 'duplicate' ? 'conflict' : 'damaged-file';
  }
}
