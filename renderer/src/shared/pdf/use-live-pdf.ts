import { useEffect, useRef, useState } from 'react';
import type { ApiErrorInfo } from '../../../../main/api';
import { describeFailure } from '../../api';
import { useDebouncedValue } from '../use-debounced-value';
import { openPdf, type PdfDocument } from './pdf-document';
import { useRequestEffect } from '../use-request-effect';

export interface Preview {
  /** The newest PDF that rendered; kept while a newer one is on its way. */
  document: PdfDocument | undefined;
  pageCount: number;
  /** What the PDF shows has changed since `document` was made. */
  updating: boolean;
  /** Why the newest version could not be made (the old pages stay). */
  error: ApiErrorInfo | undefined;
}

/**
 * A PDF kept in step with what it shows: once `content` (a string that changes exactly when the
 * PDF would) has settled for `debounceMs`, `makePdf(request)` is asked for new bytes. Answers to
 * superseded requests are dropped, and a failure keeps the last good pages with the reason.
 */
export function useLivePdf<Request>(
  content: string | undefined,
  request: Request | undefined,
  makePdf: (request: Request) => Promise<{ pdf: Uint8Array }>,
  debounceMs: number,
): Preview {
  const settled = useDebouncedValue(content, debounceMs);
  const [shown, setShown] = useState<{ content: string; document: PdfDocument }>();
  const [failed, setFailed] = useState<{ content: string; error: ApiErrorInfo }>();
  // The newest request and maker, read when the content settles (not a reason to rebuild).
  const current = useRef({ request, makePdf });
  useEffect(() => {
    current.current = { request, makePdf };
  }, [request, makePdf]);

  useRequestEffect(
    () => {
      const { request: wanted, makePdf: make } = current.current;
      if (settled === undefined || wanted === undefined) return undefined;
      return make(wanted)
        .then((result) => openPdf(result.pdf))
        .then((document) => ({ content: settled, document }));
    },
    [settled],
    {
      onResult: (made) => setShown(made),
      onError: (error) => settled !== undefined && setFailed({ content: settled, error: describeFailure(error) }),
      // A PDF made for content that has since changed is never shown.
      onStale: (superseded) => void superseded.document.destroy(),
    },
  );

  // A document is destroyed once a newer one has replaced it on screen.
  const document = shown?.document;
  useEffect(() => () => void document?.destroy(), [document]);

  const error = failed && failed.content === content ? failed.error : undefined;
  return {
    document,
    pageCount: document?.numPages ?? 0,
    updating: content !== undefined && shown?.content !== content && !error,
    error,
  };
}
