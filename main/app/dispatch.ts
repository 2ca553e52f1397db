import { ZodError, type output } from 'zod';
import { requests, type ApiErrorInfo, type ApiResult, type Channel, type Responses } from '../api';
import { EditError } from '../core/editing/errors';
import { FileAccessError } from '../core/file-access-error';
import { ImportError } from '../core/importer/errors';
import { LibraryChangeError, LibraryFileError, LIBRARY_WRITE_ERRORS, formatJsonPath } from '../core/library';
import { TemplateError, TemplateNotFoundError } from '../core/render';
import { TemplateChangeError } from '../core/templates';

/** One handler per channel, taking the parsed request. */
export type HandlerTable = {
  [C in Channel]: (request: output<(typeof requests)[C]>) => Promise<Responses[C]>;
};

/** A lookup by id found nothing. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

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
  if (!Object.hasOwn(requests, channel)) {
    return failure({ code: 'invalid-request', message: `Unknown channel "${channel}".` });
  }
  const parsed = requests[channel as Channel].safeParse(payload);
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

/** Maps what core throws to what the UI shows. */
function describeError(error: unknown): ApiErrorInfo {
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof LibraryFileError) return { code: 'library', message: error.message, hint: error.hint };
  for (const kind of LIBRARY_WRITE_ERRORS) {
    if (error instanceof kind) return { code: 'library', message: error.message, hint: error.hint };
  }
  if (error instanceof LibraryChangeError) {
    return {
      code: 'invalid-request',
      message: error.message,
      hint: 'Nothing was saved. Correct the fields named and try again.',
      issues: error.issues.map((i) => `${formatJsonPath(i.path)}: ${i.message}`),
    };
  }
  if (error instanceof EditError) {
    if (error.kind === 'not-found') return { code: 'not-found', message: error.message };
    return { code: 'invalid-request', message: error.message, issues: error.field ? [`${error.field}: ${error.message}`] : [] };
  }
  if (error instanceof FileAccessError) return { code: 'file', message: error.problem, hint: error.hint };
  if (error instanceof ImportError) return { code: 'import', message: error.message, hint: error.hint };
  if (error instanceof TemplateNotFoundError) {
    return { code: 'not-found', message: error.message, hint: 'Choose one of the built-in templates or one of yours (Templates lists them).' };
  }
  if (error instanceof TemplateChangeError) return { code: 'invalid-request', message: error.message, hint: 'Nothing was changed.' };
  if (error instanceof TemplateError) {
    return { code: 'template', message: error.message, hint: 'Fix the template at the line and column shown, or choose another template.' };
  }
  if (error instanceof ZodError) {
    return { code: 'invalid-request', message: 'The change is not valid; nothing was saved.', issues: error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message, hint: 'Try again; if it keeps happening, report it with these words.' };
}
