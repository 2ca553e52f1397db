import { useEffect, useRef, useState } from 'react';
import type { ApiErrorInfo, Briefing } from '../../../main/api';
import { call, describeFailure } from '../api';
import { briefingContent } from '../briefing/briefing-content';
import { openPdf, type PdfDocument } from '../preview/pdf-document';
import type { Preview } from '../preview/use-preview';
import { useDebouncedValue } from '../shared/use-debounced-value';

/** Typing settles for this long before the PDF is rebuilt (the checker has reported by then). */
const PREVIEW_DEBOUNCE_MS = 600;

interface PreviewRequest {
  id: string;
  text: string;
  briefing: Briefing;
}

/**
 * The current briefing as the template being edited prints it, unsaved text included: the
 * same pipeline as export. A text that does not render keeps the last good pages on screen,
 * with the reason above them.
 */
export function useTemplatePreview(briefing: Briefing, id: string | undefined, text: string | undefined): Preview {
  const wanted = id !== undefined && text !== undefined ? JSON.stringify([id, text, briefingContent(briefing)]) : undefined;
  const settled = useDebouncedValue(wanted, PREVIEW_DEBOUNCE_MS);
  const [shown, setShown] = useState<{ content: string; document: PdfDocument }>();
  const [failed, setFailed] = useState<{ content: string; error: ApiErrorInfo }>();
  const latest = useRef<string>(undefined);
  const current = useRef<PreviewRequest>(undefined);
  useEffect(() => {
    current.current = id !== undefined && text !== undefined ? { id, text, briefing } : undefined;
  }, [id, text, briefing]);

  useEffect(() => {
    const request = current.current;
    if (settled === undefined || !request) return;
    latest.current = settled;
    call('previewTemplate', request)
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
