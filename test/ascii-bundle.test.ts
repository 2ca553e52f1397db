import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { SourceMapConsumer } from 'source-map-js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM build script without type declarations
import { asciiOnly, shiftedMappings } from '../scripts/ascii-bundle.mjs';
import { root } from './run-cli';

type Rewrite = (code: string) => { code: string; edits: Array<{ start: number; end: number; text: string }> };
const rewrite = asciiOnly as Rewrite;
const shift = shiftedMappings as (mappings: string, code: string, edits: ReturnType<Rewrite>['edits']) => string;

const isAscii = (text: string) => [...text].every((character) => character.charCodeAt(0) < 0x80);

/** Code that returns what its regular expressions and raw templates make of Cyrillic, typographic and astral text. */
const PROGRAM = String.raw`
  const cue = /(?:группа|совет)(?=$|[\s,])/iu;
  const quote = /[“”]/g;
  const smile = /^[😀x]$/;
  const marking = new RegExp(String.raw${'`'}^(?:TRÈS SECRET|ДСП)${'${"\\s*"}'}$${'`'}, 'u'); // ДСП: ё
  return [cue.test('Группа'), cue.test('гРуппа,'), 'a “b”'.replace(quote, "'"), smile.test('\ud83d'), /😀/u.test('😀'), marking.test('ДСП'), marking.source];
`;

describe('the CLI bundle made ASCII', () => {
  it('means the same: regular expressions, String.raw templates and comments written with escapes', () => {
    const { code } = rewrite(PROGRAM);
    expect(isAscii(code)).toBe(true);
    expect(code).not.toBe(PROGRAM);
    // (Only an expression's `source` reads the escapes: it means the same.)
    expect(new Function(code)()).toEqual(new Function(PROGRAM)());
  });

  it('refuses what it cannot rewrite without changing its meaning, saying where', () => {
    expect(() => rewrite('const r = /\\ё/;')).toThrow(/at offset \d+: a backslash before "ё"/);
    expect(() => rewrite('const t = tag`ё`;')).toThrow(/at offset \d+: a non-ASCII template token "ё"/);
  });

  it('keeps the source map pointing at the sources after the escapes lengthened a line', async () => {
    const source = 'export const cue = /группа|совет/iu;\nexport function afterTheCue(text: string) {\n  return cue.test(text);\n}\n';
    const { outputFiles } = await build({
      stdin: { contents: source, loader: 'ts', sourcefile: 'cue.ts' },
      bundle: true,
      format: 'cjs',
      minifyWhitespace: true,
      sourcemap: 'external',
      outfile: 'out.js',
      write: false,
    });
    const code = outputFiles.find((file) => file.path.endsWith('out.js'))!.text;
    const map = JSON.parse(outputFiles.find((file) => file.path.endsWith('out.js.map'))!.text) as { mappings: string };
    const { code: ascii, edits } = rewrite(code);
    const mapped = new SourceMapConsumer({ ...map, version: '3', mappings: shift(map.mappings, code, edits) } as never);
    const line = ascii.split('\n').findIndex((text) => text.includes('afterTheCue'));
    const column = ascii.split('\n')[line]!.indexOf('function afterTheCue');
    expect(code.split('\n')[line]!.indexOf('function afterTheCue')).toBeLessThan(column);
    expect(mapped.originalPositionFor({ line: line + 1, column })).toMatchObject({ source: 'cue.ts', line: 2, column: 'export '.length });
  });

  it('is what the build writes: dist/cli.cjs and dist/cli-export.cjs hold no other character', async () => {
    for (const bundle of ['cli.cjs', 'cli-export.cjs']) expect(isAscii(await readFile(path.join(root, 'dist', bundle), 'utf8')), bundle).toBe(true);
  });
});
