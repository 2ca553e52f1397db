/**
 * The export worker's entry point (bundled to dist/export-worker.js): lays out PDFs for the
 * app's main process, so a long export never stalls main's event loop (IPC, menus, window
 * management). Composing stays in main, which owns the library; the worker gets the composed
 * model, which is plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderBriefing } from '../export-briefing';
import { preparePdfmake } from '../pdf/pdfmake-setup';
import { errorToData, type ExportWorkerData, type RenderMessage, type RenderReply, type WorkerReply } from './messages';

const port = parentPort;
if (!port) throw new Error('the export worker runs only as a worker thread');

// Read the fonts while the analyst is still choosing; a failure here shows on the first export.
preparePdfmake((workerData as ExportWorkerData).layout).catch(() => undefined);

// Loaded: from now on a failure of this thread is an export's, not a worker that cannot start.
port.postMessage({ ready: true } satisfies WorkerReply);
port.on('message', ({ id, request }: RenderMessage) => {
  renderBriefing(request).then(
    (result) => {
      // A Buffer may be a view into a larger pool; hand over a buffer of its own, without a copy when it already is one.
      const whole = result.bytes.byteOffset === 0 && result.bytes.byteLength === result.bytes.buffer.byteLength;
      const bytes = whole ? result.bytes : new Uint8Array(result.bytes);
      const reply: RenderReply = { id, ok: true, result: { ...result, bytes } };
      port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => port.postMessage({ id, ok: false, error: errorToData(error) } satisfies RenderReply),
  );
});
