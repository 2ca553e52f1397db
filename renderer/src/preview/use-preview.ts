import { useEffect, useRef, useState } from 'react';
import type { ApiErrorInfo, Briefing } from '../../../main/api';
import { call, describeFailure } from '../api';
import { briefingContent } from '../briefing/briefing-content';
import { useLibraryRevision } from '../editing/library-revision';
import { useDebouncedValue } from '../shared/use-debounced-value';
import { openPdf, type PdfDocument } from './pdf-document';

/** Edits settle for this long before the PDF is rebuilt. */
const PREVIEW_DEBOUNCE_MS = 400;

export interface Preview {
  /** The newest PDF that rendered; kept while a newer one is on its way. */
  document: PdfDocument | undefined;
  pageCount: number;
  /** The briefing has changed since `document` was made. */
  updating: boolean;
  /** Why the newest version could not be made (the old pages stay). */
  error: ApiErrorInfo | undefined;
}

/** The real PDF of `briefing`, made by the same path as export, rebuilt as the briefing changes. */
export function usePreview(briefing: Briefing | undefined): Preview {
  // The PDF depends on what the briefing says, not on when it was saved, and on the library's records.
  const revision = useLibraryRevision();
  const wanted = briefing ? `${briefingContent(briefing)}@${revision}` : undefined;
  const settled = useDebouncedValue(wanted, PREVIEW_DEBOUNCE_MS);
  const [shown, setShown] = useState<{ content: string; document: PdfDocument }>();
  const [failed, setFailed] = useState<{ content: string; error: ApiErrorInfo }>();
  const latest = useRef<string>(undefined);
  // The request carries the whole briefing (timestamps included: the schema requires them).
  const current = useRef(briefing);
  useEffect(() => {
    current.current = briefing;
  }, [briefing]);

  useEffect(() => {
    const request = current.current;
    if (settled === undefined || !request) return;
    latest.current = settled;
    call('previewBriefing', request)
      .then((result) => openPdf(result.pdf))
      .then(
        (document) => {
          if (latest.current === settled) setShown({ content: settled, document });
          else void document.destroy();
        },
        (error: unknown) => {
          if (latest.current === settled) setFailed({ content: settled, error: describeFailure(error) });
        },
      );
  }, [settled]);

  // A document is destroyed once a newer one has replaced it on screen.
  const document = shown?.document;
  useEffect(() => () => void document?.destroy(), [document]);

  const error = failed && failed.content === wanted ? failed.error : undefined;
  return {
    document,
    pageCount: document?.numPages ?? 0,
    updating: wanted !== undefined && shown?.content !== wanted && !error,
    error,
  };
}
