import type pdfmakeModule from 'pdfmake';
import type { DocDefinition } from 'pdfmake';
import { beforeAll, describe, expect, it } from 'vitest';
import { patchedAndPublishedPdfmake } from '../../../test/pdfmake-pair';
import { readPdf } from '../../../test/read-pdf';

type Pdfmake = typeof pdfmakeModule;

let original: Pdfmake;
let patched: Pdfmake;

beforeAll(async () => {
  ({ patched, original } = await patchedAndPublishedPdfmake());
});

/** Records a, b on page 1, c on page 2, d on page 3; then lists of page references to them. */
function withLists(lists: string[][]): DocDefinition {
  const reference = (ids: string[]) => ({
    text: [ids.length > 1 ? 'pp. ' : 'p. ', ...ids.flatMap((id, index) => [...(index ? [', '] : []), { text: '00', pageReference: id }])],
    pageList: { one: 'p. ' },
  });
  return {
    defaultStyle: { font: 'PT Serif', fontSize: 10 },
    content: [
      { text: 'Record a', id: 'a' },
      { text: 'Record b', id: 'b' },
      { text: 'Record c', id: 'c', pageBreak: 'before' },
      { text: 'Record d', id: 'd', pageBreak: 'before' },
      ...lists.map(reference),
    ],
  } as DocDefinition;
}

describe('the page-lists patch: a list of page references names each page once', () => {
  it('prints "pp. 1, 3" for records on pages 1, 1 and 3, and "p. 1" for two on page 1', async () => {
    const lists = [['a', 'b', 'd'], ['a', 'b'], ['c', 'd'], ['c']];
    const ours = await readPdf(await patched.createPdf(withLists(lists)).getBuffer());
    const theirs = await readPdf(await original.createPdf(withLists(lists)).getBuffer());
    expect(ours.pages.at(-1)).toMatch(/pp\. 1 ?, 3 p\. 1 pp\. 2 ?, 3 p\. 2$/);
    expect(theirs.pages.at(-1)).toMatch(/pp\. 1 ?, 1 ?, 3 pp\. 1 ?, 1 pp\. 2 ?, 3 p\. 2$/);
    // Each page named links to the first record there.
    expect(ours.links.at(-1)!.map((link) => link.dest)).toEqual(['a', 'd', 'a', 'c', 'd', 'c']);
  });
});
