import type pdfmakeModule from 'pdfmake';
import type { DocDefinition } from 'pdfmake';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSameRuns, printed } from '../../../test/pdf-runs';
import { readPdf, type ReadBackPdf } from '../../../test/read-pdf';
import { patchedAndPublishedPdfmake } from '../../../test/pdfmake-pair';

type Pdfmake = typeof pdfmakeModule;

let original: Pdfmake;
let patched: Pdfmake;

beforeAll(async () => {
  ({ patched, original } = await patchedAndPublishedPdfmake());
});

/** A table whose header row names its topic, with more rows than one page holds; tagged or not. */
function longTable(tagged: boolean): DocDefinition {
  const rows = Array.from({ length: 90 }, (_, index) => [`Row ${index + 1}`, 'A record of the topic, long enough to be a sentence.']);
  return {
    defaultStyle: { font: 'PT Serif', fontSize: 10 },
    tagged,
    content: [
      {
        table: {
          headerRows: 1,
          widths: [120, '*'],
          body: [[{ text: ['Arctic ', { text: '(continued)', onlyInRepeatedHeader: true }] }, 'Records'], ...rows],
        },
        ...(tagged ? { tag: 'Table' } : {}),
      },
    ],
  } as DocDefinition;
}

const pageText = (pdf: ReadBackPdf) => pdf.pages.map((text) => text.replace(/\s+/g, ' '));

describe('the continued-headers patch: a repeated table header row says it continues', () => {
  it.each([false, true])('draws "(continued)" only where the header row is repeated on a later page (tagged: %s)', async (tagged) => {
    const ours = await readPdf(await patched.createPdf(longTable(tagged)).getBuffer());
    const theirs = await readPdf(await original.createPdf(longTable(tagged)).getBuffer());
    expect(ours.numPages).toBeGreaterThanOrEqual(3);
    const pages = pageText(ours);
    expect(pages[0]).toMatch(/^Arctic Records Row 1 /);
    for (const page of pages.slice(1)) expect(page).toMatch(/^Arctic \(continued\) Records Row \d+ /);
    // The published pdfmake draws the words in the first header row too; nothing else differs.
    expect(pageText(theirs)[0]).toMatch(/^Arctic \(continued\) Records Row 1 /);
    // (pdf.js reads the header row as one run, from the first cell's first word to the last cell's last.)
    const withoutFirstContinued = printed(theirs).map((page, index) => (index === 0 ? page.map((run) => ({ ...run, str: run.str.replace('(continued) ', '') })) : page));
    expectSameRuns(printed(ours), withoutFirstContinued);
  });

  it('keeps the words’ room in the first header row, so every copy of the row is as tall', async () => {
    const definition = longTable(false);
    const header = (definition.content as Array<{ table: { body: unknown[][] } }>)[0]!.table.body[0]!;
    // In a column too narrow for the topic and "(continued)" on one line, both rows take two lines.
    (definition.content as Array<{ table: { widths: unknown[] } }>)[0]!.table.widths = [60, '*'];
    header[0] = { text: ['Arctic region ', { text: '(continued)', onlyInRepeatedHeader: true }] };
    const ours = await readPdf(await patched.createPdf(definition).getBuffer());
    const firstRowY = (page: ReadBackPdf['items'][number]) => page.find((item) => item.str.startsWith('Row '))!.y;
    expect(firstRowY(ours.items[0]!)).toBeCloseTo(firstRowY(ours.items[1]!), 1);
  });
});
