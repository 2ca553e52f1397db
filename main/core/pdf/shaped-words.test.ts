import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ShapedWords, type LayoutCache, type ShapedRun } from './shaped-words';

const FONT = { file: '/fonts/Serif.ttf', bytes: Buffer.from('the bytes of one font file') };
const OTHER_FONT = { file: '/fonts/Serif.ttf', bytes: Buffer.from('the bytes of an updated font file') };

/** A word as PDFKit keeps it: fontkit's run, positions scaled to 1000 units per em. */
function run(ids: number[], codePoints: number[][]): ShapedRun {
  const positions = ids.map((id) => ({ xAdvance: id * 0.4883, yAdvance: 0, xOffset: id % 3 === 0 ? -1.5 : 0, yOffset: 0, advanceWidth: id * 0.4883 }));
  return {
    glyphs: ids.map((id, i) => ({ id, advanceWidth: id, codePoints: codePoints[i]! })),
    positions,
    get advanceWidth() {
      return positions.reduce((sum, position) => sum + position.xAdvance, 0);
    },
  };
}

/** Layout caches by font file, as pdfmake's documents share them. */
function layoutCaches(): { of(file: string): LayoutCache; caches: Map<string, LayoutCache> } {
  const caches = new Map<string, LayoutCache>();
  return {
    caches,
    of(file) {
      if (!caches.has(file)) caches.set(file, Object.create(null) as LayoutCache);
      return caches.get(file)!;
    },
  };
}

async function folder(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'briefbook-shaped-words-'));
}

/** One process: restores, shapes `words` (as fontkit would, into the cache), saves; returns its cache. */
async function processRun(dir: string, build: string, words: Record<string, ShapedRun> = {}, font = FONT): Promise<LayoutCache> {
  const layout = layoutCaches();
  const shapedWords = new ShapedWords(dir, build, layout.of);
  await shapedWords.restore([font]);
  const cache = layout.of(font.file);
  for (const [text, shaped] of Object.entries(words)) cache[text] ??= shaped;
  await shapedWords.save();
  return cache;
}

const plain = (cache: LayoutCache) =>
  Object.fromEntries(Object.entries(cache).map(([text, { glyphs, positions, advanceWidth }]) => [text, { glyphs: glyphs.map((glyph) => ({ ...glyph })), positions, advanceWidth }]));

const WORDS = { 'Minsk ': run([48, 76, 81, 86, 78, 3], [[77], [105], [110], [115], [107], [32]]), 'ﬁnal ': run([412, 81, 68, 79, 3], [[102, 105], [110], [97], [108], [32]]) };

describe('shaped words kept on disk', () => {
  it('gives the next process the words the first one shaped, as PDFKit had them', async () => {
    const dir = await folder();
    await processRun(dir, 'build-1', WORDS);
    const restored = await processRun(dir, 'build-1');
    expect(plain(restored)).toEqual(plain(WORDS));
    // The width is summed as fontkit sums it, to the last bit.
    expect(restored['Minsk ']!.advanceWidth).toBe(WORDS['Minsk '].advanceWidth);
  });

  it('writes nothing when a process shaped no new word', async () => {
    const dir = await folder();
    await processRun(dir, 'build-1', WORDS);
    const [file] = await readdir(dir);
    const written = await readFile(path.join(dir, file!), 'utf8');
    await writeFile(path.join(dir, file!), written.replace('\n', ' \n'));
    await processRun(dir, 'build-1');
    expect(await readFile(path.join(dir, file!), 'utf8')).toBe(written.replace('\n', ' \n'));
  });

  it('keeps at most its number of words per font, the newest first', async () => {
    const dir = await folder();
    const word = (n: number) => ({ [`w${n} `]: run([n, 3], [[n], [32]]) });
    const processWith = async (words: Record<string, ShapedRun>) => {
      const layout = layoutCaches();
      const shapedWords = new ShapedWords(dir, 'build-1', layout.of, 3);
      await shapedWords.restore([FONT]);
      Object.assign(layout.of(FONT.file), words);
      await shapedWords.save();
      return Object.keys(layout.of(FONT.file));
    };
    await processWith({ ...word(1), ...word(2) });
    await processWith({ ...word(3), ...word(4) });
    expect(await processWith({})).toEqual(['w3 ', 'w4 ', 'w1 ']);
  });

  it('never gives words to another build or Node, nor to a changed font file', async () => {
    const dir = await folder();
    await processRun(dir, 'build-1', WORDS);
    expect(await processRun(dir, 'build-2')).toEqual({});
    expect(await processRun(dir, 'build-1', {}, OTHER_FONT)).toEqual({});
    // The first build's words are still there for it (the other build wrote nothing new).
    expect(plain(await processRun(dir, 'build-1'))).toEqual(plain(WORDS));
  });

  it('replaces a file made by another build with this build’s words', async () => {
    const dir = await folder();
    await processRun(dir, 'build-1', WORDS);
    await processRun(dir, 'build-2', { 'Kyiv ': run([46, 92, 76, 89, 3], [[75], [121], [105], [118], [32]]) });
    expect(Object.keys(await processRun(dir, 'build-2'))).toEqual(['Kyiv ']);
  });

  it.each([
    ['torn', (text: string) => text.slice(0, text.length / 2)],
    ['changed after it was written', (text: string) => text.replace('"Minsk "', '"Minks "')],
    ['not JSON', () => 'garbage'],
    ['empty', () => ''],
    ['words of the wrong shape, with a matching checksum', (text: string) => rehashed(text, '{"glyphs":[],"positions":[],"words":{"Minsk ":[0,0]}}')],
    ['tables of the wrong shape, with a matching checksum', (text: string) => rehashed(text, '{"glyphs":[[1]],"positions":[],"words":{}}')],
  ])('ignores a file that is %s, and writes a good one in its place', async (_, damage) => {
    const dir = await folder();
    await processRun(dir, 'build-1', WORDS);
    const [file] = await readdir(dir);
    const cacheFile = path.join(dir, file!);
    await writeFile(cacheFile, damage(await readFile(cacheFile, 'utf8')));
    expect(await processRun(dir, 'build-1')).toEqual({});
    await processRun(dir, 'build-1', WORDS);
    expect(plain(await processRun(dir, 'build-1'))).toEqual(plain(WORDS));
  });

  it('only costs the time when its folder cannot be written', async () => {
    const parent = await folder();
    // A file where the folder would be: mkdir fails, as on a read-only disk (and even for root).
    const blocked = path.join(parent, 'not-a-folder');
    await writeFile(blocked, 'a file');
    const dir = path.join(blocked, 'shaped-words');
    await expect(processRun(dir, 'build-1', WORDS)).resolves.toBeDefined();
    expect(await processRun(dir, 'build-1')).toEqual({});
    expect(await readdir(parent)).toEqual(['not-a-folder']);
  });
});

/** `body` with a header whose checksum matches it, under the key of `text`'s header. */
function rehashed(text: string, body: string): string {
  const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { key: string };
  return `${JSON.stringify({ key: header.key, crc32: crc32(body) })}\n${body}`;
}
