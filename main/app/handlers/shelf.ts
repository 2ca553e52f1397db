import { existsSync } from 'node:fs';
import path from 'node:path';
import { EditError } from '../../core/editing/errors';
import { calendarDateProblem, type ShelfEntry } from '../../core/model';
import {
  checkShelvedPdf,
  currentRequest,
  freeVersionFile,
  nextVersion,
  readShelvedPdf,
  sha256Hex,
  supersededVersion,
  ShelvedFileError,
  versionFile,
} from '../../core/shelf';
import { exportToFile } from '../../core/use-cases/export-to-file';
import { addPdfToShelf, relocateShelved } from '../../core/use-cases/shelf-files';
import { describeShelfEntry as shelfItem, listShelfItems, shelvedStaleness } from '../../core/use-cases/shelf-listing';
import { NotFoundError } from '../../core/errors';
import type { GroupHandlers } from '../dispatch';
import { layoutOptions, type HandlerContext, type OpenFileOptions } from '../handler-context';

const PDF_FILES: OpenFileOptions['filters'] = [{ name: 'PDF document', extensions: ['pdf'] }];

/**
 * The reading room: the shelf of finished briefings and added PDFs, reading one (main reads the
 * file; the renderer only names a shelf entry), whether an export is out of date, regenerating
 * it as a new version beside the old, finding a moved file again, and the page last read.
 * Removing a document takes it off the shelf only (its file stays), and can be taken back
 * while the app runs.
 *
 * A shelf entry's file is not trusted as a path (the library may be synced or edited by hand):
 * it is read, opened or shown only when it is a regular PDF file (core/shelf/shelved-pdf.ts),
 * and a new version is written beside it only in a folder the analyst exported into.
 */
