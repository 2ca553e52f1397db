import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes, sizeAgainstLimit } from '../byte-size';
import { decodeText, type DecodeOptions } from './decode-text';
import type { DocumentFormat, ReadDocument } from './document';
import { ImportError } from './errors';
import { normalizeText } from './normalize-text';
import { readHtml } from './read-html';
import { readMarkdown } from './read-markdown';
import { readPdf } from './read-pdf';

/** Largest file Briefbook imports: far beyond any article, small enough to hold in memory. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/**
 * Longest text one source may hold, in characters: some 2,500 pages. The whole text is stored in
 * the library and searched, so a file of more text (a dump, not an article) is refused whole.
 */
export const MAX_SOURCE_TEXT_LENGTH = 5_000_000;

export interface ReadOptions extends DecodeOptions {
  /** Refuse files larger than this many bytes (default `MAX_IMPORT_BYTES`). */
  maxBytes?: number;
  /** Read the file as this format whatever its name says. */
  format?: DocumentFormat;
}

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

/** File signatures of formats Briefbook cannot read, with what to call them in a message. */
const FOREIGN_SIGNATURES: { bytes: number[]; kind: 'unsupported' | 'binary'; name: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'unsupported', name: 'a ZIP container (Word .docx, OpenDocument .odt, EPUB or a .zip archive)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'unsupported', name: 'an old Microsoft Office file (.doc)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'unsupported', name: 'a Rich Text Format file (.rtf)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'binary', name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'binary', name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'binary', name: 'a GIF image' },
  { bytes: [0x1f, 0x8b], kind: 'binary', name: 'a gzip archive' },
];

/**
 * Reads a file Briefbook can import (text, Markdown, HTML, PDF) into its stored text.
 *
 * The size is checked before anything is read. The format comes from the file's content where
 * that is unambiguous (a PDF is a PDF whatever it is called; a Word file is refused by name),
 * otherwise from its extension; unknown extensions are read as HTML when they start like HTML
 * and as text otherwise. Every failure is an `ImportError` naming the file and what to do.
 */
export async function readDocument(file: string, options: ReadOptions = {}): Promise<ReadDocument> {
  return parseDocument(await readBounded(file, options.maxBytes ?? MAX_IMPORT_BYTES), file, options);
}

/**
 * Reads the bytes of a file already in memory (one dropped on the app's window) exactly as
 * `readDocument` reads a file on disk. `name` is the file's name: it picks the format when the
 * content does not, and names the file in messages.
 */
export async function parseDocument(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<ReadDocument> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.length > maxBytes) {
    throw new ImportError('too-large', name, `it ${sizeAgainstLimit(bytes.length, maxBytes)} for a file to import`);
  }
  if (bytes.length === 0) throw new ImportError('empty', name, 'the file is empty (0 bytes)');
  const format = options.format ?? detectFormat(name, bytes);
  const document = await readFormat(format, bytes, name, options).catch((error: unknown) => {
    // The readers keep their walks bounded; should a library's still recurse too deep, the message names the file.
    if (error instanceof RangeError && /call stack/.test(error.message)) {
      throw new ImportError('unsupported', name, 'its structure nests too deeply to read', { cause: error });
    }
    throw error;
  });
  if (document.text.length > MAX_SOURCE_TEXT_LENGTH) {
    const length = document.text.length.toLocaleString('en-US');
    const limit = MAX_SOURCE_TEXT_LENGTH.toLocaleString('en-US');
    throw new ImportError('too-large', name, `its text is ${length} characters long, more than the ${limit} one source may hold`);
  }
  if (!/[\p{L}\p{N}]/u.test(document.text)) {
    throw new ImportError('empty', name, format === 'html' ? 'the page has no article text' : 'the file has no text');
  }
  return document;
}

async function readFormat(format: DocumentFormat, bytes: Uint8Array, name: string, options: ReadOptions): Promise<ReadDocument> {
  if (format === 'pdf') return readPdf(bytes, name);
  if (format === 'html') return readHtml(decodeText(bytes, name, options));
  if (format === 'markdown') return readMarkdown(decodeText(bytes, name, options));
  return { format, text: normalizeText(decodeText(bytes, name, options)), headings: [], metadata: {} };
}

async function readBounded(file: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ImportError('unreadable', file, 'it is not a file');
    size = info.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportError('not-found', file, 'there is no such file', { cause: error });
    throw new ImportError('unreadable', file, `it cannot be read (${code ?? String(error)})`, { cause: error });
  }
  if (size > maxBytes) {
    throw new ImportError('too-large', file, `it ${sizeAgainstLimit(size, maxBytes)} for a file to import`);
  }
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new ImportError('unreadable', file, `it cannot be read (${error.code ?? error.message})`, { cause: error });
  });
  try {
    // Read at most one byte past the limit, so a file that grew since stat() is still refused.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) {
      ({ bytesRead: n } = await handle.read(buffer, length, buffer.length - length, length));
    }
    if (length > maxBytes) {
      throw new ImportError('too-large', file, `it grew while being read to more than ${formatBytes(maxBytes)}, the limit for a file to import`);
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function detectFormat(file: string, bytes: Uint8Array): DocumentFormat {
  const startsWith = (signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) return 'pdf';
  const foreign = FOREIGN_SIGNATURES.find((s) => startsWith(s.bytes));
  if (foreign) throw new ImportError(foreign.kind, file, `it is ${foreign.name}`);
  const extension = path.extname(file).toLowerCase();
  if (extension === '.pdf') throw new ImportError('damaged', file, 'it is named .pdf but is not a PDF (no %PDF header)');
  const byName = FORMAT_BY_EXTENSION[extension];
  if (byName) return byName;
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') ? 'html' : 'text';
}
