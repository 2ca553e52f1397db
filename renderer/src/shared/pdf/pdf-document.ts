/**
 * pdf.js set up for the sandboxed renderer, offline by construction: the worker, the CMaps,
 * the standard font data and the WebAssembly image decoders are local files of the app (the
 * worker bundled by Vite, the data files copied beside the page by vite.config.ts), so no PDF,
 * however old or unusual its fonts, makes pdf.js reach for a network. Font programs are never
 * compiled with eval (script-src has no 'unsafe-eval').
 */
import { getDocument, GlobalWorkerOptions, RenderingCancelledException, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** pdf.js's data files, beside the page (see PDFJS_DATA_FOLDER in vite.config.ts). */
const dataFolder = new URL('pdfjs/', document.baseURI).href;

export type PdfDocument = PDFDocumentProxy;

/** Opens PDF bytes for rendering; pdf.js takes ownership of `bytes`. */
export function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  return getDocument({
    data: bytes,
    isEvalSupported: false,
    enableXfa: false,
    cMapUrl: `${dataFolder}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${dataFolder}standard_fonts/`,
    wasmUrl: `${dataFolder}wasm/`,
    iccUrl: `${dataFolder}iccs/`,
  }).promise;
}

/** A render that was cancelled because a newer one replaced it: not an error worth showing. */
export function isCancelledRender(error: unknown): boolean {
  return error instanceof RenderingCancelledException;
}
