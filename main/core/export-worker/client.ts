import { Worker } from 'node:worker_threads';
import type { RenderRequest, RenderedBriefing } from '../export-briefing';
import type { ResourceLayout } from '../resources';
import { errorFromData, type ExportWorkerData, type RenderMessage, type RenderReply } from './messages';

interface Pending {
  resolve(result: RenderedBriefing): void;
  reject(error: Error): void;
}

/**
 * Lays out PDFs in a worker thread, with the same answers and errors as `renderBriefing` in
 * process: its `render` is a `BriefingRenderer`. The app's main process uses it so that
 * exports and previews never block its event loop.
 *
 * The worker starts at once and loads the export code and fonts while nothing is asked of it.
 * If it dies (a crash, an out-of-memory), the requests it held fail with that error and the
 * next request starts a new one. It keeps the process alive only while a request is pending.
 */
export class ExportWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  /** `file`: the worker bundle, dist/export-worker.js (built by scripts/build.mjs). */
  constructor(
    private readonly file: string | URL,
    private readonly layout: ResourceLayout,
  ) {
    this.worker = this.start();
  }

  readonly render = (request: RenderRequest): Promise<RenderedBriefing> => {
    if (this.closed) return Promise.reject(new Error('the export worker has been closed'));
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<RenderedBriefing>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
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
      if (!pending) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(errorFromData(reply.error));
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failPending(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the export worker stopped (exit code ${code}) before the export finished`)));
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    return worker;
  }

  private failPending(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of pending) reject(error);
  }
}
