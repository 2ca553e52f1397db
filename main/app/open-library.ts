import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LibraryFileError, LibraryStore } from '../core/library';

/** The library the app runs on, and how it got it. */
export interface OpenedLibrary {
  store: LibraryStore;
  /**
   * Set when the analyst's own library could not be used. `store` is then a read-only session
   * over a temporary copy of the default library, and this says what is wrong with the file.
   * (A library that can be read but not written is used as it is: its store is read-only.)
   */
  unusable?: LibraryFileError;
  /** Removes the temporary copy, if there is one. Synchronous: it runs while the app quits. */
  close(): void;
}

/**
 * Opens the analyst's library `file`, created from `seedFile` on first run, so the app starts
 * even when that file is damaged.
 *
 * When `file` cannot be used (broken JSON, invalid or inconsistent contents, written by a newer
 * Briefbook, unreadable, too large, a link to a missing share) it is left exactly as it is: nothing reads it again or writes it in this
 * session. The app instead runs on a copy of the shipped default library in a fresh temp folder,
 * and that store refuses every change with the original error, so an analyst who tries to save
 * is told why instead of losing work into a copy that vanishes at quit. The copy keeps the
 * shipped seed itself untouchable whatever a handler does. A broken seed is not recoverable
 * here (the installation is damaged): that error is thrown.
 */
export async function openLibrary(file: string, seedFile: string): Promise<OpenedLibrary> {
  try {
    return { store: await LibraryStore.open(file, { seedFile }), close: () => undefined };
  } catch (error) {
    if (!(error instanceof LibraryFileError) || path.resolve(error.file) !== path.resolve(file)) throw error;
    const folder = await mkdtemp(path.join(os.tmpdir(), 'briefbook-default-library-'));
    try {
      const store = await LibraryStore.open(path.join(folder, 'library.json'), { seedFile });
      // Every writer, today's handlers and any added later, fails with the reason, and the
      // window shows it in its read-only banner.
      store.refuseChanges(error);
      return { store, unusable: error, close: () => rmSync(folder, { recursive: true, force: true }) };
    } catch (seedError) {
      await rm(folder, { recursive: true, force: true });
      throw seedError;
    }
  }
}
