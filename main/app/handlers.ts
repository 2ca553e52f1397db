import type { HandlerTable } from './dispatch';
import type { HandlerContext } from './handler-context';
import { briefingHandlers } from './handlers/briefings';
import { editingHandlers } from './handlers/editing';
import { exportHandlers } from './handlers/exports';
import { helpHandlers } from './handlers/help';
import { importHandlers } from './handlers/import';
import { libraryHandlers } from './handlers/library';
import { shelfHandlers } from './handlers/shelf';
import { positionHandlers } from './handlers/positions';
import { templateStudioHandlers } from './handlers/template-studio';
import { templateHandlers } from './handlers/templates';

export type { HandlerContext, OpenFileOptions } from './handler-context';

/**
 * The real handler table: every channel of main/api.ts, implemented over main/core.
 * Each group of channels lives in its own module under handlers/; the type checker makes
 * sure together they cover every channel exactly.
 */
export function createHandlers(context: HandlerContext): HandlerTable {
  return {
    ...libraryHandlers(context),
    ...briefingHandlers(context),
    ...exportHandlers(context),
    ...templateHandlers(context),
    ...templateStudioHandlers(context),
    ...editingHandlers(context),
    ...importHandlers(context),
    ...shelfHandlers(context),
    ...positionHandlers(context),
    ...helpHandlers(context),
  };
}
