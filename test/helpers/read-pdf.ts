import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a reader of the PDF sees: text per page, outline titles, document info. */
export interface PdfContents {
  pageCount: number;
  /** Text of each page, whitespace collapsed to single spaces. */
  pages: string[];
  /** All pages' text joined by spaces. */
  text: string;
  /** Bookmark titles, depth-first. */
  outline: string[];
  info: Record<string, unknown>;
}

/** Reads a PDF back with pdf.js: the same library the app's preview and reader use. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
      pages.push(collapseSpace(text));
    }
    const outline: string[] = [];
    const walk = (items: { title: string; items: unknown[] }[] | null) => {
      for (const item of items ?? []) {
        outline.push(item.title);
        walk(item.items as typeof items);
      }
    };
    walk(await document.getOutline());
    const { info } = await document.getMetadata();
    return { pageCount: document.numPages, pages, text: pages.join(' '), outline, info: info as Record<string, unknown> };
  } finally {
    await document.destroy();
  }
}

/** Single spaces only, so text can be compared across the line breaks layout introduces. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
