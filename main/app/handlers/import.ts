import { confirmSource, decide, editCandidate, mergeCandidates, splitCandidate } from '../../core/editing/import-review';
import { ImportReview } from '../../core/use-cases/import-review';
import type { GroupHandlers } from '../dispatch';
import type { HandlerContext } from '../handler-context';

/**
 * Importing an article through the review queue (core/use-cases/import-review.ts): main reads
 * the file the analyst chose in main's own dialog, or the bytes of one dropped on the window.
 */
export function importHandlers(context: HandlerContext): GroupHandlers<'import'> {
  const review = new ImportReview(context.store, context.now);

  return {
    'import:open-file': async () => {
      const file = await context.chooseFileToImport();
      if (!file) return { canceled: true };
      return { canceled: false, draft: await review.openFile(file) };
    },
    'import:open-dropped': async ({ name, bytes }) => review.openBytes(name, bytes),

    'import:confirm-source': ({ draftId, fields }) => review.change(draftId, (draft) => confirmSource(draft, fields)),
    'import:decide': ({ draftId, key, decision }) => review.change(draftId, (draft) => decide(draft, key, decision)),
    'import:edit': ({ draftId, key, fields }) => review.change(draftId, (draft, library) => editCandidate(draft, key, fields, library.topics)),
    'import:merge': ({ draftId, first, second }) => review.change(draftId, (draft) => mergeCandidates(draft, first, second)),
    'import:split': ({ draftId, key, at }) => review.change(draftId, (draft) => splitCandidate(draft, key, at)),

    'import:commit': async ({ draftId }) => review.commit(draftId),
    'import:discard': async ({ draftId }) => review.discard(draftId),
    'import:pending': async () => review.pending(),
  };
}