export function shelfHandlers(context: HandlerContext): GroupHandlers<'shelf'> {
  // Staleness composes exports' briefings: a rule's text search is asked of the search worker (when there is one).
  const { store, findRecordPage } = context;
  /** Entries taken off the shelf in this run, for Undo. */
  const removed = new Map<string, ShelfEntry>();

  const findEntry = (id: string): ShelfEntry => {
    const entry = store.data.shelf.find((e) => e.id === id);
    if (!entry) throw new NotFoundError(`Nothing on the shelf has the id "${id}"; it may have been replaced by a newer export to the same file.`);
    return entry;
  };

  /** The file of a shelf entry, which must still be where the shelf last found it, and be a PDF. */
  const requirePdf = async (id: string): Promise<string> => {
    const { file } = findEntry(id);
    await checkShelvedPdf(file);
    return file;
  };

  return {
    'shelf:list': async () => listShelfItems(store.data, findRecordPage),

    'shelf:add-file': async () => {
      const file = await context.chooseFileToOpen({ title: 'Add a PDF to the reading room', buttonLabel: 'Add', filters: PDF_FILES });
      if (!file) return { status: 'canceled' };
      return addPdfToShelf(store, file, context.now(), findRecordPage);
    },

    'shelf:read': async ({ id }) => {
      const entry = findEntry(id);
      let bytes: Uint8Array;
      try {
        bytes = await readShelvedPdf(entry.file);
      } catch (error) {
        if (error instanceof ShelvedFileError && error.missing) return { status: 'missing', file: entry.file };
        throw error;
      }
      return { status: 'found', pdf: new Uint8Array(bytes), changed: sha256Hex(bytes) !== entry.sha256 };
    },

    'shelf:staleness': async ({ id }) => (await shelvedStaleness(store.data, findEntry(id), findRecordPage)) ?? null,

    'shelf:regenerate': async ({ id }) => {
      const entry = findEntry(id);
      if (entry.origin.kind !== 'export') {
        throw new EditError('conflict', `“${entry.title}” was not exported by Briefbook, so it cannot be regenerated.`);
      }
      const request = currentRequest(store.data, entry)!;
      // Exports made before dates were checked may carry a date that is no day; printing it again would repeat the mistake.
      const dateProblem = calendarDateProblem(request.date);
      if (dateProblem) {
        throw new EditError(
          'invalid',
          `“${entry.title}” cannot be regenerated with the date it was exported with: ${dateProblem}. Open the briefing, set its date and save it, then regenerate.`,
        );
      }
      const target = await regenerationTarget(context, entry.file, entry.origin.briefingId);
      if (target.status !== 'chosen') return target;
      const { version, file, chosenInDialog } = target;
      const library = store.data;
      const briefing = {
        ...request,
        id: entry.origin.briefingId,
        // Its first page and metadata say which version it is and which one it replaces.
        version,
        supersedes: supersededVersion(library.shelf, entry.origin.briefingId, version),
      };
      const regenerated = await exportToFile({
        ...layoutOptions(context),
        library,
        briefing,
        findRecordPage,
        file,
        version,
        at: context.now(),
        shelf: store,
        whenNotShelved: 'fail',
        exportFolders: chosenInDialog ? context.exportFolders : undefined,
      });
      return { status: 'regenerated', item: await shelfItem(regenerated.library, regenerated.entry!, findRecordPage) };
    },

    'shelf:relocate': async ({ id }) => {
      const entry = findEntry(id);
      const file = await context.chooseFileToOpen({
        title: `Find “${entry.title}”`,
        buttonLabel: 'Relocate',
        defaultPath: path.dirname(entry.file),
        filters: PDF_FILES,
      });
      if (!file) return { status: 'canceled' };
      return relocateShelved(store, entry, file, findRecordPage);
    },

    'shelf:remember-page': async ({ id, page }) => {
      const entry = findEntry(id);
      const lastPage = Math.min(page, entry.pages);
      if (lastPage === entry.lastPage) return;
      await store.update((draft) => {
        const found = draft.shelf.find((e) => e.id === id);
        if (found) found.lastPage = lastPage;
      });
    },

    // In the system's own PDF viewer (to print it, say), or shown in the file manager.
    'shelf:open-external': async ({ id }) => context.openPath(await requirePdf(id)),
    'shelf:reveal': async ({ id }) => context.showInFolder(await requirePdf(id)),

    'shelf:remove': async ({ id }) => {
      const entry = findEntry(id);
      await store.update((draft) => {
        draft.shelf = draft.shelf.filter((e) => e.id !== id);
      });
      removed.set(id, entry);
    },

    'shelf:put-back': async ({ id }) => {
      const entry = removed.get(id);
      if (!entry) throw new NotFoundError('That document can no longer be put back on the shelf; add its file again with File > Open PDF….');
      if (store.data.shelf.some((e) => path.resolve(e.file) === path.resolve(entry.file))) {
        throw new EditError('conflict', `${entry.file} is on the shelf again already (a newer export or an added copy), so the old entry was not put back.`);
      }
      await store.update((draft) => {
        draft.shelf.push(entry);
      });
      removed.delete(id);
      return shelfItem(store.data, entry, findRecordPage);
    },
  };
}

type RegenerationTarget =
  | { status: 'chosen'; version: number; file: string; chosenInDialog: boolean }
  | { status: 'missing'; file: string }
  | { status: 'canceled' };

/**
 * Where the new version of a briefing exported to `original` goes: beside it when the original
 * is still a PDF in a folder the analyst exported into on this machine; otherwise wherever the
 * analyst says in the save dialog (a shelf entry naming some other folder cannot choose where
 * Briefbook writes).
 */
async function regenerationTarget(context: HandlerContext, original: string, briefingId: string): Promise<RegenerationTarget> {
  const version = nextVersion(context.store.data.shelf, briefingId);
  const isPdf = await checkShelvedPdf(original).then(
    () => true,
    (error: unknown) => {
      if (error instanceof ShelvedFileError) return error.missing ? undefined : false;
      throw error;
    },
  );
  if (isPdf === undefined) return { status: 'missing', file: original };
  if (isPdf && (await context.exportFolders?.holds(original))) {
    return { status: 'chosen', ...freeVersionFile(original, version, existsSync), chosenInDialog: false };
  }
  const file = await context.chooseExportFile(path.basename(versionFile(original, version)));
  return file ? { status: 'chosen', version, file, chosenInDialog: true } : { status: 'canceled' };
}
