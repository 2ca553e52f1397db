import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import type { PdfDocument } from '../shared/pdf/pdf-document';
import type { TextRun } from './find-text';

/** A page's text as pdf.js extracts it, and as runs the search reads. */
export interface PageText {
  /** What pdf.js's TextLayer draws from. */
  content: TextContent;
  /** One run per text item, in the order of the text layer's spans. */
  runs: TextRun[];
}

// Each page's text is extracted once per document: the search and the text layer share it.
const cache = new WeakMap<PdfDocument, Map<number, Promise<PageText>>>();

/** The text of page `pageNumber` of `document`. */
export function pageText(document: PdfDocument, pageNumber: number): Promise<PageText> {
  let pages = cache.get(document);
  if (!pages) {
    pages = new Map();
    cache.set(document, pages);
  }
  let text = pages.get(pageNumber);
  if (!text) {
    text = extract(document, pageNumber);
    pages.set(pageNumber, text);
  }
  return text;
}

async function extract(document: PdfDocument, pageNumber: number): Promise<PageText> {
  const page = await document.getPage(pageNumber);
  const content = await page.getTextContent();
  const viewport = page.getViewport({ scale: 1 });
  // Marked-content items carry no text and get no span in the text layer.
  const items = content.items.filter((item): item is TextItem => 'str' in item);
  const runs = items.map((item) => {
    const [, , c, d, x, y] = item.transform as number[];
    const fontHeight = Math.hypot(c!, d!);
    return { str: item.str, hasEOL: item.hasEOL, top: viewport.convertToViewportPoint(x!, y! + fontHeight)[1]! };
  });
  return { content, runs };
}
