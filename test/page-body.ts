import type { ReadBackPdf } from './read-pdf';

/** What one page's text area holds, read back from the PDF. */
export interface PageBody {
  /** Lines of text inside the text area (running heads, page numbers and marking banners sit in the margins). */
  lines: number;
  /** Share of the text area's height below its last line of text: 0 for a full page, 1 for an empty one. */
  emptyBelow: number;
  /** The text area's text, top to bottom. */
  text: string;
}

/**
 * Each page's text area as a reader sees it: the lines between the top and bottom margins
 * (`[left, top, right, bottom]` in points, as templates give them), and how much of the area
 * is left empty below the last line.
 */
export function pageBodies(pdf: ReadBackPdf, margins: readonly [number, number, number, number]): PageBody[] {
  const [, top, , bottom] = margins;
  return pdf.items.map((items, index) => {
    const { height } = pdf.sizes[index]!;
    const areaTop = height - top;
    // A line's baseline sits a little below its text: allow a descender's depth.
    const inArea = items.filter((item) => item.str.trim() && item.y < areaTop && item.y > bottom - 4);
    const itemsOn = (y: number) => inArea.filter((item) => Math.abs(Math.round(item.y) - y) <= 2);
    const baselines = [...new Set(inArea.map((item) => Math.round(item.y)))].sort((a, b) => b - a);
    const rows = baselines.filter((y, i) => i === 0 || baselines[i - 1]! - y > 2);
    // A note number set as a superscript sits a little above its line: part of that line, not one of its own.
    const lines = rows.filter((y) => !itemsOn(y).every((item) => /^[\d,\s]*$/.test(item.str)) || !rows.some((other) => other < y && y - other < 8));
    const lowest = lines.at(-1) ?? areaTop;
    const text = lines.map((y) => itemsOn(y).sort((a, b) => a.x - b.x).map((item) => item.str).join(' ')).join('\n');
    return { lines: lines.length, emptyBelow: Math.max(0, (lowest - bottom) / (areaTop - bottom)), text };
  });
}
