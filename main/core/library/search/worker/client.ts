import { Worker } from 'node:worker_threads';
import { findRecordPage, type RecordPositionPage, type RecordQuery } from '../../query';
import type { SearchableLibrary } from '../searchable-library';
import { isEmptyPart, libraryChanges } from './changes';
import type { SavedIndexEvent, SearchReply, SearchRequest, SearchWorkerOptions } from './messages';

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

  /** What became of the saved index so far, in order (see `SavedIndexEvent`). */
  readonly savedIndexEvents: SavedIndexEvent[] = [];
  private savedIndexListeners: Array<(event: SavedIndexEvent) => void> = [];

  /** `file`: the worker bundle, dist/search-worker.js (built by scripts/build.mjs). */
  constructor(file: string | URL, options: SearchWorkerOptions = {}) {
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

  /** Keeps the process alive while a query or a wait for an event is pending, and only then. */
  private holdProcess(): void {
    if (this.pending.size > 0 || this.savedIndexListeners.length > 0) this.worker?.ref();
    else this.worker?.unref();
  }

  /** Stops the worker; pending queries fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    for (const job of this.pending.values()) job.reject(new Error('the search worker was closed before the search finished'));
    this.pending.clear();
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
    this.sent = library;
    for (const part of libraryChanges(previous, library)) {
      if (!isEmptyPart(part)) this.post({ changes: part });
      if (!part.last) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private post(request: SearchRequest): void {
    this.worker?.postMessage(request);
  }

  private answer(reply: SearchReply): void {
    if ('ready' in reply) return;
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
