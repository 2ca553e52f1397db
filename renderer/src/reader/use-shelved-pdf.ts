import { useEffect, useState } from 'react';
import type { ApiErrorInfo } from '../../../main/api';
import { call, describeFailure } from '../api';
import { openPdf, type PdfDocument } from '../shared/pdf/pdf-document';
import type { Size } from './zoom';

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
  useEffect(() => {
    let live = true;
    let opened: PdfDocument | undefined;
    setState({ status: 'loading' });
    call('readShelved', { id })
      .then(async (result) => {
        if (result.status === 'missing') return { status: 'missing' as const, file: result.file };
        opened = await openPdf(result.pdf);
        const { width, height } = (await opened.getPage(1)).getViewport({ scale: 1 });
        return { status: 'ready' as const, document: opened, pageSize: { width, height }, changed: result.changed };
      })
      .then(
        (loaded) => live && setState(loaded),
        (error: unknown) => live && setState({ status: 'failed', error: describeFailure(error) }),
      );
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [id, attempt]);
  return state;
}
