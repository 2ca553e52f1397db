import type { BriefbookApi, Channel, Events } from '../api';
import { methods } from '../api-methods';

/** Every main-to-renderer event, as a record so the compiler flags one added to `Events` but not here. */
const EVENTS: Record<keyof Events, true> = { 'menu:command': true, 'export:progress': true, 'library:changed': true };

/** The main-to-renderer events a page may listen to; nothing else reaches it. */
export const EVENT_NAMES = Object.keys(EVENTS) as readonly (keyof Events)[];

/** Sends a request on a channel and resolves to the main process's result envelope. */
export type Invoke = (channel: Channel, payload: unknown) => Promise<unknown>;

/** Listens to one event's payloads; returns a function that stops listening. */
export type Subscribe = (event: keyof Events, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.briefbook`: one named method per entry of `methods`, plus `on` for events.
 *
 * The preload builds it over `ipcRenderer`; the end-to-end harness builds the very same object
 * in a plain browser page over bindings to the real handler table. Methods take the request
 * and nothing else, so a page can neither pick a channel nor see the IPC event; `on` accepts
 * only EVENT_NAMES and hands the listener the payload alone.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): BriefbookApi {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(methods)) {
    api[name] = (request?: unknown) => invoke(channel, request);
  }
  api.on = (event: keyof Events, listener: (payload: unknown) => void) => {
    if (!EVENT_NAMES.includes(event)) {
      throw new TypeError(`window.briefbook.on: unknown event "${String(event)}"; events are ${EVENT_NAMES.join(', ')}.`);
    }
    if (typeof listener !== 'function') throw new TypeError('window.briefbook.on: the listener must be a function.');
    return subscribe(event, (payload) => listener(payload));
  };
  return Object.freeze(api) as BriefbookApi;
}
