import { Worker } from 'node:worker_threads';
import { findRecordPage, type RecordPositionPage, type RecordQuery } from '../../query';
import type { SearchableLibrary } from '../searchable-library';
import { isEmptyPart, libraryChanges } from './changes';
import type { ControlReply, SavedIndexEvent, SearchReply, SearchRequest, SearchWorkerOptions } from './messages';

/** The sha256 of the library file that `library` is exactly, if known (the app's store knows its own: `LibraryStore.versionOf`). */
export type LibraryVersionOf = (library: SearchableLibrary) => string | undefined;

/** Finds one page of records in `library`: the search worker's `find`, or `findRecordPage` in process. */
export type RecordPageFinder = (library: SearchableLibrary, query: RecordQuery, offset: number, limit: number) => Promise<RecordPositionPage>;

interface Pending {
  library: SearchableLibrary;
  query: RecordQuery;
  offset: number;
  limit: number;
  resolve(page: RecordPositionPage): void;
  reject(error: Error): void;
}

/**
 * Finds records in a worker thread, with the same answers as `findRecordPage` in process: its
 * `find` is a `RecordPageFinder`. The app's main process uses it so that indexing a large
 * library and searching it never block its event loop.
 *
 * The worker keeps a copy of the library's searchable fields. Before a query on a library the
 * worker does not have yet, the client sends what changed since the last library it sent
 * (libraryChanges), a few thousand records at a time with the event loop free in between;
 * the worker's index then updates only those records. `follow` starts that early (at opening,
 * after outside changes), so the index is ready by the first search. Messages are handled in
 * the order sent, so a query's positions are positions in the library it was asked about.
 *
 * The first library is not sent if it is exactly the library the worker's saved index was
 * saved from (same library file sha256, told by `versionOf`): the worker takes the copy it
 * restored from that file, and is sent only the sources' texts (which the file leaves out)
 * and later changes. Each library sent is tagged with its version too, so
 * the index the worker saves says which library file it reflects.
 *
 * If the worker cannot start or dies, queries are answered in process from then on (pending
 * ones included): slower on a large library, but they work.
 */
export class SearchWorker {
  private worker: Worker | undefined;
  /** The library the worker has been sent (or is being sent), and the queue of sends and queries. */
  private sent: SearchableLibrary | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | undefined;
  private closed = false;
  /** Who waits for the worker's answers to `open` and `saveNow`, in the order asked (the worker answers in order). */
  private controls: Array<(reply: ControlReply | undefined) => void> = [];

  /** How many records have been sent to the worker so far (none when it opened its saved copy of the library). */
  recordsSent = 0;

  /** What became of the saved index so far, in order (see `SavedIndexEvent`). */
  readonly savedIndexEvents: SavedIndexEvent[] = [];
  private savedIndexListeners: Array<(event: SavedIndexEvent) => void> = [];

