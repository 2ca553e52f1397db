import { readFile } from 'node:fs/promises';
import type pdfmakeModule from 'pdfmake';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { matterhornFailures } from '../../../test/matterhorn';
import { expectSameRuns, printed } from '../../../test/pdf-runs';
import { readPdf, type ReadBackPdf } from '../../../test/read-pdf';
import { unpatchedPdfLibraries } from '../../../test/unpatched-pdf-libraries';
import { loadTemplate } from '../render/templates';
import { defaultResourceLayout } from '../resources';
import { briefingDocDefinition } from './export-pdf';
import { fontDescriptors } from './fonts';
import { assertPatchedLibraries, type PdfLibraries } from './patched-libraries';
import { installFonts, preparePdfmake } from './pdfmake-setup';

type Pdfmake = typeof pdfmakeModule;
const TEMPLATES = ['memo', 'book', 'comparison', 'one-pager'];

const unpatched = unpatchedPdfLibraries();
let original: Pdfmake;
let patched: Pdfmake;

beforeAll(async () => {
  patched = await preparePdfmake(defaultResourceLayout());
  original = unpatched('pdfmake') as Pdfmake;
  await installFonts(original, defaultResourceLayout());
});

async function exportWith(pdfmake: Pdfmake, id: string, draft = false): Promise<Uint8Array> {
  const { definition } = briefingDocDefinition(briefingModel({ draft }), await loadTemplate(id));
  // What the published pdfmake has no notion of is left out (each such patch is compared on its
  // own): words drawn only in repeated header rows are drawn everywhere, contents have no leaders,
  // lists of pages name a page as often as it is referred to.
  dropPatchOnlyFeatures(definition.content);
  return pdfmake.createPdf(definition).getBuffer();
}

function dropPatchOnlyFeatures(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  if (!Array.isArray(node)) delete (node as { onlyInRepeatedHeader?: boolean }).onlyInRepeatedHeader;
  if (!Array.isArray(node)) delete (node as { leader?: string }).leader;
  if (!Array.isArray(node)) delete (node as { pageList?: unknown }).pageList;
  for (const child of Object.values(node)) dropPatchOnlyFeatures(child);
}

describe('pdfmake, PDFKit and fontkit with their patches', () => {
  it.each(TEMPLATES)('print the built-in %s exactly as the published libraries do', async (id) => {
    const ours = await readPdf(await exportWith(patched, id));
    const theirs = await readPdf(await exportWith(original, id));
    expect(ours.numPages).toBe(theirs.numPages);
    expect(ours.sizes).toEqual(theirs.sizes);
    // Every run of text, where it is on its page.
    expectSameRuns(printed(ours), printed(theirs));
    expect(ours.fonts).toEqual(theirs.fonts);
    expect(linkAreas(ours)).toEqual(linkAreas(theirs));
    expect(ours.outline).toEqual(theirs.outline);
    expect(ours.destinations.sort()).toEqual(theirs.destinations.sort());
  });

  it('draw a watermark where the published libraries print it, but as shapes, not text', async () => {
    const ours = await readPdf(await exportWith(patched, 'memo', true));
    const theirs = await readPdf(await exportWith(original, 'memo', true));
    const withoutWatermark = printed(theirs).map((page) => page.filter((item) => item.str !== 'DRAFT'));
    expect(withoutWatermark).not.toEqual(printed(theirs));
    expectSameRuns(printed(ours), withoutWatermark);
  });

  it('make the tagged PDF the published libraries only claim to make', async () => {
    expect(await matterhornFailures(await exportWith(patched, 'memo'))).toEqual([]);
    const failures = await matterhornFailures(await exportWith(original, 'memo'));
    expect(failures).toContainEqual(expect.stringMatching(/^01-005 text .* is neither in the structure tree nor an artifact/));
    expect(failures).toContainEqual(expect.stringMatching(/^28-011 /));
  });

  it('make the same font subsets as fontkit, the first time a glyph is embedded and every time after', async () => {
    const file = fontDescriptors(defaultResourceLayout())['PT Serif']!.normal;
    const bytes = await readFile(file);
    const fontkit = unpatched('fontkit') as { create(buffer: Buffer): FontkitFont };
    const { create } = await import('fontkit');
    // Latin, accented (composite glyphs), Cyrillic and punctuation.
    const text = 'Briefing é ü Ё й Стратегическая стабильность — “1”';
    const subsetOf = (font: FontkitFont) => {
      const subset = font.createSubset();
      for (const glyph of font.layout(text).glyphs) subset.includeGlyph(glyph.id);
      return Buffer.from(subset.encode());
    };
    const theirs = subsetOf(fontkit.create(bytes));
    const font = create(bytes) as unknown as FontkitFont;
    expect(subsetOf(font)).toEqual(theirs);
    expect(subsetOf(font)).toEqual(theirs);
  });

  it('are checked before the first export: an installation without them fails, naming each missing patch', async () => {
    const font = await readFile(fontDescriptors(defaultResourceLayout())['PT Sans']!.normal);
    expect(() => assertPatchedLibraries(font)).not.toThrow();
    const published: PdfLibraries = {
      styleStack: unpatched('pdfmake/js/StyleContextStack.js'),
      pdfmakeDocument: unpatched('pdfmake/js/PDFDocument.js'),
      renderer: unpatched('pdfmake/js/Renderer.js'),
      layoutBuilder: unpatched('pdfmake/js/LayoutBuilder.js'),
      textInlines: unpatched('pdfmake/js/TextInlines.js'),
      pdfkitDocument: unpatched('pdfkit'),
      htmlToPdfmake: unpatched('html-to-pdfmake'),
      openFont: (unpatched('fontkit') as { create: PdfLibraries['openFont'] }).create,
    };
    const error = (() => {
      try {
        assertPatchedLibraries(font, published);
      } catch (thrown) {
        return thrown as Error;
      }
    })();
    expect(error?.message).toMatch(/npm ci/);
    for (const patch of ['001+style-lookups', '002+shared-font-data', '003+structure-tags', '004+text-runs', '005+continued-headers', '006+toc-leaders', '007+page-lists', '008+word-objects', '009+style-answers', 'pdfkit+0.19.1', 'html-to-pdfmake+2.5.34', 'fontkit+2.0.4']) expect(error?.message).toContain(patch);
  });
});

/**
 * Each page's links: target and clickable area, links that follow one another on one line
 * with the same target joined. The published pdfmake makes one link per word; the patched
 * one, one per run of words written together.
 */
function linkAreas(pdf: ReadBackPdf): Array<Array<{ target: string; rect: number[] }>> {
  const round = (value: number) => Math.round(value * 100) / 100;
  return pdf.links.map((page, number) => {
    const areas: Array<{ target: string; rect: [number, number, number, number] }> = [];
    page.forEach((link, index) => {
      const target = link.url ?? `#${link.dest}`;
      const [x1, y1, x2, y2] = pdf.linkRects[number]![index]!;
      const last = areas.at(-1);
      if (last && last.target === target && round(last.rect[1]) === round(y1) && round(last.rect[3]) === round(y2)) {
        last.rect = [Math.min(last.rect[0], x1), y1, Math.max(last.rect[2], x2), y2];
      } else areas.push({ target, rect: [x1, y1, x2, y2] });
    });
    return areas.map(({ target, rect }) => ({ target, rect: rect.map(round) }));
  });
}

interface FontkitFont {
  layout(text: string): { glyphs: Array<{ id: number }> };
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
}
