/**
 * pdf.js set up for the sandboxed renderer: the worker is a bundled local file (the CSP allows
 * no remote scripts) and font programs are never compiled with eval (script-src has no
 * 'unsafe-eval').
 */
import { getDocument, GlobalWorkerOptions, RenderingCancelledException, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type PdfDocument = PDFDocumentProxy;

/** Opens PDF bytes for rendering; pdf.js takes ownership of `bytes`. */
export function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  return getDocument({ data: bytes, isEvalSupported: false, enableXfa: false }).promise;
}

/** A render that was cancelled because a newer one replaced it: not an error worth showing. */
export function isCancelledRender(error: unknown): boolean {
  return error instanceof RenderingCancelledException;
}
