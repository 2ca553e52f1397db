import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Page count of a PDF, read back with pdf.js (the library the app previews with). */
export async function countPages(bytes: Uint8Array): Promise<number> {
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    return document.numPages;
  } finally {
    await document.destroy();
  }
}
