import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { readPdf } from '../../../test/read-pdf';
import { loadTemplate } from '../render/templates';
import { defaultResourceLayout } from '../resources';
import { exportPdf } from './export-pdf';
import { fontDescriptors } from './fonts';
import { preparePdfmake } from './pdfmake-setup';

interface EmbeddedFont {
  layoutCache?: Record<string, unknown>;
  font?: object;
  subset?: { font: object };
}
type PdfmakeDocument = (new (...args: unknown[]) => { provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont }) & {
  sharedLayoutCache(file: string): Record<string, unknown>;
};
const { default: PDFDocument } = createRequire(import.meta.url)('pdfmake/js/PDFDocument.js') as { default: PdfmakeDocument };

describe('the shared-font-data patch: layout caches and parsed fonts shared across documents', () => {
  it('gives the same font file the same cache in every document, and other files their own', async () => {
    const pdfmake = await preparePdfmake(defaultResourceLayout());
    const fonts = fontDescriptors(defaultResourceLayout());
    // As pdfmake's Printer makes its documents (no default PDFKit font, layout cache on).
    const fontOf = (bold: boolean) => new PDFDocument(fonts, {}, {}, {}, { font: null, fontLayoutCache: true, autoFirstPage: false }, pdfmake.virtualfs).provideFont('PT Serif', bold, false);

    const [first, second, bold] = [fontOf(false), fontOf(false), fontOf(true)];
    expect(first).not.toBe(second);
    expect(first.layoutCache).toBeDefined();
    expect(second.layoutCache).toBe(first.layoutCache);
    expect(bold.layoutCache).not.toBe(first.layoutCache);
    // One parse of each font file, seen by each document through a view with glyphs of its own.
    const parseOf = (font: EmbeddedFont) => Object.getPrototypeOf(font.font) as object;
    expect(parseOf(second)).toBe(parseOf(first));
    expect(parseOf(bold)).not.toBe(parseOf(first));
    expect(second.font).not.toBe(first.font);
    expect(second.subset?.font).toBe(second.font);
  });

  it('gives out the layout cache a font file’s documents share, with words added before the first document', async () => {
    const pdfmake = await preparePdfmake(defaultResourceLayout());
    const fonts = fontDescriptors(defaultResourceLayout());
    const file = fonts['PT Sans']!.bolditalics;
    const cache = PDFDocument.sharedLayoutCache(file);
    const kept = { glyphs: [], positions: [], advanceWidth: 0 };
    cache['kept '] = kept;
    const font = new PDFDocument(fonts, {}, {}, {}, { font: null, fontLayoutCache: true, autoFirstPage: false }, pdfmake.virtualfs).provideFont('PT Sans', true, true);
    expect(font.layoutCache).toBe(cache);
    expect(font.layoutCache?.['kept ']).toBe(kept);
    expect(PDFDocument.sharedLayoutCache(fonts['PT Sans']!.bold)).not.toBe(cache);
    delete cache['kept '];
  });

  it('leaves what is printed unchanged from one export to the next', async () => {
    const template = await loadTemplate('memo');
    const first = await readPdf((await exportPdf(briefingModel(), template)).bytes);
    const second = await readPdf((await exportPdf(briefingModel(), template)).bytes);
    expect(second.items).toEqual(first.items);
    expect(second.fonts).toEqual(first.fonts);
  });
});
