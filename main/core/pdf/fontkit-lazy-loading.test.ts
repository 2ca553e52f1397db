import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../resources';

/**
 * Runs `script` in a new Node process (so the modules it loads are its own) with the build of
 * fontkit PDFKit requires, and returns what it printed as JSON.
 */
function inNewProcess(script: string): unknown {
  const root = projectRoot();
  const program = `const fontkit = require(${JSON.stringify(createRequire(import.meta.url).resolve('fontkit'))});
const loaded = (name) => Object.keys(require.cache).some((file) => file.includes('${path.sep}' + name + '${path.sep}'));
const brotliLoaded = () => loaded('brotli');
${script}`;
  return JSON.parse(execFileSync(process.execPath, ['-e', program], { cwd: root, encoding: 'utf8' }));
}

describe('what fontkit loads on first use (the fontkit patch)', () => {
  it('does not load the Brotli decoder to read and shape TrueType fonts, and still reads WOFF2 fonts with it', () => {
    const result = inNewProcess(`
const ttf = fontkit.openSync('node_modules/pdfmake/fonts/Roboto/Roboto-Regular.ttf');
const ids = (font) => font.layout('Briefbook WOFF2').glyphs.map((glyph) => glyph.id);
const fromTtf = ids(ttf);
const loadedForTtf = brotliLoaded();
const woff2 = fontkit.openSync('test/fixtures/fonts/Roboto-Regular.woff2');
const fromWoff2 = ids(woff2);
const outline = woff2.layout('B').glyphs[0].path.commands.length;
console.log(JSON.stringify({ loadedForTtf, loadedForWoff2: brotliLoaded(), same: JSON.stringify(fromTtf) === JSON.stringify(fromWoff2), type: woff2.type, outline }));`);
    expect(result).toMatchObject({ loadedForTtf: false, loadedForWoff2: true, same: true, type: 'WOFF2' });
    expect((result as { outline: number }).outline).toBeGreaterThan(0);
  });

  it('loads unicode-properties to shape a word, not to open a font', () => {
    const result = inNewProcess(`
const font = fontkit.openSync('node_modules/pdfmake/fonts/Roboto/Roboto-Regular.ttf');
const loadedToOpen = loaded('unicode-properties');
const glyphs = font.layout('Briefbook').glyphs.map((glyph) => glyph.id);
console.log(JSON.stringify({ loadedToOpen, loadedToShape: loaded('unicode-properties'), glyphs: glyphs.length }));`);
    // What it shapes is compared with the published fontkit in fontkit-shaping-patch.test.ts.
    expect(result).toEqual({ loadedToOpen: false, loadedToShape: true, glyphs: 9 });
  });
});
