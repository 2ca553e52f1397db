import { createRequire } from 'node:module';
import type pdfmakeModule from 'pdfmake';
import type { DocDefinition } from 'pdfmake';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { expectSameRuns, printed } from '../../../test/pdf-runs';
import { patchedAndPublishedPdfmake } from '../../../test/pdfmake-pair';
import { readPdf } from '../../../test/read-pdf';
import { unpatchedPdfLibraries } from '../../../test/unpatched-pdf-libraries';
import { loadTemplate } from '../render/templates';
import { briefingDocDefinition } from './export-pdf';
import { installMeasuredLeaves } from './measured-leaves';
import { installFonts } from './pdfmake-setup';
import { defaultResourceLayout } from '../resources';

type Pdfmake = typeof pdfmakeModule;
type Word = Record<string, unknown>;
interface MeasuringClass {
  prototype: { measureLeaf(leaf: { _inlines?: Word[] }): { _inlines?: Word[] } };
}
interface LineClass {
  new (maxWidth: number): { addInline(inline: Word): void; hasEnoughSpaceForInline(inline: Word, next?: Word[], from?: number): boolean };
}

const patchedRequire = createRequire(import.meta.url);
const classOf = <T>(module: unknown): T => ((module as { default?: T }).default ?? module) as T;

let patched: Pdfmake;
/** pdfmake with the patches before this one (they change what words hold: structure tags, page lists). */
let before: Pdfmake;
let beforeRequire: NodeJS.Require;

beforeAll(async () => {
  ({ patched } = await patchedAndPublishedPdfmake());
  // This patch and pdfmake's later ones taken out.
  beforeRequire = unpatchedPdfLibraries((patch) => patch.startsWith('pdfmake+') && patch >= 'pdfmake+0.3.11+008+word-objects.patch');
  before = beforeRequire('pdfmake') as Pdfmake;
  await installFonts(before, defaultResourceLayout());
  // Measure every leaf with pdfmake itself: kept measurements would hide what it does.
  installMeasuredLeaves(null);
});
afterEach(() => installMeasuredLeaves());

/**
 * Every word pdfmake measures while laying `definition` out, as measured (before layout moves
 * them), the font by its name: what the words are made of, compared property by property.
 */
async function measuredWords(pdfmake: Pdfmake, docMeasure: MeasuringClass, definition: () => DocDefinition): Promise<Word[][]> {
  const leaves: Word[][] = [];
  const measureLeaf = docMeasure.prototype.measureLeaf;
  docMeasure.prototype.measureLeaf = function (leaf) {
    const measured = measureLeaf.call(this, leaf);
    leaves.push((measured._inlines ?? []).map(comparableWord));
    return measured;
  };
  try {
    await pdfmake.createPdf(definition()).getBuffer();
  } finally {
    docMeasure.prototype.measureLeaf = measureLeaf;
  }
  return leaves;
}

/**
 * A word's properties, the font by its name and other objects (structure tags, page
 * references, which the structure-tags patch links up later) by their type: the same in both
 * libraries when the word's objects are its text item's.
 */
function comparableWord(word: Word): Word {
  return Object.fromEntries(
    Object.entries(word).map(([property, value]) => [
      property,
      property === 'font' ? (value as { name: string }).name : value && typeof value === 'object' && !Array.isArray(value) ? `object ${Object.keys(value).sort().join(',')}` : value,
    ]),
  );
}

describe('the word-objects patch: each word made in one object', () => {
  it.each(['memo', 'book', 'comparison', 'one-pager'])('measures every word of the built-in %s as pdfmake did before the patch', async (id) => {
    const template = await loadTemplate(id);
    const definition = () => briefingDocDefinition(briefingModel(), template).definition;
    const ours = await measuredWords(patched, classOf(patchedRequire('pdfmake/js/DocMeasure.js')), definition);
    const theirs = await measuredWords(before, classOf(beforeRequire('pdfmake/js/DocMeasure.js')), definition);
    expect(ours.flat().length).toBeGreaterThan(150);
    expect(ours).toEqual(theirs);
    // The same properties, not only the same values (toEqual passes over undefined ones).
    expect(ours.map((words) => words.map((word) => Object.keys(word).sort()))).toEqual(theirs.map((words) => words.map((word) => Object.keys(word).sort())));
  });

  it('breaks words glued across text items (no space between them), forced breaks and indents into the same lines', async () => {
    const glued = ['Counter', { text: 'proliferation', bold: true }, '-minded ', { text: 'non', italics: true }, 'aligned ', 'states ', { text: 'dis', color: 'red' }, 'agreed. '];
    const definition = {
      pageSize: { width: 160, height: 800 },
      pageMargins: 20,
      defaultStyle: { font: 'PT Serif', fontSize: 11 },
      content: [
        { text: [...glued, ...glued, ...glued, 'forced\nbreak ', ...glued] },
        { text: ['One\nTwo ', ...glued] },
        { text: [{ text: 'Indented first line, ', leadingIndent: 14 }, ...glued], alignment: 'justify' },
        { text: ['  leading spaces kept ', ...glued], preserveLeadingSpaces: true },
      ],
    } as unknown as DocDefinition;
    const ours = await readPdf(await patched.createPdf(structuredClone(definition)).getBuffer());
    const theirs = await readPdf(await before.createPdf(structuredClone(definition)).getBuffer());
    const lines = new Set(printed(ours)[0]!.map((run) => run.y));
    expect(lines.size).toBeGreaterThan(6);
    expectSameRuns(printed(ours), printed(theirs));
  });

  it('tells whether a word and the words glued to it fit from the remaining words and an index, as from a copy of them', () => {
    const Line = classOf<LineClass>(patchedRequire('pdfmake/js/Line.js'));
    const word = (width: number, noNewLine = false): Word => ({ text: 'w', width, trailingCut: 0, noNewLine });
    const remaining = [word(30, true), word(30, true), word(25), word(90)];
    for (const width of [40, 100, 110, 120, 200]) {
      const line = new Line(width);
      line.addInline(word(10));
      for (let from = 1; from < remaining.length; from++) {
        expect(line.hasEnoughSpaceForInline(remaining[from - 1]!, remaining, from)).toBe(line.hasEnoughSpaceForInline(remaining[from - 1]!, remaining.slice(from)));
      }
    }
    const line = new Line(100);
    line.addInline(word(10));
    // 10 + 30 + 30 + 25 = 95 fits; without the words after it, the first would fit whatever they are.
    expect(line.hasEnoughSpaceForInline(remaining[0]!, remaining, 1)).toBe(true);
    expect(new Line(90).hasEnoughSpaceForInline(remaining[0]!, remaining, 1)).toBe(true);
    const full = new Line(90);
    full.addInline(word(10));
    expect(full.hasEnoughSpaceForInline(remaining[0]!, remaining, 1)).toBe(false);
    expect(full.hasEnoughSpaceForInline(remaining[0]!, remaining, 4)).toBe(true);
  });
});
