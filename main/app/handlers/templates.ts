import { systemPaper } from '../../core/editing/paper-for-locale';
import { listTemplates } from '../../core/templates';
import type { GroupHandlers } from '../dispatch';
import type { HandlerContext } from '../handler-context';

/** The templates a briefing can use (the built-ins, then the analyst's own), and the paper of the analyst's region. */
export function templateHandlers(context: HandlerContext): GroupHandlers<'templates'> {
  return {
    'templates:list': async () => listTemplates({ dir: context.templatesDir, layout: context.layout }),
    'paper:region': async () => context.localePaper ?? systemPaper(),
  };
}
