import path from 'node:path';
import type { BriefingSummary, Events, LibraryOverview } from '../api';
import { composeBriefing } from '../core/compose/compose';
import { newBriefing } from '../core/compose/new-briefing';
import { exportBriefing } from '../core/export-briefing';
import { countBySource, countByTopic, findRecords } from '../core/library/query';
import { writeFileDurably } from '../core/library';
import type { LibraryStore } from '../core/library';
import type { Briefing, Library } from '../core/model';
import { listBuiltInTemplates } from '../core/render';
import type { ResourceLayout } from '../core/resources';
import { NotFoundError, type HandlerTable } from './dispatch';

/** What the handlers need from the outside world; Electron supplies it in the app, tests supply their own. */
export interface HandlerContext {
  store: LibraryStore;
  layout: ResourceLayout;
  /** Shows the native save dialog; resolves to the chosen file, or undefined when the analyst cancels. */
  chooseExportFile(suggestedName: string): Promise<string | undefined>;
  openPath(file: string): Promise<void>;
  showInFolder(file: string): void;
  emit<E extends keyof Events>(event: E, payload: Events[E]): void;
  now(): Date;
}

/** The real handler table: every channel of main/api.ts, implemented over main/core. */
export function createHandlers(context: HandlerContext): HandlerTable {
  const { store } = context;
  let lastExport: string | undefined;

  const requireLastExport = (): string => {
    if (!lastExport) throw new NotFoundError('Nothing has been exported in this session yet.');
    return lastExport;
  };

  return {
    'library:overview': async () => overview(store.file, store.data),

    'records:find': async ({ offset, limit, ...query }) => {
      const library = store.data;
      const found = findRecords(library, query);
      return {
        total: found.length,
        offset,
        records: found.slice(offset, offset + limit),
        topicCounts: countByTopic(library, found),
        sourceCounts: countBySource(library, found),
      };
    },

    'record:get': async ({ id }) => {
      const record = store.data.records.find((r) => r.id === id);
      if (!record) throw new NotFoundError(`No record "${id}" in the library.`);
      const source = store.data.sources.find((s) => s.id === record.sourceId);
      if (!source) throw new NotFoundError(`Record "${id}" cites a source "${record.sourceId}" that is not in the library.`);
      return { record, source };
    },

    'briefings:list': async () => listBriefings(store.data),

    'briefing:new': async () => newBriefing(store.data, {}, context.now()),

    'briefing:get': async ({ id }) => findBriefing(store.data, id),

    'briefing:save': async (briefing) => {
      const saved = { ...briefing, updatedAt: context.now().toISOString() };
      await store.update((library) => {
        const at = library.briefings.findIndex((b) => b.id === saved.id);
        if (at >= 0) library.briefings[at] = saved;
        else library.briefings.push(saved);
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
      const { bytes, pageCount } = await exportBriefing(store.data, briefing, { layout: context.layout });
      return { pdf: bytes, pageCount };
    },

    'briefing:export': async (briefing) => {
      const file = await context.chooseExportFile(`${fileNameFor(briefing.title)}.pdf`);
      if (!file) return { canceled: true };
      context.emit('export:progress', { stage: 'rendering', fraction: 0.1 });
      const { bytes, pageCount } = await exportBriefing(store.data, briefing, { layout: context.layout });
      context.emit('export:progress', { stage: 'writing', fraction: 0.9 });
      await writeFileDurably(file, bytes);
      lastExport = file;
      context.emit('export:progress', { stage: 'done', fraction: 1 });
      return { canceled: false, file, pageCount };
    },

    'export:open-last': async () => context.openPath(requireLastExport()),

    'export:reveal-last': async () => context.showInFolder(requireLastExport()),

    'templates:list': async () => listBuiltInTemplates(context.layout),
  };
}

function overview(file: string, library: Library): LibraryOverview {
  const records = library.records.filter((r) => r.status === 'active');
  const topicCounts = new Map(countByTopic(library, records).map((c) => [c.id, c.count]));
  const sourceCounts = new Map(countBySource(library, records).map((c) => [c.id, c.count]));
  return {
    file,
    topics: library.topics.map((t) => ({ ...t, records: topicCounts.get(t.id) ?? 0 })),
    sources: library.sources.map(({ text: _text, ...s }) => ({ ...s, records: sourceCounts.get(s.id) ?? 0 })),
    records: records.length,
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

/** A file name from a title: letters, digits and dashes only, never empty. */
function fileNameFor(title: string): string {
  const base = path.basename(title).normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return base.slice(0, 80) || 'briefing';
}
