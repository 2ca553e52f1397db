import path from 'node:path';
import { confirmSource, decide, editCandidate, mergeCandidates, splitCandidate } from '../../core/editing/import-review';
import { ImportSessions } from '../../core/editing/import-sessions';
import { importBytes, importFile, type ImportOptions } from '../../core/importer/import-source';
import type { HandlerTable } from '../dispatch';
import type { HandlerContext } from '../handlers';

type ImportChannels =
  | 'import:open-file'
  | 'import:open-dropped'
  | 'import:confirm-source'
  | 'import:decide'
  | 'import:edit'
  | 'import:merge'
  | 'import:split'
  | 'import:commit'
  | 'import:discard';

/**
 * Importing an article through the review queue: main reads the file (one the analyst chose in
 * main's own dialog, or the bytes of one dropped on the window), holds the draft in memory while
 * the analyst confirms the source and decides on each candidate, and adds what was accepted in
 * one store update.
 */
export function importHandlers(context: HandlerContext): Pick<HandlerTable, ImportChannels> {
  const { store } = context;
  const sessions = new ImportSessions(store);
  const options = (): ImportOptions => ({ topics: store.data.topics, today: context.now() });

  return {
    'import:open-file': async () => {
      const file = await context.chooseFileToImport();
      if (!file) return { canceled: true };
      return { canceled: false, draft: sessions.open(await importFile(file, options())) };
    },
    // The name only picks the format and labels messages; folders in it mean nothing here.
    'import:open-dropped': async ({ name, bytes }) => sessions.open(await importBytes(bytes, path.basename(name), options())),

    'import:confirm-source': async ({ draftId, fields }) => sessions.change(draftId, (draft) => confirmSource(draft, fields)),
    'import:decide': async ({ draftId, key, decision }) => sessions.change(draftId, (draft) => decide(draft, key, decision)),
    'import:edit': async ({ draftId, key, fields }) =>
      sessions.change(draftId, (draft, library) => editCandidate(draft, key, fields, library.topics)),
    'import:merge': async ({ draftId, first, second }) => sessions.change(draftId, (draft) => mergeCandidates(draft, first, second)),
    'import:split': async ({ draftId, key, at }) => sessions.change(draftId, (draft) => splitCandidate(draft, key, at)),

    'import:commit': async ({ draftId }) => sessions.commit(draftId, context.now()),
    'import:discard': async ({ draftId }) => sessions.discard(draftId),
  };
}
