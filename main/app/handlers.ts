import type { HandlerGroup } from '../api';
import type { GroupHandlers, HandlerTable } from './dispatch';
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
 * The handler module of each group of the IPC table (main/api.ts): each answers exactly the
 * table's channels of its group, so a channel without a handler, a handler without a channel, or
 * a group without a module fails to type-check.
 */
const GROUPS: { [G in HandlerGroup]: (context: HandlerContext) => GroupHandlers<G> } = {
  library: libraryHandlers,
  briefings: briefingHandlers,
  exports: exportHandlers,
  templates: templateHandlers,
  'template-studio': templateStudioHandlers,
  editing: editingHandlers,
  import: importHandlers,
  shelf: shelfHandlers,
  positions: positionHandlers,
  help: helpHandlers,
};

/** The real handler table: every channel of main/api.ts, implemented over main/core. */
export function createHandlers(context: HandlerContext): HandlerTable {
  const groups = Object.values(GROUPS).map((handlersOf) => handlersOf(context));
  return Object.assign({}, ...groups) as HandlerTable;
}
