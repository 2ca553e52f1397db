import { readFileSync } from 'node:fs';

/**
 * A font's natural line height in ems: (ascender − descender + line gap) / units per em, from
 * its `hhea` and `head` tables.
 *
 * pdfmake's `lineHeight` multiplies this natural height (PDFKit's `currentLineHeight`), while
 * CSS `line-height: 1.3` multiplies the font size. The print style sheet converts one into the
 * other with this factor, so both renderings set the same number of lines on a page.
 */
export function naturalLineHeight(ttfFile: string): number {
  const font = readFileSync(ttfFile);
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    tables.set(font.toString('latin1', entry, entry + 4), font.readUInt32BE(entry + 8));
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  if (head === undefined || hhea === undefined) throw new Error(`${ttfFile} has no head or hhea table`);
  const unitsPerEm = font.readUInt16BE(head + 18);
  const ascender = font.readInt16BE(hhea + 4);
  const descender = font.readInt16BE(hhea + 6);
  const lineGap = font.readInt16BE(hhea + 8);
  return (ascender - descender + lineGap) / unitsPerEm;
}
