import { expect } from 'vitest';
import type { ReadBackPdf } from './read-pdf';

/**
 * The runs of text on each page, runs that continue one another on a line joined. pdf.js
 * joins them itself within a marked-content sequence but not across one, and tagging starts
 * one wherever the structure changes (a Russian phrase in an English sentence). It also
 * reports empty runs where it sees a line end.
 */
export function printed(pdf: ReadBackPdf): ReadBackPdf['items'] {
  return pdf.items.map((page) => {
    const runs: ReadBackPdf['items'][number] = [];
    for (const item of page) {
      if (item.str === '') continue;
      const last = runs.at(-1);
      if (last && Math.abs(last.y - item.y) < 0.01 && Math.abs(last.x + last.width - item.x) < 0.01) {
        runs[runs.length - 1] = { ...last, str: last.str + item.str, width: last.width + item.width };
      } else runs.push({ ...item });
    }
    return runs;
  });
}

/**
 * The same runs of text at the same places. Widths summed in another order (or over one
 * text object rather than one per word) differ in the last digits, so they are compared to
 * `widthTolerance` points (a hundredth by default).
 */
export function expectSameRuns(ours: ReadBackPdf['items'], theirs: ReadBackPdf['items'], widthTolerance = 0.01): void {
  const withoutWidths = (pages: ReadBackPdf['items']) => pages.map((page) => page.map(({ str, x, y }) => ({ str, x, y })));
  expect(withoutWidths(ours)).toEqual(withoutWidths(theirs));
  const widthDifferences = ours.flatMap((page, number) => page.map((run, index) => Math.abs(run.width - theirs[number]![index]!.width)));
  expect(Math.max(0, ...widthDifferences)).toBeLessThan(widthTolerance);
}
