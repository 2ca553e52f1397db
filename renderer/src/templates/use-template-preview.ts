import { useMemo } from 'react';
import type { Briefing } from '../../../main/api';
import { call } from '../api';
import { briefingContent } from '../shared/briefing-content';
import { useLivePdf, type Preview } from '../shared/pdf/use-live-pdf';

/** Typing settles for this long before the PDF is rebuilt (the checker has reported by then). */
const PREVIEW_DEBOUNCE_MS = 600;

interface PreviewRequest {
  id: string;
  text: string;
  briefing: Briefing;
}

const previewTemplate = (request: PreviewRequest) => call('previewTemplate', request);

/**
 * The current briefing as the template being edited prints it, unsaved text included: the
 * same pipeline as export. A text that does not render keeps the last good pages on screen,
 * with the reason above them.
 */
export function useTemplatePreview(briefing: Briefing, id: string | undefined, text: string | undefined): Preview {
  const request = useMemo(() => (id !== undefined && text !== undefined ? { id, text, briefing } : undefined), [id, text, briefing]);
  const content = request ? JSON.stringify([request.id, request.text, briefingContent(briefing)]) : undefined;
  return useLivePdf(content, request, previewTemplate, PREVIEW_DEBOUNCE_MS);
}
