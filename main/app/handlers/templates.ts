import { listTemplates } from '../../core/templates';
import type { GroupHandlers } from '../dispatch';
import type { HandlerContext } from '../handler-context';

/** The templates a briefing can use: the built-ins, then the analyst's own. */
export function templateHandlers(context: HandlerContext): GroupHandlers<'templates'> {
  return {
    'templates:list': async () => listTemplates({ dir: context.templatesDir, layout: context.layout }),
  };
}
