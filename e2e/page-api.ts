/**
 * Stand-in for main/preload/build-api.ts until that lands on main: the same signature and the
 * same object (one method per entry of `methods`, plus `on`). Replace its import in page-bridge.ts.
 */
import { methods, type BriefbookApi, type Channel, type Events } from '../main/api';

export type Invoke = (channel: Channel, payload: unknown) => Promise<unknown>;
export type Subscribe = (event: keyof Events, listener: (payload: unknown) => void) => () => void;

export function buildApi(invoke: Invoke, subscribe: Subscribe): BriefbookApi {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(methods)) api[name] = (request?: unknown) => invoke(channel, request);
  api.on = (event: keyof Events, listener: (payload: unknown) => void) => subscribe(event, listener);
  return Object.freeze(api) as BriefbookApi;
}
