import path from 'node:path';
import { confirmSource, decide, editCandidate, mergeCandidates, splitCandidate } from '../../core/editing/import-review';
import { ImportDraftFiles } from '../../core/editing/import-draft-files';
import { ImportSessions, type ImportDraftView } from '../../core/editing/import-sessions';
import { importBytes, importFile, type ImportOptions, type ImportResult } from '../../core/importer/import-source';
import type { GroupHandlers } from '../dispatch';
import type { HandlerContext } from '../handler-context';

/** Where the drafts of imports under review are kept: beside the library they are for. */
export function importDraftsFolder(libraryFile: string): string {
  return path.join(path.dirname(libraryFile), 'import-drafts');
}

/**
 * Importing an article through the review queue: main reads the file (one the analyst chose in
 * main's own dialog, or the bytes of one dropped on the window), holds the draft while the
 * analyst confirms the source and decides on each candidate, and adds what was accepted in one
 * store update. Every step is kept on disk before it is answered, so an import left unfinished
 * (the app quit or crashed) is offered again, as it was left, when the app next starts.
 */
export function importHandlers(context: HandlerContext): GroupHandlers<'import'> {
  const { store } = context;
  const sessions = new ImportSessions(store);
  const files = new ImportDraftFiles(importDraftsFolder(store.file));
  const options = (): ImportOptions => ({ topics: store.data.topics, today: context.now() });

  // The drafts kept from before are read once, before the first import step.
  let restoring: Promise<string[]> | undefined;
  const restored = () =>
    (restoring ??= files.loadAll().then(({ drafts, problems }) => {
      drafts.forEach((draft) => sessions.adopt(draft));
      return problems;
    }));
  const kept = async (view: ImportDraftView): Promise<ImportDraftView> => {
    await files.save(sessions.draft(view.id));
    return view;
  };
  const change = async (id: string, step: Parameters<ImportSessions['change']>[1]) => {
    await restored();
    return kept(sessions.change(id, step));
  };
  const open = async (read: () => Promise<ImportResult>) => {
    await restored();
    return kept(sessions.open(await read()));
  };

  return {
    'import:open-file': async () => {
      const file = await context.chooseFileToImport();
      if (!file) return { canceled: true };
      return { canceled: false, draft: await open(() => importFile(file, options())) };
    },
    // The name only picks the format and labels messages; folders in it mean nothing here.
    'import:open-dropped': async ({ name, bytes }) => open(() => importBytes(bytes, path.basename(name), options())),

    'import:confirm-source': ({ draftId, fields }) => change(draftId, (draft) => confirmSource(draft, fields)),
    'import:decide': ({ draftId, key, decision }) => change(draftId, (draft) => decide(draft, key, decision)),
    'import:edit': ({ draftId, key, fields }) => change(draftId, (draft, library) => editCandidate(draft, key, fields, library.topics)),
    'import:merge': ({ draftId, first, second }) => change(draftId, (draft) => mergeCandidates(draft, first, second)),
    'import:split': ({ draftId, key, at }) => change(draftId, (draft) => splitCandidate(draft, key, at)),

    'import:commit': async ({ draftId }) => {
      await restored();
      const added = await sessions.commit(draftId, context.now());
      await files.remove(draftId);
      return added;
    },
    'import:discard': async ({ draftId }) => {
      await restored();
      sessions.discard(draftId);
      await files.remove(draftId);
    },
    'import:pending': async () => {
      const problems = await restored();
      return { draft: sessions.latest(), problems };
    },
  };
}
