import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { debuglog } from 'node:util';

/**
 * Words shaped by fontkit in an earlier process, kept on disk per font file and handed to
 * pdfmake's shared layout caches (the shared-font-data patch) before a new process lays out.
 *
 * A cold `briefbook export` of the memo shapes ~1,100 distinct words while V8 still interprets
 * fontkit's shaper, and first decodes each face's GSUB and GPOS tables: ~0.15 s CPU of the
 * export (BENCHMARKS.md, "Cold start"), the same words every time. A shaped word depends only on
 * the font file and the code that shaped it (PDFKit caches words only without extra OpenType
 * features), so a file is keyed by the font's SHA-1 and by `build`, which names that code and
 * the Node running it (the CLI's launcher gives the bundle's key): another font, another build or
 * another Node never reads a file made by the first. A file that is torn, corrupt or made for
 * another key is ignored, and rewritten after the export; one that cannot be written only costs
 * the time it would have saved.
 *
 * What PDFKit reads from a cached word (`EmbeddedFont.layout` and `encode`) is kept: each glyph's
 * id, advance width and characters, and its position (scaled, as PDFKit stores it).
 */

const debug = debuglog('briefbook');

/** Changes whenever what is written changes shape. */
const FORMAT = 'briefbook-shaped-words/1';

/** A word as PDFKit keeps it in its layout cache. */
export interface ShapedRun {
  glyphs: ReadonlyArray<{ id: number; advanceWidth: number; codePoints: readonly number[] }>;
  positions: ReadonlyArray<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }>;
  readonly advanceWidth: number;
}

/** A font file's layout cache, by the word's text (with its trailing space, as PDFKit splits). */
export type LayoutCache = Record<string, ShapedRun>;

/** A word on disk: glyph ids, their advance widths, their characters, and five numbers per position. */
type StoredRun = [number[], number[], number[][], number[]];

interface FontEntry {
  file: string;
  key: string;
  cacheFile: string;
  /** Words in the layout cache once the kept ones were added: more after the export means there is something new to keep. */
  restored: number;
}

export class ShapedWords {
  private readonly fonts: FontEntry[] = [];

  /**
   * @param dir folder of the cache files (one per font file)
   * @param build names the code that shapes (bundle and Node); part of every key
   * @param layoutCacheOf the layout cache pdfmake's documents share for a font file
   */
  constructor(
    private readonly dir: string,
    private readonly build: string,
    private readonly layoutCacheOf: (fontFile: string) => LayoutCache,
  ) {}

  /** Adds the words kept for each font file (name and bytes) to its layout cache. */
  async restore(fonts: ReadonlyArray<{ file: string; bytes: Uint8Array }>): Promise<void> {
    await Promise.all(
      fonts.map(async ({ file, bytes }) => {
        // SHA-1 tells a changed font file apart at a quarter of SHA-256's cost; nobody gains by forging one here.
        const fontHash = createHash('sha1').update(bytes).digest('hex');
        const entry: FontEntry = { file, key: `${FORMAT}\n${this.build}\n${fontHash}`, cacheFile: path.join(this.dir, `${fontHash}.json`), restored: 0 };
        this.fonts.push(entry);
        const words = await readWords(entry);
        const cache = this.layoutCacheOf(file);
        if (words) for (const [text, stored] of Object.entries(words)) cache[text] ??= runFrom(stored);
        entry.restored = Object.keys(cache).length;
      }),
    );
  }

  /** Writes the cache file of each font whose layout cache gained words since `restore`. */
  async save(): Promise<void> {
    await Promise.all(
      this.fonts.map(async (entry) => {
        const cache = this.layoutCacheOf(entry.file);
        const texts = Object.keys(cache);
        if (texts.length <= entry.restored) return;
        const words: Record<string, StoredRun> = Object.create(null) as Record<string, StoredRun>;
        for (const text of texts) words[text] = storedFrom(cache[text]!);
        await writeWords(entry, words);
        entry.restored = texts.length;
      }),
    );
  }
}

/**
 * The file holds a header line (the key and the SHA-256 of the rest) and the words as JSON, so
 * a file changed by anything but this module (a bad disk, a torn copy) is told apart.
 */
async function readWords(entry: FontEntry): Promise<Record<string, StoredRun> | undefined> {
  let text: string;
  try {
    text = await readFile(entry.cacheFile, 'utf8');
  } catch {
    debug('shaped words %s: none', entry.cacheFile);
    return undefined;
  }
  const newline = text.indexOf('\n{');
  try {
    const header = JSON.parse(text.slice(0, newline)) as { key?: unknown; sha256?: unknown };
    const body = text.slice(newline + 1);
    if (newline < 0 || header.key !== entry.key || header.sha256 !== createHash('sha256').update(body).digest('hex')) throw new Error('stale or damaged');
    const words = JSON.parse(body) as unknown;
    if (!isWords(words)) throw new Error('not shaped words');
    debug('shaped words %s: used', entry.cacheFile);
    return words;
  } catch {
    debug('shaped words %s: ignored (torn, corrupt, or made for another font, build or Node)', entry.cacheFile);
    return undefined;
  }
}

/** Written beside its final name and renamed over it, so another process never reads half a file. */
async function writeWords(entry: FontEntry, words: Record<string, StoredRun>): Promise<void> {
  const body = JSON.stringify(words);
  const header = JSON.stringify({ key: entry.key, sha256: createHash('sha256').update(body).digest('hex') });
  const temporary = `${entry.cacheFile}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(entry.cacheFile), { recursive: true });
    await writeFile(temporary, `${header}\n${body}`);
    await rename(temporary, entry.cacheFile);
    debug('shaped words %s: written (%d words)', entry.cacheFile, Object.keys(words).length);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    debug('shaped words %s: not written: %s', entry.cacheFile, error instanceof Error ? error.message : String(error));
  }
}

function storedFrom(run: ShapedRun): StoredRun {
  return [
    run.glyphs.map((glyph) => glyph.id),
    run.glyphs.map((glyph) => glyph.advanceWidth),
    run.glyphs.map((glyph) => [...glyph.codePoints]),
    run.positions.flatMap((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth]),
  ];
}

/** A word as PDFKit would have shaped it; its width summed as fontkit's `GlyphRun` sums it. */
function runFrom([ids, widths, codePoints, numbers]: StoredRun): ShapedRun {
  const glyphs = ids.map((id, i) => ({ id, advanceWidth: widths[i]!, codePoints: codePoints[i]! }));
  const positions = ids.map((_, i) => {
    const [xAdvance, yAdvance, xOffset, yOffset, advanceWidth] = numbers.slice(5 * i, 5 * i + 5) as [number, number, number, number, number];
    return { xAdvance, yAdvance, xOffset, yOffset, advanceWidth };
  });
  let advanceWidth = 0;
  for (const position of positions) advanceWidth += position.xAdvance;
  return { glyphs, positions, advanceWidth };
}

function isWords(value: unknown): value is Record<string, StoredRun> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(isStoredRun);
}

function isStoredRun(value: unknown): value is StoredRun {
  if (!Array.isArray(value) || value.length !== 4) return false;
  const [ids, widths, codePoints, numbers] = value as unknown[];
  const numbersOf = (list: unknown, length: number) => Array.isArray(list) && list.length === length && list.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!Array.isArray(ids) || !numbersOf(ids, ids.length) || !numbersOf(widths, ids.length) || !numbersOf(numbers, 5 * ids.length)) return false;
  return Array.isArray(codePoints) && codePoints.length === ids.length && codePoints.every((list) => Array.isArray(list) && numbersOf(list, list.length));
}
