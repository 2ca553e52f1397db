/**
 * Runs in the test page before the renderer (bundled by the harness into an init script): builds
 * `window.briefbook` exactly as the preload does, over the harness's binding to the real handler
 * table instead of ipcRenderer.
 */
import { buildApi } from '../main/preload/build-api';
import { decodeBytes, encodeBytes } from './bytes-codec';

declare global {
  interface Window {
    /** Bound by the harness: dispatches to the real handler table in Node. */
    __briefbookInvoke(channel: string, payload: unknown): Promise<unknown>;
    /** Called by the harness to deliver a main-to-renderer event. */
    __briefbookEmit(event: string, payload: unknown): void;
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();

Object.defineProperty(window, '__briefbookEmit', {
  value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
});

// Like contextBridge.exposeInMainWorld: the page can use the API but not replace it.
Object.defineProperty(window, 'briefbook', {
  enumerable: true,
  value: buildApi(
    async (channel, payload) => decodeBytes(await window.__briefbookInvoke(channel, encodeBytes(payload))),
    (event, listener) => {
      const forEvent = listeners.get(event) ?? new Set();
      listeners.set(event, forEvent);
      forEvent.add(listener);
      return () => forEvent.delete(listener);
    },
  ),
});
