import { useState } from 'react';
import type { ApiErrorInfo } from '../../../main/api';
import { call, describeFailure } from '../api';
import { openPdf, type PdfDocument } from '../shared/pdf/pdf-document';
import type { Size } from './zoom';
import { useRequestEffect } from '../shared/use-request-effect';

export type ShelvedPdf =
  | { status: 'loading' }
  | { status: 'missing'; file: string }
  | { status: 'failed'; error: ApiErrorInfo }
  /** `changed`: the file is no longer the one shelved (edited or replaced outside Briefbook). */
  | { status: 'ready'; document: PdfDocument; pageSize: Size; changed: boolean };

/**
 * The shelved PDF `id`, read by main and opened with pdf.js. `attempt` reloads it when it
 * changes (after the file is relocated). The document is destroyed when it is replaced.
 */
export function useShelvedPdf(id: string, attempt: number): ShelvedPdf {
  const [state, setState] = useState<ShelvedPdf>({ status: 'loading' });
  useRequestEffect(
    (signal) => {
      setState({ status: 'loading' });
      return readShelvedPdf(id, signal);
    },
    [id, attempt],
    { onResult: setState, onError: (error) => setState({ status: 'failed', error: describeFailure(error) }) },
  );
  return state;
}

/** Reads and opens shelved PDF `id`; once `signal` aborts, the document is destroyed (shown or still opening). */
async function readShelvedPdf(id: string, signal: AbortSignal): Promise<ShelvedPdf> {
  const result = await call('readShelved', { id });
  if (result.status === 'missing') return { status: 'missing', file: result.file };
  const opened = await openPdf(result.pdf);
  if (signal.aborted) void opened.destroy();
  else signal.addEventListener('abort', () => void opened.destroy());
  const { width, height } = (await opened.getPage(1)).getViewport({ scale: 1 });
  return { status: 'ready', document: opened, pageSize: { width, height }, changed: result.changed };
}
