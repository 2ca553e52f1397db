import type { RenderRequest, RenderedBriefing } from '../export-briefing';
import { TemplateError } from '../render/template-error';
import { TemplateNotFoundError } from '../render/templates';
import type { ResourceLayout } from '../resources';

/** What the export worker is started with: the fonts to load while it waits for its first request. */
export interface ExportWorkerData {
  layout: ResourceLayout;
}

/** Main to worker: render one briefing; `id` pairs the answer with the request. */
export interface RenderMessage {
  id: number;
  request: RenderRequest;
}

/** Worker to main: the PDF, or the error the render threw, as data. */
export type RenderReply = { id: number; ok: true; result: RenderedBriefing } | { id: number; ok: false; error: ErrorData };

/** Worker to main: its code has loaded and it takes requests; then a reply for each request. */
export type WorkerReply = { ready: true } | RenderReply;

/** An error as plain data: structured cloning keeps only an Error's message, so the classes callers test for are rebuilt from this. */
export interface ErrorData {
  name: string;
  message: string;
  stack?: string;
  /** A {@link TemplateError}'s location, so main rebuilds the same class with the same fields. */
  templateError?: { template: string; line: number; column: number; reason: string; file: string };
}

export function errorToData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const data: ErrorData = { name: error.name, message: error.message, stack: error.stack };
  if (error instanceof TemplateError) {
    const { template, line, column, reason, file } = error;
    data.templateError = { template, line, column, reason, file };
  }
  return data;
}

/** The error the worker threw, as the same class where callers tell classes apart (TemplateError, TemplateNotFoundError). */
export function errorFromData(data: ErrorData): Error {
  let error: Error;
  if (data.templateError) {
    const { template, line, column, reason, file } = data.templateError;
    error = new TemplateError(template, line, column, reason, file);
  } else if (data.name === 'TemplateNotFoundError') {
    error = new TemplateNotFoundError(data.message);
  } else {
    error = new Error(data.message);
    error.name = data.name;
  }
  if (data.stack) error.stack = data.stack;
  return error;
}
