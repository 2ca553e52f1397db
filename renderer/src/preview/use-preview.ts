import type { Briefing } from '../../../main/api';
import { call } from '../api';
import { briefingContent } from '../shared/briefing-content';
import { useLibraryRevision } from '../shared/library-revision';
import { useLivePdf, type Preview } from '../shared/pdf/use-live-pdf';

export type { Preview } from '../shared/pdf/use-live-pdf';

/** Edits settle for this long before the PDF is rebuilt. */
const PREVIEW_DEBOUNCE_MS = 400;

const previewBriefing = (briefing: Briefing) => call('previewBriefing', briefing);

/** The real PDF of `briefing`, made by the same path as export, rebuilt as the briefing changes. */
export function usePreview(briefing: Briefing | undefined): Preview {
  // The PDF depends on what the briefing says, not on when it was saved, and on the library's records.
  // The request carries the whole briefing (timestamps included: the schema requires them).
  const revision = useLibraryRevision();
  const content = briefing ? `${briefingContent(briefing)}@${revision}` : undefined;
  return useLivePdf(content, briefing, previewBriefing, PREVIEW_DEBOUNCE_MS);
}
