import path from 'node:path';
import { exportToFile } from '../../core/use-cases/export-to-file';
import { NotFoundError } from '../../core/errors';
import type { GroupHandlers } from '../dispatch';
import { layoutOptions, type HandlerContext } from '../handler-context';

/** Exporting a briefing to a file the analyst picks (and onto the reading room's shelf), then opening or revealing it. */
export function exportHandlers(context: HandlerContext): GroupHandlers<'exports'> {
  let lastExport: string | undefined;

  const requireLastExport = (): string => {
    if (!lastExport) throw new NotFoundError('Nothing has been exported in this session yet.');
    return lastExport;
  };

  return {
    'briefing:export': async (briefing) => {
      const file = await context.chooseExportFile(`${fileNameFor(briefing.title)}.pdf`);
      if (!file) return { canceled: true };
      context.emit('export:progress', { stage: 'rendering', fraction: 0.1 });
      const { exported, notShelved } = await exportToFile({
        ...layoutOptions(context),
        library: context.store.data,
        briefing,
        findRecordPage: context.findRecordPage,
        file,
        at: context.now(),
        shelf: context.store,
        whenNotShelved: 'report',
        exportFolders: context.exportFolders,
        progress: (stage) => {
          if (stage === 'writing') context.emit('export:progress', { stage: 'writing', fraction: 0.9 });
        },
      });
      lastExport = file;
      context.emit('export:progress', { stage: 'done', fraction: 1 });
      return { canceled: false, file, pageCount: exported.pageCount, ...(notShelved ? { notShelved } : {}) };
    },

    'export:open-last': async () => context.openPath(requireLastExport()),

    'export:reveal-last': async () => context.showInFolder(requireLastExport()),
  };
}

/** A file name from a title: letters, digits and dashes only, never empty. */
function fileNameFor(title: string): string {
  const base = path.basename(title).normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return base.slice(0, 80) || 'briefing';
}
