import { ZodError } from 'zod';
import { channels, type ApiErrorInfo, type ApiResult, type Channel, type ChannelsOfGroup, type HandlerGroup, type ParsedRequestOf, type Responses } from '../api';
import { BriefbookError, type ErrorKind } from '../core/errors';

/** The handler of one channel: takes the parsed request, answers with the channel's response. */
export type Handler<C extends Channel> = (request: ParsedRequestOf<C>) => Promise<Responses[C]>;

/** One handler per channel of the table in main/api.ts: a channel without one is a type error. */
export type HandlerTable = { [C in Channel]: Handler<C> };

/** The handlers of one module under handlers/: exactly the table's channels of its group. */
export type GroupHandlers<G extends HandlerGroup> = { [C in ChannelsOfGroup<G>]: Handler<C> };

/**
 * The one path every IPC call takes: refuse unknown senders, validate the payload with the
 * channel's zod schema, run the handler, and turn any failure into a typed error result.
 * It imports nothing from Electron, so tests can drive it directly and the end-to-end harness
 * can bind it into a plain browser page.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: string,
  payload: unknown,
  senderTrusted: boolean,
): Promise<ApiResult<unknown>> {
  if (!senderTrusted) {
    return failure({ code: 'unknown-sender', message: `Refused "${channel}" from a sender that is not the Briefbook window.` });
  }
  if (!Object.hasOwn(channels, channel)) {
    return failure({ code: 'invalid-request', message: `Unknown channel "${channel}".` });
  }
  const parsed = channels[channel as Channel].request.safeParse(payload);
  if (!parsed.success) {
    return failure({
      code: 'invalid-request',
      message: `The request to "${channel}" is malformed; nothing was changed.`,
      issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`),
    });
  }
  try {
    const handler = handlers[channel as Channel] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return failure(describeError(error));
  }
}

function failure(error: ApiErrorInfo): ApiResult<never> {
  return { ok: false, error };
}

/** The window's error code for each kind of failure that carries no subject of its own. */
const CODES: Record<ErrorKind, ApiErrorInfo['code']> = {
  'user-mistake': 'invalid-request',
  'not-found': 'not-found',
  conflict: 'invalid-request',
  'damaged-file': 'file',
  internal: 'internal',
};

/** Maps what core throws to what the UI shows: by the error's kind, the one place that does. */
function describeError(error: unknown): ApiErrorInfo {
  if (error instanceof BriefbookError) {
    const { hint, details } = error;
    return {
      code: error.subject ?? CODES[error.errorKind],
      message: error.problem ?? error.message,
      ...(hint !== undefined && { hint }),
      ...(details !== undefined && { issues: [...details] }),
    };
  }
  // zod's own error, from a change checked against the model: the request was wrong.
  if (error instanceof ZodError) {
    return { code: 'invalid-request', message: 'The change is not valid; nothing was saved.', issues: error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: CODES.internal, message, hint: 'Try again; if it keeps happening, report it with these words.' };
}
