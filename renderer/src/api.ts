/**
 * The renderer's only door to the main process: `window.briefbook`, with results unwrapped.
 *
 * Every method of the preload answers with an `ApiResult` envelope; `call()` returns the value
 * or throws an `ApiError` carrying the message and hint the main process wrote for the analyst.
 */
import type { ApiErrorInfo, ApiResult, BriefbookApi, ChannelOfMethod, Events, MethodName as TableMethod, ResponseOf } from '../../main/api';

declare global {
  interface Window {
    briefbook: BriefbookApi;
  }
}

type Methods = Omit<BriefbookApi, 'on'>;
/** A method of `window.briefbook`, as the IPC table in main/api.ts names it. */
export type MethodName = TableMethod;
/** What a method resolves to: the response the table gives its channel. */
export type ValueOf<M extends MethodName> = ResponseOf<ChannelOfMethod[M]>;

/** A failure the main process reported, with what went wrong and what to do about it. */
export class ApiError extends Error {
  readonly info: ApiErrorInfo;

  constructor(info: ApiErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.info = info;
  }
}

/** Calls a named method of `window.briefbook`; resolves to its value or throws an `ApiError`. */
export async function call<M extends MethodName>(method: M, ...args: Parameters<Methods[M]>): Promise<ValueOf<M>> {
  const invoke = window.briefbook[method] as (...request: unknown[]) => Promise<ApiResult<ValueOf<M>>>;
  const result = await Reflect.apply(invoke, window.briefbook, args);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Subscribes to a main-process event; returns the unsubscribe function. */
export function onEvent<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void {
  return window.briefbook.on(event, listener);
}

/** Whatever was thrown, as the message and hint the UI shows. */
export function describeFailure(error: unknown): ApiErrorInfo {
  if (error instanceof ApiError) return error.info;
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal',
    message: `Briefbook could not reach its main process: ${message}`,
    hint: 'Restart Briefbook; if it keeps happening, report it with these words.',
  };
}
