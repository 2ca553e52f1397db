import { listBuiltInTemplates } from '../../core/render';
import type { HandlerTable } from '../dispatch';
import type { HandlerContext } from '../handlers';

/** The templates a briefing can use. */
export function templateHandlers(context: HandlerContext): Pick<HandlerTable, 'templates:list'> {
  return {
    'templates:list': async () => listBuiltInTemplates(context.layout),
  };
}
