import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { BriefingRenderer, RenderRequest, RenderedBriefing } from '../export-briefing';
import { TemplateError } from '../render/template-error';
import type { ResourceLayout } from '../resources';
import { errorFromData, type ExportWorkerData, type RenderMessage, type WorkerReply } from './messages';

/** What one export may use before the worker is stopped, so a runaway template cannot hold up the ones behind it. */
export interface ExportLimits {
  /** Wall-clock time for one export, in milliseconds. */
  milliseconds: number;
  /** The worker thread's V8 heap limits (its `resourceLimits`). */
  resourceLimits: ResourceLimits;
}

/**
 * A hundred-page briefing book lays out in seconds; a minute and 2 GB leave room for a slow
 * machine and stop a template that would otherwise run for minutes and take all memory.
 */
export const EXPORT_LIMITS: ExportLimits = { milliseconds: 60_000, resourceLimits: { maxOldGenerationSizeMb: 2048 } };

interface Job {
  request: RenderRequest;
  resolve(result: RenderedBriefing): void;
  reject(error: Error): void;
}

/**
 * Lays out PDFs in a worker thread, with the same answers and errors as `renderBriefing` in
 * process: its `render` is a `BriefingRenderer`. The app's main process uses it so that
 * exports and previews never block its event loop.
 *
 * The worker starts at once and loads the export code and fonts while nothing is asked of it.
 * Requests are laid out one at a time, in order. Each has a time limit and the worker a memory
 * limit (`limits`): an export that runs past its time is stopped by terminating the worker,
 * one that runs out of memory stops it too, and either fails with a TemplateError naming the
 * template; the next request starts a new worker, so a preview queued behind a runaway export
 * still gets its PDF. If the worker dies otherwise (a crash), the export it held fails with
 * that error and the queue goes on in a new one. If it cannot start at all (its bundle missing
 * or unloadable, so it fails before it reports ready), the `fallback` renderer, in the calling
 * thread, takes over its requests, queued ones included: exports then block that thread again
 * (the template render itself stays bounded, see `RENDER_LIMITS`), but they work. It keeps the
 * process alive only while a request is pending.
 */
export class ExportWorker {
  private worker: Worker | undefined;
  /** Whether `worker` has loaded its code: the time limit counts from then, not from its start. */
  private workerReady = false;
  private readonly queue: Job[] = [];
  private running: { job: Job; watchdog: NodeJS.Timeout } | undefined;
  private nextId = 1;
  private closed = false;
  /** Whether any worker has loaded its bundle: until one has, a failure means it cannot start. */
  private started = false;
  /** Set when the worker could not start and the fallback renders instead. */
  private cannotStart: Error | undefined;

  /** `file`: the worker bundle, dist/export-worker.js (built by scripts/build.mjs). */
  constructor(
    private readonly file: string | URL,
    private readonly layout: ResourceLayout,
    private readonly fallback?: BriefingRenderer,
    private readonly limits: ExportLimits = EXPORT_LIMITS,
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
    return new Promise<RenderedBriefing>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  };

  /** Stops the worker; pending renders fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('the export worker was closed before the export finished'));
    await worker?.terminate();
  }

  /** Hands the next queued request to the worker when it is ready and idle, starting one if needed. */
  private dispatch(): void {
    if (this.running || this.closed || !this.queue.length) return;
    const worker = (this.worker ??= this.start());
    // A request is pending from here on: a worker still loading must keep the process alive too.
    worker.ref();
    if (!this.workerReady) return; // its 'ready' message dispatches again
    const job = this.queue.shift()!;
    const watchdog = setTimeout(() => this.stopRunaway(worker), this.limits.milliseconds);
    this.running = { job, watchdog };
    worker.postMessage({ id: this.nextId++, request: job.request } satisfies RenderMessage);
  }

  private start(): Worker {
    this.workerReady = false;
    const worker = new Worker(this.file, {
      workerData: { layout: this.layout } satisfies ExportWorkerData,
      resourceLimits: this.limits.resourceLimits,
    });
    worker.on('message', (reply: WorkerReply) => {
      this.started = true;
      if ('ready' in reply) {
        this.workerReady = true;
        return this.dispatch();
      }
      const running = this.finishRunning();
      if (running) {
        if (reply.ok) running.resolve(reply.result);
        else running.reject(errorFromData(reply.error));
      }
      if (!this.running) worker.unref();
      this.dispatch();
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (!this.workerReady) {
        // It failed before loading its code: it cannot start, and starting another would fail alike.
        if (!this.started && this.fallback && !this.closed) return this.fallBack(error);
        return this.failAll(error);
      }
      const running = this.finishRunning();
      if (running) running.reject(isOutOfMemory(error) ? limitError(running.request, `it needed more than the ${this.limits.resourceLimits.maxOldGenerationSizeMb ?? 'available'} MB of memory an export may use`) : error);
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the export worker stopped (exit code ${code}) before the export finished`)));
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    return worker;
  }

  /** The running export went past its time: stop the worker, fail that export, go on with the queue. */
  private stopRunaway(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    void worker.terminate();
    const running = this.finishRunning();
    running?.reject(limitError(running.request, `it ran for more than ${this.limits.milliseconds / 1000} seconds`));
    this.dispatch();
  }

  private finishRunning(): Job | undefined {
    const running = this.running;
    this.running = undefined;
    if (running) clearTimeout(running.watchdog);
    return running?.job;
  }

  /** The worker cannot start: the fallback renders what it held, and everything from now on. */
  private fallBack(error: Error): void {
    this.cannotStart = error;
    console.warn(`Briefbook lays out PDFs in the main thread: the export worker could not start (${error.message}).`);
    const running = this.finishRunning();
    const jobs = [...(running ? [running] : []), ...this.queue.splice(0)];
    for (const { resolve, reject, request } of jobs) this.fallback!(request).then(resolve, reject);
  }

  private failAll(error: Error): void {
    const running = this.finishRunning();
    for (const { reject } of [...(running ? [running] : []), ...this.queue.splice(0)]) reject(error);
  }
}

function isOutOfMemory(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** An export stopped at a limit, as the TemplateError of the template that caused it. */
function limitError(request: RenderRequest, reason: string): TemplateError {
  const name = path.basename(request.template);
  const template = name.endsWith('.hbs') ? name : `${name}.hbs`;
  return new TemplateError(template, 0, 0, `the export was stopped: ${reason}. A loop inside a loop over the briefing's lists is the usual cause; simplify the template`);
}
