import type { ResolvedPageSetup } from '../render/page-setup';

/** Paper sizes in points, portrait, as pdfmake defines them. */
const PAPER: Record<ResolvedPageSetup['pageSize'], [number, number]> = {
  A4: [595.28, 841.89],
  A5: [419.53, 595.28],
  LETTER: [612, 792],
  LEGAL: [612, 1008],
};

/** Width of the text area: the page width (as oriented) less the left and right margins. */
export function contentWidth(setup: ResolvedPageSetup): number {
  const [width, height] = PAPER[setup.pageSize];
  const pageWidth = setup.orientation === 'landscape' ? height : width;
  return pageWidth - setup.margins[0] - setup.margins[2];
}

/** Height of the text area: the page height (as oriented) less the top and bottom margins. */
export function contentHeight(setup: ResolvedPageSetup): number {
  const [width, height] = PAPER[setup.pageSize];
  const pageHeight = setup.orientation === 'landscape' ? width : height;
  return pageHeight - setup.margins[1] - setup.margins[3];
}
