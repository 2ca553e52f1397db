import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pdfmakeModule from 'pdfmake';
import type { DocDefinition } from 'pdfmake';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { expectSameRuns, printed } from '../../../test/pdf-runs';
import { readPdf } from '../../../test/read-pdf';
import { patchedAndPublishedPdfmake } from '../../../test/pdfmake-pair';
import { loadTemplate } from '../render/templates';
import { briefingDocDefinition } from './export-pdf';

type Pdfmake = typeof pdfmakeModule;

let original: Pdfmake;
let patched: Pdfmake;

beforeAll(async () => {
  ({ patched, original } = await patchedAndPublishedPdfmake());
});

/** How many text objects (BT … ET) the PDF's pages draw, all pages together (streams uncompressed by qpdf). */
function textObjects(bytes: Uint8Array): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'briefbook-text-runs-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const uncompressed = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 256 * 2 ** 20 }).toString('latin1');
    return uncompressed.match(/^BT$/gm)?.length ?? 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the text-runs patch: words of one style on a line written as one text object', () => {
  it('writes the memo with a fraction of the text objects, and a smaller file', async () => {
    const { definition } = briefingDocDefinition(briefingModel(), await loadTemplate('memo'));
    const ours = new Uint8Array(await patched.createPdf(definition).getBuffer());
    const theirs = new Uint8Array(await original.createPdf(definition).getBuffer());
    const [oursCount, theirsCount] = [textObjects(ours), textObjects(theirs)];
    expect(oursCount).toBeGreaterThan(0);
    expect(oursCount * 3).toBeLessThan(theirsCount);
    expect(ours.length).toBeLessThan(theirs.length);
  });

  it('places every glyph where one text object per word puts it: justified, spaced, raised, linked, kerned and accented text', async () => {
    // Cyrillic with a stress mark (a combining acute: a glyph with no advance of its own), kerning,
    // letter-spacing, justified lines (gaps between words), a superscript and a link in mid-sentence.
    const sentence = 'Стратегическая стабильность и диало\u0301г — “quoted” words, with kerning AVAWAY To Ty. ';
    const definition: DocDefinition = {
      defaultStyle: { font: 'PT Serif', fontSize: 10.5 },
      content: [
        { text: sentence.repeat(4), alignment: 'justify' },
        { text: ['Plain words then ', { text: 'a linked phrase across', link: 'https://example.org/a' }, ' and more', { text: '12', sup: true }, ' after.'] },
        { text: 'LETTER SPACED LABEL WORDS', characterSpacing: 0.5, font: 'PT Sans', bold: true },
        { text: 'Right-aligned words at the end', alignment: 'right' },
      ],
    };
    const ours = await readPdf(await patched.createPdf(definition).getBuffer());
    const theirs = await readPdf(await original.createPdf(definition).getBuffer());
    expect(ours.pages).toEqual(theirs.pages);
    // Every run starts at the same place. pdf.js measures a run holding a stress mark (a glyph
    // whose advance the layout zeroes) a few font units shorter inside one text object than
    // across several; the glyphs themselves are placed alike (see the TJ adjustments).
    expectSameRuns(printed(ours), printed(theirs), 0.05);
    expect(ours.links.flat()).toContainEqual({ url: 'https://example.org/a' });
  });
});
