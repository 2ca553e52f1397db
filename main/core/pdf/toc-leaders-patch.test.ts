import type pdfmakeModule from 'pdfmake';
import type { DocDefinition } from 'pdfmake';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyArtifactText } from '../../../test/page-content';
import { expectSameRuns, printed } from '../../../test/pdf-runs';
import { patchedAndPublishedPdfmake } from '../../../test/pdfmake-pair';
import { readPdf } from '../../../test/read-pdf';

type Pdfmake = typeof pdfmakeModule;

let original: Pdfmake;
let patched: Pdfmake;

beforeAll(async () => {
  ({ patched, original } = await patchedAndPublishedPdfmake());
});

const HEADINGS = ['Summary', 'Where the dialogues agree', 'A heading long enough to run over its line in the contents, so that its leader follows its last line'];

/** A table of contents, with leaders or not, then a section per heading, each on a page of its own. */
function contents(leader?: string): DocDefinition {
  return {
    defaultStyle: { font: 'PT Serif', fontSize: 10 },
    tagged: true,
    content: [
      { toc: { title: { text: 'Contents' }, ...(leader ? { leader } : {}) }, tag: 'TOC' },
      ...HEADINGS.map((text) => ({ text, tocItem: true, pageBreak: 'before', tag: 'H1' })),
    ],
  } as DocDefinition;
}

describe('the toc-leaders patch: dots from each contents entry to its page number', () => {
  it('joins each entry to its page by dots, as artifacts, and draws the rest as the published pdfmake does', async () => {
    const ours = await readPdf(await patched.createPdf(contents('.')).getBuffer());
    const theirs = await readPdf(await original.createPdf(contents('.')).getBuffer());
    const text = (pdf: typeof ours) => pdf.items[0]!.filter((item) => item.str.trim()).map((item) => item.str.trim());
    const withoutDots = text(ours).filter((str) => !/^[.\s]+$/.test(str));
    expect(withoutDots).toEqual(text(theirs));
    // Each entry's last line ends in dots, right before its page number.
    expect(ours.pages[0]).toMatch(/^Contents Summary (?:\. ?){20,}2 Where the dialogues agree (?:\. ?){20,}3 A heading .* last line (?:\. ?){5,}4$/);
    expect(theirs.pages[0]).not.toContain('. .');
    // The dots are artifacts: read by text extraction, skipped by a screen reader.
    const dots = (await bodyArtifactText(await patched.createPdf(contents('.')).getBuffer(), [40, 40, 40, 40]))[0]!;
    expect(dots.replace(/[.\s]/g, '')).toBe('');
    expect(dots.match(/\./g)!.length).toBeGreaterThan(60);
  });

  it('lines up the dots of every entry, and leaves contents without a leader as they were', async () => {
    const ours = await readPdf(await patched.createPdf(contents('.')).getBuffer());
    const dotColumns = ours.items[0]!.filter((item) => /^\.[.\s]*$/.test(item.str.trim())).map((item) => Math.round(item.x + item.width));
    expect(new Set(dotColumns).size).toBe(1);
    const plain = await readPdf(await patched.createPdf(contents()).getBuffer());
    const published = await readPdf(await original.createPdf(contents()).getBuffer());
    expectSameRuns(printed(plain), printed(published));
  });
});
