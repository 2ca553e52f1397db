import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newBriefing } from '../../main/core/compose/new-briefing';
import { exportBriefing } from '../../main/core/export-briefing';
import { ExportWorker } from '../../main/core/export-worker/client';
import { templateFileRenderer } from '../../main/core/export-with-template-file';
import type { BenchContext } from '../context';
import { timedRow, type Row } from '../report';
import { timeRuns } from '../stats';

/**
 * Preview refresh: the analyst changes something and the app exports again for the preview.
 * A briefing change (a new bottom line each time) reuses the cached template; a template
 * change (the .hbs file edited on disk) makes the export re-read and recompile it. Both in
 * process, and the briefing change once more as the app runs it: composed in the calling
 * thread, laid out in the export worker (dist/export-worker.js, which the runner builds), the
 * PDF bytes handed back.
 */
export async function previewRefresh(context: BenchContext): Promise<Row[]> {
  const library = context.defaultLibrary;
  const runs = context.sizes.runs.preview;
  let edit = 0;

  const briefing = newBriefing(library);
  const briefingChange = await timeRuns(() => exportBriefing(library, { ...briefing, bluf: `Bottom line, revision ${++edit}.` }), { runs, warmup: context.sizes.warmup });

  const templateFile = path.join(context.workDir, 'memo-copy.hbs');
  const original = await readFile(path.join(context.layout.templates, 'memo.hbs'), 'utf8');
  // A template file, as `briefbook export --template FILE` lays it out (the app names templates by id).
  const fromFile = { render: templateFileRenderer(templateFile) };
  const templateChange = await timeRuns(
    async () => {
      // Alternate lengths so the size changes on every edit, whatever the file system's mtime resolution.
      await writeFile(templateFile, `${original}{{!-- edit ${'x'.repeat(++edit % 2)} --}}\n`);
      return exportBriefing(library, briefing, fromFile);
    },
    { runs, warmup: context.sizes.warmup },
  );
  const worker = new ExportWorker(path.join(context.root, 'dist', 'export-worker.js'), context.layout);
  let inWorker;
  try {
    inWorker = await timeRuns(() => exportBriefing(library, { ...briefing, bluf: `Bottom line, revision ${++edit}.` }, { render: worker.render }), {
      runs,
      warmup: context.sizes.warmup,
    });
  } finally {
    await worker.close();
  }
  return [
    timedRow('preview.briefing', 'preview refresh: briefing change', briefingChange, { target: 200, note: 'new BLUF → new PDF bytes' }),
    timedRow('preview.worker', 'preview refresh: briefing change, in the export worker', inWorker, {
      target: 200,
      note: 'as the app does it: composed here, laid out in the worker thread',
    }),
    timedRow('preview.template', 'preview refresh: template change', templateChange, { target: 200, note: 'memo.hbs copy edited on disk → reload, recompile, new PDF bytes' }),
  ];
}
