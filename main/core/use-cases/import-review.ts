/**
 * Importing an article through the review queue: the article is read (a file the caller picked,
 * or bytes with a name), held as a draft while the analyst confirms the source and decides on
 * each candidate, and what was accepted is added in one store update. Every step is kept on disk
 * before it is answered, so an import left unfinished (the app quit or crashed) is offered
 * again, as it was left, the next time.
 *
 * `briefbook import` takes the same article reading (core/importer/import-source.ts) without the
 * review: it adds every candidate at once.
 */
import path from 'node:path';
import type { EditableLibrary } from '../editing/lookup';
import type { AddedImport } from '../importer/import-source';
import { ImportDraftFiles } from '../editing/import-draft-files';
import { ImportSessions, type ImportDraftView } from '../editing/import-sessions';
import { importBytes, importFile, type ImportOptions, type ImportResult } from '../importer/import-source';

/** Where the drafts of imports under review are kept: beside the library they are for. */
export function importDraftsFolder(libraryFile: string): string {
  return path.join(path.dirname(libraryFile), 'import-drafts');
}

/** A review step on one draft (core/editing/import-review.ts). */
export type ReviewStep = Parameters<ImportSessions['change']>[1];

/** The imports under review of one library, kept in its import drafts folder. */
export class ImportReview {
  private readonly sessions: ImportSessions;
  private readonly files: ImportDraftFiles;
  private restoring: Promise<string[]> | undefined;

  constructor(
    private readonly store: EditableLibrary & { readonly file: string },
    private readonly now: () => Date,
  ) {
    this.sessions = new ImportSessions(store);
    this.files = new ImportDraftFiles(importDraftsFolder(store.file));
  }

  /** Reads the article at `file` into a new draft. */
  openFile(file: string): Promise<ImportDraftView> {
    return this.open(() => importFile(file, this.options()));
  }

  /** Reads an article given as bytes; the name only picks the format and labels messages (folders in it mean nothing). */
  openBytes(name: string, bytes: Uint8Array): Promise<ImportDraftView> {
    return this.open(() => importBytes(bytes, path.basename(name), this.options()));
  }

  async change(id: string, step: ReviewStep): Promise<ImportDraftView> {
    await this.restored();
    return this.kept(this.sessions.change(id, step));
  }

  /** Adds the accepted candidates (and the source) to the library, and forgets the draft. */
  async commit(id: string): Promise<AddedImport> {
    await this.restored();
    const added = await this.sessions.commit(id, this.now());
    await this.files.remove(id);
    return added;
  }

  async discard(id: string): Promise<void> {
    await this.restored();
    this.sessions.discard(id);
    await this.files.remove(id);
  }

  /** The import left unfinished last, and kept drafts that could not be read. */
  async pending(): Promise<{ draft: ImportDraftView | undefined; problems: string[] }> {
    const problems = await this.restored();
    return { draft: this.sessions.latest(), problems };
  }

  private options(): ImportOptions {
    return { topics: this.store.data.topics, today: this.now() };
  }

  private async open(read: () => Promise<ImportResult>): Promise<ImportDraftView> {
    await this.restored();
    return this.kept(this.sessions.open(await read()));
  }

  /** The drafts kept from before, read once, before the first step. */
  private restored(): Promise<string[]> {
    this.restoring ??= this.files.loadAll().then(({ drafts, problems }) => {
      drafts.forEach((draft) => this.sessions.adopt(draft));
      return problems;
    });
    return this.restoring;
  }

  private async kept(view: ImportDraftView): Promise<ImportDraftView> {
    await this.files.save(this.sessions.draft(view.id));
    return view;
  }
}
