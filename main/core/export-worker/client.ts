import { Worker } from 'node:worker_threads';
import type { BriefingRenderer, RenderRequest, RenderedBriefing } from '../export-briefing';
import type { ResourceLayout } from '../resources';
import { errorFromData, type ExportWorkerData, type RenderMessage, type RenderReply } from './messages';

interface Pending {
  resolve(result: RenderedBriefing): void;
  reject(error: Error): void;
  request: RenderRequest;
}

/**
 * Lays out PDFs in a worker thread, with the same answers and errors as `renderBriefing` in
 * process: its `render` is a `BriefingRenderer`. The app's main process uses it so that
 * exports and previews never block its event loop.
 *
 * The worker starts at once and loads the export code and fonts while nothing is asked of it.
 * If it dies (a crash, an out-of-memory), the requests it held fail with that error and the
 * next request starts a new one. If it cannot start at all (its bundle missing or unloadable,
 * so it fails before it has answered anything), the `fallback` renderer, in the calling thread,
 * takes over its requests, pending ones included: exports then block that thread again, but
 * they work. It keeps the process alive only while a request is pending.
 */
export class ExportWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  /** Whether any worker has answered: until one has, a failure means it cannot start. */
  private answered = false;
  /** Set when the worker could not start and the fallback renders instead. */
  private cannotStart: Error | undefined;

  /** `file`: the worker bundle, dist/export-worker.js (built by scripts/build.mjs). */
  constructor(
    private readonly file: string | URL,
    private readonly layout: ResourceLayout,
    private readonly fallback?: BriefingRenderer,
  ) {
    this.worker = this.start();
  }

  /** Why the worker could not start, once the fallback has taken over (else undefined). */
  get startFailure(): Error | undefined {
    return this.cannotStart;
  }

  readonly render = (request: RenderRequest): Promise<RenderedBriefing> => {
    if (this.closed) return Promise.reject(new Error('the export worker has been closed'));
    if (this.cannotStart && this.fallback) return this.fallback(request);
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<RenderedBriefing>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, request });
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, request } satisfies RenderMessage);
    });
  };

  /** Stops the worker; pending renders fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failPending(new Error('the export worker was closed before the export finished'));
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.file, { workerData: { layout: this.layout } satisfies ExportWorkerData });
    worker.on('message', (reply: RenderReply) => {
      const pending = this.pending.get(reply.id);
      this.answered = true;
      if (!pending) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(errorFromData(reply.error));
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (!this.answered && this.fallback && !this.closed) this.fallBack(error);
      else this.failPending(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the export worker stopped (exit code ${code}) before the export finished`)));
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    return worker;
  }

  /** The worker cannot start: the fallback renders what it held, and everything from now on. */
  private fallBack(error: Error): void {
    this.cannotStart = error;
    console.warn(`Briefbook lays out PDFs in the main thread: the export worker could not start (${error.message}).`);
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const { resolve, reject, request } of pending) this.fallback!(request).then(resolve, reject);
  }

  private failPending(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of pending) reject(error);
  }
}
