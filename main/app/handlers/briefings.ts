import { composeBriefing } from '../../core/compose/compose';
import { resolveRuleRecords } from '../../core/compose/rule-records';
import { newBriefing } from '../../core/compose/new-briefing';
import { exportBriefing } from '../../core/export-briefing';
import { deleteBriefing, listBriefings, requireBriefing, saveBriefing } from '../../core/use-cases/briefings';
import type { GroupHandlers } from '../dispatch';
import { layoutOptions, type HandlerContext } from '../handler-context';

/** Saved briefings, and composing and previewing the one being edited. */
export function briefingHandlers(context: HandlerContext): GroupHandlers<'briefings'> {
  // A rule's text search is asked of the search worker (when there is one) before composing.
  const { store, findRecordPage } = context;
  return {
    'briefings:list': async () => listBriefings(store.data, findRecordPage),

    'briefing:new': async () => newBriefing(store.data, {}, context.now()),

    'briefing:get': async ({ id }) => requireBriefing(store.data, id),
    'briefing:save': async (briefing) => saveBriefing(store, briefing, context.now()),
    'briefing:delete': async ({ id }) => deleteBriefing(store, id, findRecordPage),

    'briefing:compose': async (briefing) => {
      const library = store.data;
      return composeBriefing(library, briefing, await resolveRuleRecords(library, [briefing.selection], findRecordPage));
    },

    'briefing:preview': async (briefing) => {
      const { bytes, pageCount } = await exportBriefing(store.data, briefing, { ...layoutOptions(context), findRecordPage });
      return { pdf: bytes, pageCount };
    },
  };
}
