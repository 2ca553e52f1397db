import { access, constants, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Immer } from 'immer';
import { Low } from 'lowdb';
import type { Adapter } from 'lowdb';
import type { Library } from '../model';
import { writeStamp } from './checked-stamp';
import { findConflicts } from './conflicts';
import { LibraryChangeError, LibraryConflictError, LibraryFileError, LibraryReadOnlyError } from './errors';
import { checkLibraryChange, loadLibraryFile, readLibraryFile, type ReadLibrary } from './library-file';
import { withLibraryLock } from './library-lock';
import { libraryVersion, sha256, statMatches, type LibraryVersion } from './library-version';
import { removeStaleTempFiles, resolveWriteTarget, writeFileDurably } from './safe-write';
import { DurableWriteError } from './write-errors';

export { LibraryChangeError, LibraryConflictError, LibraryFileError, LibraryReadOnlyError } from './errors';
export { loadLibraryFile } from './library-file';

/** A change to the library: a function of it, so it can be run again on a newer library. */
/**
 * A change to the library, made by mutating `draft`. The draft and the objects read from it
 * are valid only while the change runs: keep ids or copies, not them, and read what was saved
 * from the library `update` resolves with.
 */
export type LibraryChange = (draft: Library) => void | Promise<void>;

export interface OpenLibraryOptions {
  /** The library a missing `file` is created from (first run). */
  seedFile: string;
  /** Never write the file: every change is refused with a `LibraryReadOnlyError`. */
  readOnly?: boolean;
}

/**
 * lowdb adapter for a library file: reads through the validating loader and writes durably,
 * remembering which version of the file (library-version.ts) it last read or wrote.
 *
 * lowdb's own JSONFile adapter renames without fsync and lets a bare SyntaxError escape on a
 * corrupt file; this one never returns unvalidated data and never leaves a half-written file.
 * It stamps each file it writes or validates (checked-stamp.ts), so the next start-up need not
 * validate the same bytes again, unless it is read-only: then it writes nothing at all.
 */
class LibraryFileAdapter implements Adapter<Library> {
  version: LibraryVersion | undefined;
  /** The library `version` holds, as this adapter read or wrote it. */
  versionHolds: Library | undefined;

  constructor(
    readonly file: string,
    public readOnly = false,
  ) {}

  /** The library in the file; null for a missing file, lowdb's convention for "no data yet". */
  async read(): Promise<Library | null> {
    try {
      return await this.adopt(await readLibraryFile(this.file));
    } catch (error) {
      if (error instanceof LibraryFileError && error.kind === 'not-found') return null;
      throw error;
    }
  }

  async write(library: Library): Promise<void> {
    const bytes = Buffer.from(`${JSON.stringify(library, null, 2)}\n`);
    await writeFileDurably(this.file, bytes);
    const digest = sha256(bytes);
    this.version = libraryVersion(await stat(this.file, { bigint: true }), digest);
    this.versionHolds = library;
    await writeStamp(this.file, digest);
  }

  /**
   * The file as another writer left it, if it no longer holds the version this adapter last
   * read or wrote; undefined if it does. Judged by the file's status first, then its content.
   */
  async readIfChanged(): Promise<ReadLibrary | undefined> {
    if (this.version && (await statMatches(this.file, this.version))) return undefined;
    const read = await readLibraryFile(this.file);
    if (read.version.sha256 === this.version?.sha256) {
      this.version = read.version; // the same bytes in a new file (a copy, a `touch`)
      return undefined;
    }
    return read;
  }

  /** Takes `read` as the version in hand, stamping it if it had to be validated. */
  async adopt(read: ReadLibrary): Promise<Library> {
    this.version = read.version;
    this.versionHolds = read.library;
    if (!read.stamped && !this.readOnly) await writeStamp(this.file, read.digest);
    return read.library;
  }
}

