import type { BriefingSummary } from '../../api';
import { composeBriefing } from '../../core/compose/compose';
import { newBriefing } from '../../core/compose/new-briefing';
import { exportBriefing } from '../../core/export-briefing';
import type { Briefing, Library } from '../../core/model';
import { NotFoundError } from '../../core/errors';
import type { HandlerTable } from '../dispatch';
import type { HandlerContext } from '../handler-context';

type BriefingChannels =
  | 'briefings:list'
  | 'briefing:new'
  | 'briefing:get'
  | 'briefing:save'
  | 'briefing:delete'
  | 'briefing:compose'
  | 'briefing:preview';

/** Saved briefings, and composing and previewing the one being edited. */
export function briefingHandlers(context: HandlerContext): Pick<HandlerTable, BriefingChannels> {
  const { store } = context;
  return {
    'briefings:list': async () => listBriefings(store.data),

    'briefing:new': async () => newBriefing(store.data, {}, context.now()),

    'briefing:get': async ({ id }) => findBriefing(store.data, id),

    'briefing:save': async (briefing) => {
      let saved = { ...briefing, updatedAt: context.now().toISOString() };
      await store.update((library) => {
        const at = library.briefings.findIndex((b) => b.id === saved.id);
        if (at < 0) {
          library.briefings.push(saved);
          return;
        }
        // Exports add to the history in main; the renderer's copy may predate the last one.
        saved = { ...saved, exports: library.briefings[at]!.exports };
        library.briefings[at] = saved;
      });
      return saved;
    },

    'briefing:delete': async ({ id }) => {
      findBriefing(store.data, id);
      await store.update((library) => {
        library.briefings = library.briefings.filter((b) => b.id !== id);
      });
      return listBriefings(store.data);
    },

    'briefing:compose': async (briefing) => composeBriefing(store.data, briefing),

    'briefing:preview': async (briefing) => {
      const { bytes, pageCount } = await exportBriefing(store.data, briefing, { layout: context.layout, templatesDir: context.templatesDir, render: context.renderBriefing });
      return { pdf: bytes, pageCount };
    },
  };
}

function listBriefings(library: Library): BriefingSummary[] {
  return library.briefings
    .map((b) => ({
      id: b.id,
      title: b.title,
      date: b.date,
      marking: b.marking,
      updatedAt: b.updatedAt,
      records: composeBriefing(library, b).stats.records,
    }))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

function findBriefing(library: Library, id: string): Briefing {
  const briefing = library.briefings.find((b) => b.id === id);
  if (!briefing) throw new NotFoundError(`No briefing "${id}" in the library; it may have been deleted.`);
  return briefing;
}
