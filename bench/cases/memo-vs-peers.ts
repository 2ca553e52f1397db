import { composeBriefing } from '../../main/core/compose/compose';
import { newBriefing } from '../../main/core/compose/new-briefing';
import { exportBriefing } from '../../main/core/export-briefing';
import { emptyExportCaches } from '../../main/core/pdf/export-caches';
import type { Library } from '../../main/core/model';
import { loadTemplate, renderTemplate } from '../../main/core/render';
import { browserCpuMs } from '../chromium/browser-cpu';
import { ChromiumPrinter } from '../chromium/chromium-printer';
import type { BenchContext } from '../context';
import { cpuRatioRow, interleavedRuns, measuredRow, type Contender } from '../interleaved';
import { withEditedRecord } from '../fixtures/edited-library';
import { countPages } from '../pdf-pages';
import type { Row } from '../report';
import { typstBriefingData } from '../typst/typst-briefing-data';
import { TypstPrinter } from '../typst/typst-printer';

/**
 * The default memo (the whole default library through the built-in memo template) side by
 * side with Typst (an equivalent template over the same model and fonts) and headless
 * Chromium (the same HTML; not in the smoke run), all in one process, kept warm:
 *
 * - *warm*: the same briefing again, each side doing all its work in a warm process: Typst's
 *   memoisation cache is emptied before each of its runs, and so are our export caches
 *   (converted blocks, measured text, shaped words, deflated streams: `emptyExportCaches`);
 *   Chromium is given the HTML already rendered (it has no cache between pages);
 * - *unchanged re-export*: the same briefing again with every cache kept, on both sides (what
 *   re-exporting a briefing nobody changed costs; no target);
 * - *one-record edit*: one record's summary changes before each run (a new library object,
 *   as after an edit in the app), and each side shows the new PDF: ours is the preview's
 *   export, Typst recompiles incrementally over its caches, as its watch mode does, and
 *   Chromium prints the newly rendered HTML (the rendering is ours, and not in its CPU time).
 *
 * Rounds alternate ours / Typst / Chromium so the machine's load falls on all alike.
 */
