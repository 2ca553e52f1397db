import { composeBriefing } from '../../core/compose/compose';
import { newBriefing } from '../../core/compose/new-briefing';
import { exportBriefing } from '../../core/export-briefing';
import { deleteBriefing, listBriefings, requireBriefing, saveBriefing } from '../../core/use-cases/briefings';
import type { GroupHandlers } from '../dispatch';
import { layoutOptions, type HandlerContext } from '../handler-context';

/** Saved briefings, and composing and previewing the one being edited. */
export function briefingHandlers(context: HandlerContext): GroupHandlers<'briefings'> {
  const { store } = context;
  return {
    'briefings:list': async () => listBriefings(store.data),

    'briefing:new': async () => newBriefing(store.data, {}, context.now()),

    'briefing:get': async ({ id }) => requireBriefing(store.data, id),
    'briefing:save': async (briefing) => saveBriefing(store, briefing, context.now()),
    'briefing:delete': async ({ id }) => deleteBriefing(store, id),

    'briefing:compose': async (briefing) => composeBriefing(store.data, briefing),

    'briefing:preview': async (briefing) => {
      const { bytes, pageCount } = await exportBriefing(store.data, briefing, layoutOptions(context));
      return { pdf: bytes, pageCount };
    },
  };
}
