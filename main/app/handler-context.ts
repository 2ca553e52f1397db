/**
 * What the IPC handlers need from the outside world, in a module of its own: each handler group
 * under handlers/ imports it, and handlers.ts imports them, so it cannot live there.
 */
import type { Events } from '../api';
import type { BriefingRenderer } from '../core/export-briefing';
import type { LibraryStore } from '../core/library';
import type { Paper } from '../core/model';
import type { RecordPageFinder } from '../core/library/search/worker/client';
import type { ResourceLayout } from '../core/resources';
import type { ExportFolders } from '../core/shelf';
import type { LayoutOptions } from '../core/use-cases/export-to-file';

/** What an open dialog offers: its title and button, where it starts, and which files it lists. */
export interface OpenFileOptions {
  title: string;
  buttonLabel: string;
  /** A folder (or file) to start in; the analyst's documents folder when left out. */
  defaultPath?: string;
  filters: { name: string; extensions: string[] }[];
}

/** What the handlers need from the outside world; Electron supplies it in the app, tests supply their own. */
export interface HandlerContext {
  store: LibraryStore;
  layout: ResourceLayout;
  /** The analyst's own templates (`<user data>/templates` in the app; a temp folder in tests). */
  templatesDir: string;
  /**
   * Lays out previews and exports: the export worker in the app, so main's event loop stays
   * free; in the handlers' own thread when left out (tests, the end-to-end harness).
   */
  renderBriefing?: BriefingRenderer;
  /**
   * The paper of the analyst's region, for briefings that pick none through templates that name
   * none: in the app, the system's as the command line reads it (`systemPaper`), so both agree on
   * one machine; left out, this process's.
   */
  localePaper?: Paper;
  /**
   * Finds the library's records for the window: the search worker in the app, so indexing and
   * searching a large library never block main; in the handlers' own thread when left out.
   */
  findRecordPage?: RecordPageFinder;
  /**
   * The folders the analyst exported into on this machine (kept outside the library): a
   * regenerated briefing is saved beside its original without asking only in one of them.
   * Left out, none is trusted and regenerating always asks where to save.
   */
  exportFolders?: ExportFolders;
  /** Shows the native save dialog; resolves to the chosen file, or undefined when the analyst cancels. */
  chooseExportFile(suggestedName: string): Promise<string | undefined>;
  /** Shows the native open dialog for a `.hbs` template to import; undefined on cancel. */
  chooseTemplateFile(): Promise<string | undefined>;
  /** Shows the native save dialog for exporting a template as `.hbs`; undefined on cancel. */
  chooseTemplateExportFile(suggestedName: string): Promise<string | undefined>;
  /** Shows the native open dialog for an article to import; resolves to the file, or undefined on cancel. */
  chooseFileToImport(): Promise<string | undefined>;
  /** Shows the native open dialog; resolves to the chosen file, or undefined when the analyst cancels. */
  chooseFileToOpen(options: OpenFileOptions): Promise<string | undefined>;
  openPath(file: string): Promise<void>;
  showInFolder(file: string): void;
  emit<E extends keyof Events>(event: E, payload: Events[E]): void;
  now(): Date;
}

/** How the handlers lay out PDFs: the app's templates and its export worker. */
export function layoutOptions({ layout, templatesDir, renderBriefing, localePaper }: HandlerContext): LayoutOptions {
  return { layout, templatesDir, render: renderBriefing, localePaper };
}
