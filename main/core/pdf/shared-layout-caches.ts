import pdfmakeDocumentModule, { type PdfmakeDocumentClass } from 'pdfmake/js/PDFDocument.js';
import type { LayoutCache } from './shaped-words';

const pdfmakeDocument: PdfmakeDocumentClass = 'default' in pdfmakeDocumentModule ? pdfmakeDocumentModule.default : pdfmakeDocumentModule;

/**
 * The words every document of this thread has shaped in the font file `file` (PDFKit's layout
 * cache, shared across documents by the shared-font-data patch): one object per file, which the
 * fonts of documents already made hold too.
 */
export function sharedLayoutCacheOf(file: string): LayoutCache {
  return pdfmakeDocument.sharedLayoutCache!(file) as LayoutCache;
}
