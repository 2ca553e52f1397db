import { ImportError } from './errors';

/** How a text file's bytes are to be read. */
export interface DecodeOptions {
  /** WHATWG encoding label, e.g. `windows-1251`, for files that are not UTF-8. */
  encoding?: string;
}

/**
 * Decodes a text file (plain text, Markdown, HTML) to a string, refusing what is not text.
 *
 * UTF-8 is the default and is decoded strictly: a file with invalid UTF-8 is an error naming
 * the line, never silently decoded with replacement characters, because record statements are
 * quoted verbatim and a mangled quote is worse than none. Byte-order marks select UTF-8 or
 * UTF-16. Other encodings (Windows-1251, KOI8-R, Latin-1...) are used only when the analyst
 * names one: telling Windows-1251 from Latin-1 or KOI8-R by guessing is unreliable on short
 * texts, so the error only suggests the likely one.
 */
export function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeStrict('utf-8', bytes.subarray(3), file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict('utf-16le', bytes.subarray(2), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict('utf-16be', bytes.subarray(2), file);
  assertNotBinary(bytes, file);
  if (options.encoding) return decodeStrict(options.encoding, bytes, file);
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0) {
    const line = countLines(bytes, invalidAt);
    throw new ImportError(
      'encoding',
      file,
      `it is not valid UTF-8 (line ${line}, byte ${invalidAt + 1}); it ${guessEncoding(bytes)}`,
    );
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function decodeStrict(encoding: string, bytes: Uint8Array, file: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new ImportError('encoding', file, `"${encoding}" is not an encoding Briefbook knows`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ImportError('encoding', file, `it is not valid ${decoder.encoding}`);
  }
}

/**
 * Refuses files with NUL bytes or many control characters: images, archives, word-processor
 * files. NULs at every other byte are UTF-16 without a byte-order mark, which gets its own message.
 */
function assertNotBinary(bytes: Uint8Array, file: string): void {
  const sample = bytes.subarray(0, 64 * 1024);
  let nuls = 0;
  let oddNuls = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      nuls++;
      if (i % 2 === 1) oddNuls++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) {
      controls++;
    }
  }
  // Latin-script UTF-16 text has a NUL in every other byte, always at the same parity.
  if (sample.length >= 16 && nuls > sample.length / 4 && (oddNuls > nuls * 0.95 || oddNuls < nuls * 0.05)) {
    throw new ImportError('encoding', file, 'it looks like UTF-16 text without a byte-order mark');
  }
  if (nuls > 0 || controls > sample.length / 100) {
    throw new ImportError('binary', file, 'it is a binary file, not text');
  }
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function countLines(bytes: Uint8Array, upTo: number): number {
  let line = 1;
  for (let i = 0; i < upTo; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * A hint only: Cyrillic in single-byte encodings puts most letters above 0x7F in runs, while
 * Latin-1 text has isolated accented letters inside ASCII words.
 */
function guessEncoding(bytes: Uint8Array): string {
  let high = 0;
  let highInRun = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      high++;
      if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) highInRun++;
    }
  }
  return highInRun > high * 0.6
    ? 'may be Russian text in Windows-1251 or KOI8-R'
    : 'may be Western European text in Windows-1252 or Latin-1';
}