/**
 * The analyst's library, in memory and on disk, always valid in both places, and safe to share
 * with other processes (the app and the `briefbook` command, two machines on a synced folder).
 *
 * Every change is validated (schema and integrity) before it is written, and the in-memory copy
 * moves on only once the file is durable, so memory and disk never disagree. A file that fails
 * to load is reported as a `LibraryFileError` and left exactly as it is.
 *
 * Writes hold a cross-process lock (library-lock.ts) and first check that the file is still the
 * version this store read. If another process changed it, the store reloads it and runs the
 * change again on what it holds now, unless the change edits or deletes an entry the other
 * process also changed: then nothing is written, the store follows the file, and the change is
 * kept in a conflict copy beside it (`LibraryConflictError` names the entries and the copy).
 *
 * A library that is a link is written through. One that cannot be written (a read-only file or
 * folder, a read-only disk, or opened with `readOnly`) is open read-only: `readOnly` says why,
 * and every change is refused with that reason, the file never touched.
 */
export class LibraryStore {
  /** Settles when the last queued update has finished; updates run one at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  private refusal: Error | undefined;

  private constructor(
    readonly file: string,
    private readonly db: Low<Library>,
    private readonly adapter: LibraryFileAdapter,
  ) {}

  /**
   * Opens `file`; if it does not exist, creates it as a copy of the validated `seedFile` (first run).
   *
   * The user's library and the shipped seed stay separate files: the seed is only ever read.
   * Temp files left by a writer that crashed are removed. A link whose target is missing
   * is a `LibraryFileError` (kind `broken-link`), never a fresh library in place of the link.
   */
  static async open(file: string, options: OpenLibraryOptions): Promise<LibraryStore> {
    const adapter = new LibraryFileAdapter(file, options.readOnly);
    // Checked before reading, so a read-only library is not stamped either.
    const readOnlyReason = options.readOnly ? 'it was opened read-only' : await whyNotWritable(file);
    adapter.readOnly = readOnlyReason !== undefined;
    const library = (await adapter.read()) ?? (await createFromSeed(adapter, options));
    if (!adapter.readOnly) await removeStaleTempFiles(await resolveWriteTarget(file));
    const store = new LibraryStore(file, new Low(adapter, library), adapter);
    if (readOnlyReason) store.refuseChanges(new LibraryReadOnlyError(file, readOnlyReason));
    return store;
  }

  /** Current validated library (treat as read-only). */
  get data(): Library {
    return this.db.data;
  }

  /**
   * The sha256 of the file's bytes if `library` is exactly what this store last read from or
   * wrote to its file (the search worker's saved index is tagged with it); else undefined.
   */
  versionOf(library: object): string | undefined {
    return library === this.adapter.versionHolds ? this.adapter.version?.sha256 : undefined;
  }

  /** Why this store refuses every change, or undefined while it takes them. */
  get readOnly(): Error | undefined {
    return this.refusal;
  }

  /** From now on, every change is refused with `reason` and the file is never written. */
  refuseChanges(reason: Error): void {
    this.refusal = reason;
    this.adapter.readOnly = true;
  }

  /**
   * Applies `change` to a copy, validates (schema + integrity), then persists durably; on any
   * error the store and file are unchanged. Calls are serialized, within this process by a
   * queue and across processes by the library lock.
   *
   * Resolves with the new library once it is on disk. Rejects with `LibraryChangeError` when the
   * result would be invalid, `LibraryConflictError` when another process changed the same
   * entries meanwhile, `LibraryReadOnlyError` when the library cannot be written, or with
   * whatever `change` or the write threw. `change` may run twice (see the class notes).
   */
  update(change: LibraryChange): Promise<Library> {
    return this.enqueue(() => this.apply(change));
  }

