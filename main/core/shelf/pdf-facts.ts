import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { asMarking, markingAmong } from './handling-marking';

/** What the shelf shows of a PDF it did not make: its title and marking, when it has them, and its length. */
export interface PdfFacts {
  title: string | undefined;
  /** The handling marking the PDF carries, if it states one (see {@link readPdfFacts}). */
  marking: string | undefined;
  pages: number;
}

/** The share of the first page's height, from its top edge, searched for a marking banner. */
const BANNER_BAND = 0.15;

/**
 * Reads a PDF's document title, handling marking and page count with pdf.js (the library the
 * reader renders with, so a file it accepts here is one the reader can show; the importer reads
 * PDFs with it in the main process too). Rejects with pdf.js's reason when the bytes are not a
 * PDF it can open.
 *
 * The marking is, in order: the information dictionary's `Marking` key (Briefbook writes it,
 * and data-loss-prevention tools read it); the XMP usage terms or rights (Briefbook's own as
 * written, another's when they are a marking); a line at the top of the first page that is a
 * marking (the printed banner); a keyword that is one; the subject, or a part of it, that is one.
 */
export async function readPdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 })
    .promise;
  try {
    const { info: rawInfo, metadata } = await pdf.getMetadata();
    const info = (rawInfo ?? {}) as Record<string, unknown>;
    const custom = (info.Custom ?? {}) as Record<string, unknown>;
    const title = text(info.Title);
    const fromBriefbook = text(info.Creator) === 'Briefbook' || /Briefbook/.test(text(metadata?.get('xmp:creatortool')));
    const xmpMarkings = ['xmprights:usageterms', 'dc:rights'].map((name) => text(metadata?.get(name)));
    const marking =
      text(custom.Marking) ||
      xmpMarkings.map((stated) => (fromBriefbook ? stated : asMarking(stated))).find(Boolean) ||
      (await bannerMarking(pdf)) ||
      markingAmong(text(info.Keywords)) ||
      markingAmong(text(info.Subject));
    return { title: title || undefined, marking: marking || undefined, pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

/** A metadata value as one line of text; empty when it is not text. */
function text(value: unknown): string {
  const joined = Array.isArray(value) ? value.join(', ') : value;
  return typeof joined === 'string' ? joined.replace(/\s+/g, ' ').trim() : '';
}

/**
 * The first line at the top of the first page that is a marking, top down: the banner a
 * classified or TLP document prints above its text. Text items on one baseline make a line.
 */
async function bannerMarking(pdf: PDFDocumentProxy): Promise<string | undefined> {
  const page = await pdf.getPage(1);
  const [, bottom, , top] = page.view as [number, number, number, number];
  const edge = top - (top - bottom) * BANNER_BAND;
  const { items } = await page.getTextContent();
  const lines = new Map<number, TextItem[]>();
  for (const item of items) {
    if (!('str' in item) || !item.str.trim() || item.transform[5]! < edge) continue;
    const baseline = Math.round(item.transform[5]!);
    lines.set(baseline, [...(lines.get(baseline) ?? []), item]);
  }
  const topDown = [...lines].sort(([a], [b]) => b - a);
  for (const [, line] of topDown) {
    const marking = asMarking(
      line
        .sort((a, b) => a.transform[4]! - b.transform[4]!)
        .map((item) => item.str)
        .join(' '),
    );
    if (marking) return marking;
  }
  return undefined;
}
