import { ApiError } from '../api';
import { openPdf } from '../preview/pdf-document';

/**
 * A PDF's document title (empty when it has none) and page count, read with the pdf.js the
 * reader draws with. Rejects with an `ApiError` in the analyst's words when pdf.js cannot open
 * the bytes (not a PDF, damaged, or protected by a password).
 */
export async function readPdfFacts(bytes: Uint8Array, file: string): Promise<{ title: string; pages: number }> {
  let document;
  try {
    document = await openPdf(bytes);
  } catch (error) {
    const reason = (error as { name?: string }).name === 'PasswordException' ? 'it is protected by a password' : (error as Error).message;
    throw new ApiError({
      code: 'invalid-request',
      message: `${file} is not a PDF Briefbook can read: ${reason}.`,
      hint: 'Choose another file; nothing was added to the shelf.',
    });
  }
  try {
    const { info } = await document.getMetadata();
    const title = (info as Record<string, unknown> | undefined)?.Title;
    return { title: typeof title === 'string' ? title : '', pages: document.numPages };
  } finally {
    await document.destroy();
  }
}
