import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { Adapter } from 'lowdb';
import type { Library } from '../model';
import { writeStamp } from './checked-stamp';
import { LibraryChangeError, LibraryFileError } from './errors';
import { checkLibrary, loadLibraryFile, readLibraryFile } from './library-file';
import { removeStaleTempFiles, writeFileDurably } from './safe-write';

export { LibraryChangeError, LibraryFileError } from './errors';
export { loadLibraryFile } from './library-file';

/**
 * lowdb adapter for a library file: reads through the validating loader and writes durably.
 *
 * lowdb's own JSONFile adapter renames without fsync and lets a bare SyntaxError escape on a
 * corrupt file; this one never returns unvalidated data and never leaves a half-written file.
 * `read()` returns null for a missing file, lowdb's convention for "no data yet".
 *
 * It only ever writes validated libraries, and stamps each file it writes or validates
 * (checked-stamp.ts), so the next start-up need not validate the same bytes again.
 */
class LibraryFileAdapter implements Adapter<Library> {
  constructor(readonly file: string) {}

  async read(): Promise<Library | null> {
    try {
      const { library, bytes, stamped } = await readLibraryFile(this.file);
      if (!stamped) await writeStamp(this.file, bytes);
      return library;
    } catch (error) {
      if (error instanceof LibraryFileError && error.kind === 'not-found') return null;
      throw error;
    }
  }

  async write(library: Library): Promise<void> {
    const bytes = Buffer.from(`${JSON.stringify(library, null, 2)}\n`);
    await writeFileDurably(this.file, bytes);
    await writeStamp(this.file, bytes);
  }
}

/**
 * The analyst's library, in memory and on disk, always valid in both places.
 *
 * Every change is validated (schema and integrity) before it is written, and the in-memory copy
 * moves on only once the file is durable, so memory and disk never disagree. A file that fails
 * to load is reported as a `LibraryFileError` and left exactly as it is.
 */
export class LibraryStore {
  /** Settles when the last queued update has finished; updates run one at a time. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly db: Low<Library>,
  ) {}

  /**
   * Opens `file`; if it does not exist, creates it as a copy of the validated `seedFile` (first run).
   *
   * The user's library and the shipped seed stay separate files: the seed is only ever read.
   * Temp files left by a writer that crashed are removed first.
   */
  static async open(file: string, options: { seedFile: string }): Promise<LibraryStore> {
    await removeStaleTempFiles(file);
    const adapter = new LibraryFileAdapter(file);
    let library = await adapter.read();
    if (library === null) {
      library = await loadLibraryFile(options.seedFile);
      await mkdir(path.dirname(file), { recursive: true });
      await adapter.write(library);
    }
    return new LibraryStore(file, new Low(adapter, library));
  }

  /** Current validated library (treat as read-only). */
  get data(): Library {
    return this.db.data;
  }

  /**
   * Applies `change` to a copy, validates (schema + integrity), then persists durably; on any
   * error the store and file are unchanged. Calls are serialized.
   *
   * Resolves with the new library once it is on disk. Rejects with `LibraryChangeError` when the
   * result would be invalid, or with whatever `change` or the write threw.
   */
  update(change: (draft: Library) => void | Promise<void>): Promise<Library> {
    const result = this.queue.then(() => this.apply(change));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async apply(change: (draft: Library) => void | Promise<void>): Promise<Library> {
    const draft = structuredClone(this.db.data);
    await change(draft);
    const check = checkLibrary(draft);
    if (!check.ok) throw new LibraryChangeError(check.issues);
    // Written through the adapter before `db.data` moves on, so a failed write leaves memory as it was.
    await this.db.adapter.write(check.library);
    this.db.data = check.library;
    return check.library;
  }
}