export async function memoVsPeers(context: BenchContext): Promise<Row[]> {
  const library = context.defaultLibrary;
  const briefing = newBriefing(library);
  const template = await loadTemplate(briefing.templateId, context.layout);
  const model = composeBriefing(library, briefing);
  const typst = new TypstPrinter(context.layout);
  const printer = context.sizes.chromiumMemo ? await ChromiumPrinter.launch(context.layout, context.workDir) : undefined;
  try {
    const typstMemo = (from: Library, fresh: boolean) => typst.print(typstBriefingData(composeBriefing(from, briefing), template.setup, 'memo'), { fresh });
    const chromiumMemo = async (from: Library) => {
      const html = renderTemplate(template, from === library ? model : composeBriefing(from, briefing));
      return printer!.print(await printer!.prepare(from === library ? 'memo' : 'memo-edit', html, template.setup, model.marking));
    };
    const job = printer && (await printer.prepare('memo', renderTemplate(template, model), template.setup, model.marking));
    const warm: Record<string, Contender> = {
      ours: { run: () => exportBriefing(library, briefing) },
      typst: { run: () => typstMemo(library, true) },
      ...(printer && job ? { chromium: { run: () => printer.print(job), cpuClock: browserCpuMs } } : {}),
    };
    for (let i = 0; i < context.sizes.warmup; i++) for (const contender of Object.values(warm)) await contender.run();
    const notes = {
      ours: `${(await exportBriefing(library, briefing)).pageCount} pages, ${model.stats.records} records`,
      typst: `${typstMemo(library, true).pageCount} pages, same model and fonts, bench/typst/briefing.typ`,
      chromium: printer && job ? `${await countPages(await printer.print(job))} pages, same HTML, Chromium ${printer.version}; cpu: all its processes` : '',
    };
    context.log(`memo: ${context.sizes.runs.memo} rounds of ${Object.keys(warm).join(', ')}`);
    // Emptied untimed, before each of our runs, as Typst's cache is before each of its own.
    const measuredWarm = await interleavedRuns(warm, context.sizes.runs.memo, (name) => void (name === 'ours' && emptyExportCaches(context.layout)));

    const unchanged: Record<'ours' | 'typst', Contender> = {
      ours: { run: () => exportBriefing(library, briefing) },
      typst: { run: () => typstMemo(library, false) },
    };
    for (const contender of Object.values(unchanged)) await contender.run();
    context.log(`memo, unchanged re-export: ${context.sizes.runs.memo} rounds of ours, typst`);
    const measuredUnchanged = await interleavedRuns(unchanged, context.sizes.runs.memo);

    let edited = library;
    let revision = 0;
    const edit: Record<string, Contender> = {
      ours: { run: () => exportBriefing(edited, briefing) },
      typst: { run: () => typstMemo(edited, false) },
      ...(printer ? { chromium: { run: () => chromiumMemo(edited), cpuClock: browserCpuMs } } : {}),
    };
    const nextEdit = () => (edited = withEditedRecord(library, ++revision));
    for (let i = 0; i < context.sizes.warmup; i++) {
      nextEdit();
      for (const contender of Object.values(edit)) await contender.run();
    }
    context.log(`memo, one-record edit: ${context.sizes.runs.preview} rounds of ${Object.keys(edit).join(', ')}`);
    // Each round edits the library once; every side then sees a library it has not seen yet.
    const measuredEdit = await interleavedRuns(edit, context.sizes.runs.preview, (name) => void (name === 'ours' && nextEdit()));

    const rows = [
      measuredRow('memo.warm', 'memo export, warm (in process)', measuredWarm.ours!, { note: notes.ours }),
      measuredRow('memo.typst', 'memo, warm: Typst (full compile)', measuredWarm.typst!, { note: notes.typst }),
      cpuRatioRow('memo.ratioTypst', 'memo, warm: ours / Typst', measuredWarm.ours!, measuredWarm.typst!, { target: 1 }),
      measuredRow('memo.unchanged.ours', 'memo, unchanged re-export: ours, caches kept', measuredUnchanged.ours, { note: 'the same briefing again; converted blocks, measured text, shaped words, deflated streams reused' }),
      measuredRow('memo.unchanged.typst', 'memo, unchanged re-export: Typst, caches kept', measuredUnchanged.typst, { note: 'the same model again, compiled over its warm memoisation cache' }),
      cpuRatioRow('memo.unchanged.ratioTypst', 'memo, unchanged re-export: ours / Typst', measuredUnchanged.ours, measuredUnchanged.typst),
      measuredRow('edit.ours', 'one-record edit: our preview export', measuredEdit.ours!, { note: 'one record summary changed → new PDF bytes' }),
      measuredRow('edit.typst', 'one-record edit: Typst recompile', measuredEdit.typst!, { note: 'the same change, incremental compile over its caches' }),
      cpuRatioRow('edit.ratioTypst', 'one-record edit: ours / Typst', measuredEdit.ours!, measuredEdit.typst!, { target: 1 }),
    ];
    if (measuredWarm.chromium && measuredEdit.chromium) {
      rows.push(
        measuredRow('memo.chromium', 'memo, warm: Chromium', measuredWarm.chromium, { note: notes.chromium }),
        cpuRatioRow('memo.ratioChromium', 'memo, warm: ours / Chromium', measuredWarm.ours!, measuredWarm.chromium),
        measuredRow('edit.chromium', 'one-record edit: Chromium prints again', measuredEdit.chromium, { note: 'new HTML → new page → PDF; cpu: all its processes' }),
        cpuRatioRow('edit.ratioChromium', 'one-record edit: ours / Chromium', measuredEdit.ours!, measuredEdit.chromium),
      );
    }
    return rows;
  } finally {
    await printer?.close();
  }
}