  /**
   * Takes in what another process wrote to the file since this store last read or wrote it.
   * Resolves true if the library changed, false if the file still holds this store's version
   * (its own writes included). A file that became invalid is a `LibraryFileError`, and the store
   * keeps what it had.
   */
  reload(): Promise<boolean> {
    return this.enqueue(async () => {
      const read = await this.adapter.readIfChanged();
      if (read) this.db.data = await this.adapter.adopt(read);
      return read !== undefined;
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async apply(change: LibraryChange): Promise<Library> {
    if (this.refusal) throw this.refusal;
    try {
      const target = await resolveWriteTarget(this.file);
      return await withLibraryLock(target, () => this.applyLocked(change));
    } catch (error) {
      if (!(error instanceof DurableWriteError && error.readOnly)) throw error;
      // As root, or on a network share, only the write itself tells that the place is read-only.
      this.refuseChanges(new LibraryReadOnlyError(this.file, 'Briefbook was not allowed to write it or its folder', { cause: error }));
      throw this.refusal;
    }
  }

  /** The write itself, holding the library lock: check the version, re-apply or report a conflict, write. */
  private async applyLocked(change: LibraryChange): Promise<Library> {
    const base = this.db.data;
    const theirs = await this.adapter.readIfChanged();
    if (theirs) {
      const ours = await appliedOrUndefined(base, change);
      // Memory follows the file whatever happens next: the analyst sees the other writer's work.
      this.db.data = await this.adapter.adopt(theirs);
      const conflicts = ours ? findConflicts(base, ours, theirs.library) : [];
      if (ours && conflicts.length > 0) throw new LibraryConflictError(this.file, conflicts, await this.keepConflictCopy(ours));
    }
    const next = await applied(this.db.data, change);
    // Written through the adapter before `db.data` moves on, so a failed write leaves memory as it was.
    await this.adapter.write(next);
    this.db.data = next;
    return next;
  }

  /** Saves the library as a refused change would have made it, beside the library file; returns where. */
  private async keepConflictCopy(library: Library): Promise<string> {
    const { dir, name } = path.parse(this.file);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const copy = path.join(dir, `${name}.conflict-${stamp}.json`);
    await writeFileDurably(copy, `${JSON.stringify(library, null, 2)}\n`);
    return copy;
  }
}

/**
 * Drafts of the library for changes: a change sees a library it may mutate, and what it did not
 * touch stays shared with the library before it. At 100k records, copying the whole library
 * for each edit (structuredClone) cost 2.5-4 s of CPU. Not frozen, as store.data never was.
 */
const drafts = new Immer({ autoFreeze: false });

/** `change` applied to a draft of `library` and validated; throws what the change or validation threw. */
async function applied(library: Library, change: LibraryChange): Promise<Library> {
  const draft = drafts.createDraft(library);
  await change(draft);
  const check = checkLibraryChange(library, drafts.finishDraft(draft));
  if (!check.ok) throw new LibraryChangeError(check.issues);
  return check.library;
}

/** What `change` would have made of `library`, or undefined if it fails there (then it cannot conflict). */
function appliedOrUndefined(library: Library, change: LibraryChange): Promise<Library | undefined> {
  return applied(library, change).catch(() => undefined);
}

/**
 * Writes the seed as a new library, holding the lock, unless another process created the file
 * meanwhile (two first runs at once): then that one is the library.
 */
async function createFromSeed(adapter: LibraryFileAdapter, { seedFile }: OpenLibraryOptions): Promise<Library> {
  const seed = await loadLibraryFile(seedFile);
  if (adapter.readOnly) throw new LibraryFileError('not-found', adapter.file, 'there is no such file');
  await mkdir(path.dirname(adapter.file), { recursive: true });
  return withLibraryLock(await resolveWriteTarget(adapter.file), async () => {
    const existing = await adapter.read();
    if (existing) return existing;
    await adapter.write(seed);
    return seed;
  });
}

/**
 * Why `file` cannot be written, or undefined if it can (as far as the system says: as root,
 * permission bits stop nothing, so the write itself may still find out otherwise).
 * A missing file is writable if its folder is, or will be created.
 */
async function whyNotWritable(file: string): Promise<string | undefined> {
  const target = await resolveWriteTarget(file).catch(() => undefined);
  if (target === undefined) return undefined; // a broken link: reading it says so
  const denied = (place: string) =>
    access(place, constants.W_OK).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => error.code,
    );
  const fileDenied = await denied(target);
  if (fileDenied === 'EROFS') return 'it is on a read-only disk';
  if (fileDenied === 'EACCES' || fileDenied === 'EPERM') return 'the file is read-only (you do not have permission to change it)';
  if (fileDenied === 'ENOENT') return undefined;
  const folderDenied = await denied(path.dirname(target));
  if (folderDenied === 'EACCES' || folderDenied === 'EPERM' || folderDenied === 'EROFS') {
    return 'its folder is read-only, and Briefbook saves a library by writing a new file beside it';
  }
  return undefined;
}
