/** What the shelf shows of a PDF it did not make: its title, when it has one, and its length. */
export interface PdfFacts {
  title: string | undefined;
  pages: number;
}

/**
 * Reads a PDF's document title and page count with pdf.js (the library the reader renders
 * with, so a file it accepts here is one the reader can show; the importer reads PDFs with it
 * in the main process too). Rejects with pdf.js's reason when the bytes are not a PDF it can open.
 */
export async function readPdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 })
    .promise;
  try {
    const { info } = await pdf.getMetadata();
    const raw = (info as Record<string, unknown> | undefined)?.Title;
    const title = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
    return { title: title || undefined, pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}
