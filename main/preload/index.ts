/**
 * The preload of the Briefbook window: exposes `window.briefbook` and nothing else.
 *
 * It runs sandboxed, so esbuild bundles it with build-api and the channel map into one CommonJS
 * file (dist/preload.cjs) whose only `require` is `electron`. `ipcRenderer` itself never crosses
 * the context bridge: the page gets named methods and event payloads, not the IPC event.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { buildApi } from './build-api';

contextBridge.exposeInMainWorld(
  'briefbook',
  buildApi(
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    (event, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(event, forward);
      return () => {
        ipcRenderer.removeListener(event, forward);
      };
    },
  ),
);
