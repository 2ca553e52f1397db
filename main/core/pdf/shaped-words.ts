import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { debuglog } from 'node:util';
import { crc32 } from 'node:zlib';

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

/**
 * Most words kept per font file. Making a kept word costs ~3 µs in a cold process, shaping it
 * ~100: 10,000 words (a few hundred pages' worth) cost ~30 ms, so a memo exported after many long
 * books still gains. Past it, the words kept longest without being shaped anew go first.
 */
const MAX_WORDS_PER_FONT = 10_000;

/** A word as PDFKit keeps it in its layout cache. */
export interface ShapedRun {
  glyphs: ReadonlyArray<{ id: number; advanceWidth: number; codePoints: readonly number[] }>;
  positions: ReadonlyArray<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }>;
  readonly advanceWidth: number;
}

/** A font file's layout cache, by the word's text (with its trailing space, as PDFKit splits). */
export type LayoutCache = Record<string, ShapedRun>;

/**
 * A font file's words on disk. Each distinct glyph (id, advance width, characters) and each
 * distinct position is written once, and a word is the list of its glyphs' and positions'
 * indexes, in pairs: a tenth of the bytes, and a new process makes a few hundred objects rather
 * than two per letter of every word (the words share them, as fontkit's runs share one glyph
 * object per id; PDFKit and pdfmake only read them).
 */
interface StoredWords {
  glyphs: Array<[number, number, number[]]>;
  positions: Array<[number, number, number, number, number]>;
  words: Record<string, number[]>;
}

interface FontEntry {
  file: string;
  key: string;
  cacheFile: string;
  /** Words in the layout cache once the kept ones were added: more after the export means there is something new to keep. */
  restored: number;
  /** The words read from the file, in its order (newest first). */
  kept: string[];
}

export class ShapedWords {
  private readonly fonts: FontEntry[] = [];

  /**
   * @param dir folder of the cache files (one per font file)
   * @param build names the code that shapes (bundle and Node); part of every key
   * @param layoutCacheOf the layout cache pdfmake's documents share for a font file
   * @param maxWords most words kept per font file
   */
  constructor(
    private readonly dir: string,
    private readonly build: string,
    private readonly layoutCacheOf: (fontFile: string) => LayoutCache,
    private readonly maxWords = MAX_WORDS_PER_FONT,
  ) {}

  /** Adds the words kept for each font file (name and bytes) to its layout cache. */
  async restore(fonts: ReadonlyArray<{ file: string; bytes: Uint8Array }>): Promise<void> {
    await Promise.all(
      fonts.map(async ({ file, bytes }) => {
        // SHA-1 tells a changed font file apart at a quarter of SHA-256's cost; nobody gains by forging one here.
        const fontHash = createHash('sha1').update(bytes).digest('hex');
        const entry: FontEntry = { file, key: `${FORMAT}\n${this.build}\n${fontHash}`, cacheFile: path.join(this.dir, `${fontHash}.json`), restored: 0, kept: [] };
        this.fonts.push(entry);
        const runs = await readWords(entry);
        const cache = this.layoutCacheOf(file);
        if (runs) entry.kept = Object.keys(runs);
        for (const text of entry.kept) cache[text] ??= runs![text]!;
        entry.restored = Object.keys(cache).length;
      }),
    );
  }

  /**
   * Writes the cache file of each font whose layout cache gained words since `restore`: the new
   * words first, then the kept ones, up to `maxWords`.
   */
  async save(): Promise<void> {
    await Promise.all(
      this.fonts.map(async (entry) => {
        const cache = this.layoutCacheOf(entry.file);
        const texts = Object.keys(cache);
        if (texts.length <= entry.restored) return;
        const kept = new Set(entry.kept);
        const newestFirst = [...texts.filter((text) => !kept.has(text)), ...entry.kept.filter((text) => text in cache)].slice(0, this.maxWords);
        await writeWords(entry, storedFrom(cache, newestFirst));
        entry.restored = texts.length;
        entry.kept = newestFirst;
      }),
    );
  }
}

/**
 * The file holds a header line (the key, and the CRC-32 of the rest) and the words as JSON, so
 * that a file changed by anything but this module (a bad disk, a torn copy) is told apart.
 */
async function readWords(entry: FontEntry): Promise<LayoutCache | undefined> {
  let text: string;
  try {
    text = await readFile(entry.cacheFile, 'utf8');
  } catch {
    debug('shaped words %s: none', entry.cacheFile);
    return undefined;
  }
  try {
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, Math.max(newline, 0))) as { key?: unknown; crc32?: unknown };
    const body = text.slice(newline + 1);
    if (newline < 0 || header.key !== entry.key || header.crc32 !== crc32(body)) throw new Error('stale or damaged');
    const words = JSON.parse(body) as unknown;
    const runs = isStoredWords(words) ? runsFrom(words) : undefined;
    if (!runs) throw new Error('not shaped words');
    debug('shaped words %s: used', entry.cacheFile);
    return runs;
  } catch {
    debug('shaped words %s: ignored (torn, corrupt, or made for another font, build or Node)', entry.cacheFile);
    return undefined;
  }
}

