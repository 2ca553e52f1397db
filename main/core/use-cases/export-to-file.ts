import type { EditableLibrary } from '../editing/lookup';
import { exportBriefing, type BriefingRenderer, type ExportedBriefing } from '../export-briefing';
import type { RecordPageFinder } from '../library/search/worker/client';
import type { Library, Paper, ShelfEntry } from '../model';
import type { ResourceLayout } from '../resources';
import { saveUserFile } from '../save-user-file';
import { exportShelfEntry, shelve, type ExportFacts, type ExportFolders } from '../shelf';

/** Where the PDF is laid out: the templates it may use and the renderer (the app's export worker, or this thread). */
export interface LayoutOptions {
  layout?: ResourceLayout;
  templatesDir?: string;
  render?: BriefingRenderer;
  /** The paper of the analyst's region, for a briefing and template that name none; default: this system's. */
  localePaper?: Paper;
}

export interface ExportToFileRequest extends LayoutOptions {
  /** The library the briefing is composed from, and whose shelf records what it printed. */
  library: Library;
  briefing: ExportFacts['briefing'];
  /** Finds the records of a rule with a text search (the app's search worker); in this thread when left out. */
  findRecordPage?: RecordPageFinder;
  file: string;
  at: Date;
  /**
   * The store to put the export on the shelf of (its briefing's export history too); left out,
   * the PDF is only written.
   */
  shelf?: EditableLibrary;
  /** The version the shelf records; the briefing's next one when left out. */
  version?: number;
  /**
   * What a shelf that cannot be changed does: fail the export (the command line, which was asked
   * to shelve it), or be reported beside the PDF written (the app: a finished PDF is not a failure).
   */
  whenNotShelved: 'fail' | 'report';
  /** Set when the analyst chose this folder: a regenerated version may later be saved beside the file without asking. */
  exportFolders?: Pick<ExportFolders, 'remember'>;
  /** Told when the PDF is laid out and about to be written, and once it is written. */
  progress?(stage: 'writing' | 'written'): void;
}

export interface FileExport {
  exported: ExportedBriefing;
  /** The shelf's record of the export, when it was shelved. */
  entry?: ShelfEntry;
  /** The library after shelving, or the one the briefing was composed from. */
  library: Library;
  /** Why the export is not on the shelf, when the shelf could not be changed and that was only to be reported. */
  notShelved?: string;
}

/**
 * Export a briefing to a file and put it on the reading room's shelf: the one path for the
 * window's export, the shelf's regenerate, and `briefbook export`. The PDF is laid out from
 * `library`, written to `file`, the folder remembered when the analyst chose it, and the export
 * recorded on the shelf of the same library it was composed from.
 */
export async function exportToFile(request: ExportToFileRequest): Promise<FileExport> {
  const { library, briefing, file, shelf } = request;
  const exported = await exportBriefing(library, briefing, request);
  request.progress?.('writing');
  await saveUserFile(file, exported.bytes);
  request.progress?.('written');
  await request.exportFolders?.remember(file);
  if (!shelf) return { exported, library };
  const entry = exportShelfEntry(library, { briefing, ...exported, file, at: request.at, version: request.version });
  try {
    return { exported, entry, library: await shelf.update((draft) => shelve(draft, entry)) };
  } catch (error) {
    if (request.whenNotShelved === 'fail') throw error;
    return { exported, library, notShelved: error instanceof Error ? error.message : String(error) };
  }
}
