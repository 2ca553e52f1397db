import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a reader of the PDF gets back: text per page, metadata, bookmarks, links and fonts. */
export interface ReadBackPdf {
  numPages: number;
  /** Each page's text, whitespace collapsed to single spaces (extraction splits lines anywhere). */
  pages: string[];
  /** Each page's text runs with their position in points (PDF coordinates: y runs upwards). */
  items: Array<Array<{ str: string; x: number; y: number; width: number }>>;
  sizes: Array<{ width: number; height: number }>;
  info: Record<string, unknown>;
  /** Bookmark titles, top level, in order; empty when the PDF has none. */
  outline: string[];
  /** Link targets per page: URLs and named destinations. */
  links: Array<Array<{ url?: string; dest?: string }>>;
  /** Where each link is clickable, in the order of `links`: [x1, y1, x2, y2] in points. */
  linkRects: Array<Array<[number, number, number, number]>>;
  /** Named destinations that exist in the document. */
  destinations: string[];
  /** Embedded font names, subset prefix removed, e.g. "PTSerif-Regular". */
  fonts: string[];
}

/** Whitespace-insensitive form of text, for comparing with what a PDF gives back. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads a PDF back with pdf.js, the library the app previews with. */
export async function readPdf(bytes: Uint8Array): Promise<ReadBackPdf> {
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const runs: ReadBackPdf['items'] = [];
    const sizes: ReadBackPdf['sizes'] = [];
    const links: ReadBackPdf['links'] = [];
    const linkRects: ReadBackPdf['linkRects'] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const { items } = await page.getTextContent();
      const textItems = items.filter((item) => 'str' in item);
      pages.push(normalize(textItems.map((item) => item.str + (item.hasEOL ? ' ' : '')).join('')));
      runs.push(textItems.map((item) => ({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width })));
      const [left, bottom, right, top] = page.view as [number, number, number, number];
      sizes.push({ width: right - left, height: top - bottom });
      const annotations = (await page.getAnnotations()) as Array<{ subtype: string; url?: string; unsafeUrl?: string; dest?: unknown; rect: [number, number, number, number] }>;
      const linkAnnotations = annotations.filter((annotation) => annotation.subtype === 'Link');
      links.push(linkAnnotations.map((annotation) => (typeof annotation.dest === 'string' ? { dest: annotation.dest } : { url: annotation.url ?? annotation.unsafeUrl })));
      linkRects.push(linkAnnotations.map((annotation) => annotation.rect));
    }
    const outline = ((await doc.getOutline()) ?? []).map((item) => item.title);
    const { info } = await doc.getMetadata();
    const destinations = Object.keys((await doc.getDestinations()) as Record<string, unknown>);
    const fonts = [...new Set([...Buffer.from(bytes).toString('latin1').matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((match) => match[1]!))].sort();
    return { numPages: doc.numPages, pages, items: runs, sizes, info: info as Record<string, unknown>, outline, links, linkRects, destinations, fonts };
  } finally {
    await doc.destroy();
  }
}