  /** `file`: the worker bundle, dist/search-worker.js (built by scripts/build.mjs). */
  constructor(
    file: string | URL,
    options: SearchWorkerOptions = {},
    private readonly versionOf: LibraryVersionOf = () => undefined,
  ) {
    const worker = new Worker(file, { workerData: options });
    this.worker = worker;
    worker.on('message', (reply: SearchReply) => this.answer(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the search worker stopped (exit code ${code})`)));
    // Only pending queries keep the process alive (see `find`).
    worker.unref();
  }

  /** Why the worker stopped, once queries are answered in process (else undefined). */
  get stopped(): Error | undefined {
    return this.failure;
  }

  /** Starts bringing the worker's copy up to `library`, so a search right after does not wait for it. */
  follow(library: SearchableLibrary): Promise<void> {
    return this.enqueue(() => this.send(library));
  }

  readonly find: RecordPageFinder = (library, query, offset, limit) => {
    if (this.closed) return Promise.reject(new Error('the search worker has been closed'));
    return new Promise<RecordPositionPage>((resolve, reject) => {
      const job: Pending = { library, query, offset, limit, resolve, reject };
      void this.enqueue(async () => {
        if (!this.worker) return this.answerInProcess(job);
        await this.send(library);
        const id = this.nextId++;
        this.pending.set(id, job);
        this.worker?.ref();
        this.post({ id, query, offset, limit });
      });
    });
  };

  /** Resolves with the first saved-index event, from the start, that `matches`; waiting keeps the process alive, as a pending query does. */
  savedIndexEvent(matches: (event: SavedIndexEvent) => boolean): Promise<SavedIndexEvent> {
    const found = this.savedIndexEvents.find(matches);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const listener = (event: SavedIndexEvent) => {
        if (!matches(event)) return;
        this.savedIndexListeners = this.savedIndexListeners.filter((other) => other !== listener);
        this.holdProcess();
        resolve(event);
      };
      this.savedIndexListeners.push(listener);
      this.holdProcess();
    });
  }

  /**
   * Brings the worker up to `library`, then has it save its index at once if a save is due
   * (at quitting: changes of the last few seconds would otherwise be indexed again at the next
   * start). Resolves once saved, or at once if the worker is gone.
   */
  saveIfDue(library?: SearchableLibrary): Promise<void> {
    return this.enqueue(async () => {
      if (library) await this.send(library);
      if (this.worker) await this.control({ saveNow: true });
    });
  }

  /** Keeps the process alive while a query or a wait for an event or answer is pending, and only then. */
  private holdProcess(): void {
    if (this.pending.size > 0 || this.savedIndexListeners.length > 0 || this.controls.length > 0) this.worker?.ref();
    else this.worker?.unref();
  }

  /** Stops the worker; pending queries fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    for (const job of this.pending.values()) job.reject(new Error('the search worker was closed before the search finished'));
    this.pending.clear();
    this.endControls();
    await worker?.terminate();
  }

  private enqueue(task: () => Promise<void> | void): Promise<void> {
    const done = this.queue.then(task);
    this.queue = done.catch(() => undefined);
    return done;
  }

  /** Sends the worker what changed from the library it has to `library`, part by part, letting other work run in between. */
  private async send(library: SearchableLibrary): Promise<void> {
    if (!this.worker || this.sent === library) return;
    const previous = this.sent;
    const version = this.versionOf(library);
    this.sent = library;
    // The worker's saved copy may be this very library: then nothing is sent.
    if (!previous && version && opened(await this.control({ open: version, texts: library.sources.map((source): [string, string] => [source.id, source.text]) }))) return;
    for (const part of libraryChanges(previous, library)) {
      if (part.last && version) part.last.version = version;
      this.recordsSent += part.records.positions.length;
      if (!isEmptyPart(part)) this.post({ changes: part });
      if (!part.last) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private post(request: SearchRequest): void {
    this.worker?.postMessage(request);
  }

  /** Asks the worker `request` and waits for its answer (undefined if the worker stops first). */
  private control(request: Extract<SearchRequest, { open: string } | { saveNow: true }>): Promise<ControlReply | undefined> {
    return new Promise((resolve) => {
      this.controls.push(resolve);
      this.holdProcess();
      this.post(request);
    });
  }

  private endControls(): void {
    const controls = this.controls;
    this.controls = [];
    for (const resolve of controls) resolve(undefined);
  }

  private answer(reply: SearchReply): void {
    if ('ready' in reply) return;
    if ('opened' in reply || 'saveDone' in reply) {
      this.controls.shift()?.(reply);
      this.holdProcess();
      return;
    }
    if ('savedIndex' in reply) {
      this.savedIndexEvents.push(reply.savedIndex);
      for (const listener of [...this.savedIndexListeners]) listener(reply.savedIndex);
      return;
    }
    const job = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.holdProcess();
    if (!job) return;
    if (reply.ok) job.resolve(reply.page);
    else job.reject(new Error(reply.message));
  }

  /** The worker is gone: answer what it held, and everything from now on, in process. */
  private fail(error: Error): void {
    if (!this.worker || this.closed) return;
    this.worker = undefined;
    this.failure = error;
    console.warn(`Briefbook searches the library in the main thread: the search worker stopped (${error.message}).`);
    const jobs = [...this.pending.values()];
    this.pending.clear();
    this.endControls();
    for (const job of jobs) this.answerInProcess(job);
  }

  private answerInProcess({ library, query, offset, limit, resolve, reject }: Pending): void {
    try {
      resolve(findRecordPage(library, query, offset, limit));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

const opened = (reply: ControlReply | undefined): boolean => reply !== undefined && 'opened' in reply && reply.opened;