/** Written beside its final name and renamed over it, so another process never reads half a file. */
async function writeWords(entry: FontEntry, words: StoredWords): Promise<void> {
  const body = JSON.stringify(words);
  const header = JSON.stringify({ key: entry.key, crc32: crc32(body) });
  const temporary = `${entry.cacheFile}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(entry.cacheFile), { recursive: true });
    await writeFile(temporary, `${header}\n${body}`);
    await rename(temporary, entry.cacheFile);
    debug('shaped words %s: written (%d words)', entry.cacheFile, Object.keys(words.words).length);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    debug('shaped words %s: not written: %s', entry.cacheFile, error instanceof Error ? error.message : String(error));
  }
}

function storedFrom(cache: LayoutCache, texts: string[]): StoredWords {
  const stored: StoredWords = { glyphs: [], positions: [], words: Object.create(null) as Record<string, number[]> };
  const glyphIndex = new Map<number, number>();
  const positionIndex = new Map<string, number>();
  for (const text of texts) {
    const { glyphs, positions } = cache[text]!;
    stored.words[text] = glyphs.flatMap((glyph, i) => {
      let g = glyphIndex.get(glyph.id);
      if (g === undefined) glyphIndex.set(glyph.id, (g = stored.glyphs.push([glyph.id, glyph.advanceWidth, [...glyph.codePoints]]) - 1));
      const { xAdvance, yAdvance, xOffset, yOffset, advanceWidth } = positions[i]!;
      const position: [number, number, number, number, number] = [xAdvance, yAdvance, xOffset, yOffset, advanceWidth];
      const key = position.join(' ');
      let p = positionIndex.get(key);
      if (p === undefined) positionIndex.set(key, (p = stored.positions.push(position) - 1));
      return [g, p];
    });
  }
  return stored;
}

/**
 * Each word as PDFKit would have shaped it, its width summed as fontkit's `GlyphRun` sums it;
 * undefined if a word names a glyph or position the file does not hold. Plain loops: this runs
 * before V8 has optimised anything.
 */
function runsFrom(stored: StoredWords): LayoutCache | undefined {
  const glyphs = stored.glyphs.map(([id, advanceWidth, codePoints]) => ({ id, advanceWidth, codePoints }));
  const positions = stored.positions.map(([xAdvance, yAdvance, xOffset, yOffset, advanceWidth]) => ({ xAdvance, yAdvance, xOffset, yOffset, advanceWidth }));
  const runs = Object.create(null) as LayoutCache;
  for (const text in stored.words) {
    const pairs = stored.words[text];
    if (!Array.isArray(pairs) || pairs.length % 2 !== 0) return undefined;
    const length = pairs.length / 2;
    const runGlyphs = new Array<ShapedRun['glyphs'][number]>(length);
    const runPositions = new Array<ShapedRun['positions'][number]>(length);
    let advanceWidth = 0;
    for (let i = 0; i < length; i++) {
      const glyph = glyphs[pairs[2 * i]!];
      const position = positions[pairs[2 * i + 1]!];
      if (glyph === undefined || position === undefined) return undefined;
      runGlyphs[i] = glyph;
      runPositions[i] = position;
      advanceWidth += position.xAdvance;
    }
    runs[text] = { glyphs: runGlyphs, positions: runPositions, advanceWidth };
  }
  return runs;
}

/** The tables of the file's words (what JSON.parse gave back); the words themselves are checked as they are made (`runsFrom`). */
function isStoredWords(value: unknown): value is StoredWords {
  const stored = value as Partial<StoredWords> | null;
  if (typeof stored !== 'object' || stored === null || !Array.isArray(stored.glyphs) || !Array.isArray(stored.positions)) return false;
  if (typeof stored.words !== 'object' || stored.words === null || Array.isArray(stored.words)) return false;
  const numbers = (list: unknown, length: number) => Array.isArray(list) && list.length === length && list.every((n) => typeof n === 'number' && Number.isFinite(n));
  return (
    stored.glyphs.every((glyph) => Array.isArray(glyph) && glyph.length === 3 && numbers(glyph.slice(0, 2), 2) && numbers(glyph[2], (glyph[2] as unknown[])?.length)) &&
    stored.positions.every((position) => numbers(position, 5))
  );
}
