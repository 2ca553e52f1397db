import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { composeBriefing } from '../../main/core/compose/compose';
import { newBriefing } from '../../main/core/compose/new-briefing';
import { loadTemplate, renderTemplate } from '../../main/core/render';
import { reapedChildrenCpuMs } from '../chromium/browser-cpu';
import { ChromiumPrinter } from '../chromium/chromium-printer';
import { runNode, type ChildUsage } from '../child-process';
import type { BenchContext } from '../context';
import { cpuRatioRow, type Measured } from '../interleaved';
import type { Row } from '../report';
import { summarize } from '../stats';
import { typstBriefingData } from '../typst/typst-briefing-data';
import { TYPST_TEMPLATE, typstFontPaths } from '../typst/typst-printer';

/**
 * The default memo as a new process: what an analyst waits for in a terminal or a script.
 * Ours is `node bin/briefbook.js export` (the runner builds dist/cli.cjs before any case runs);
 * Typst is `node bench/typst/typst-cold.cjs` (Node, the Typst addon, its fonts, one compile
 * over the memo's model, prepared beforehand as JSON); Chromium (not in the smoke run) is
 * launched, prints the memo's HTML (rendered beforehand) and is closed. Rounds alternate.
 */
export async function cliColdExport(context: BenchContext): Promise<Row[]> {
  const out = (name: string) => path.join(context.workDir, name);
  const ours = [path.join(context.root, 'bin/briefbook.js'), 'export', '--library', context.defaultLibraryFile, '--out', out('cli-memo.pdf')];
  const briefing = newBriefing(context.defaultLibrary);
  const model = composeBriefing(context.defaultLibrary, briefing);
  const template = await loadTemplate(briefing.templateId, context.layout);
  await writeFile(out('typst-memo.json'), typstBriefingData(model, template.setup, 'memo'));
  const typst = [path.join(context.root, 'bench/typst/typst-cold.cjs'), TYPST_TEMPLATE, out('typst-memo.json'), out('typst-memo.pdf'), ...typstFontPaths(context.layout)];
  const chromiumHtml = { body: renderTemplate(template, model), setup: template.setup, marking: model.marking };
  const usageFile = out('cli-usage.json');

  const chromiumCold = async (): Promise<ChildUsage> => {
    const before = reapedChildrenCpuMs();
    const start = performance.now();
    const printer = await ChromiumPrinter.launch(context.layout, context.workDir);
    await printer.print(await printer.prepare('memo-cold', chromiumHtml.body, chromiumHtml.setup, chromiumHtml.marking));
    await printer.close();
    const after = reapedChildrenCpuMs();
    return { wallMs: performance.now() - start, cpuMs: before === undefined || after === undefined ? Number.NaN : after - before, maxRssMb: Number.NaN };
  };
  const contenders: Record<string, () => Promise<ChildUsage>> = {
    ours: () => runNode(ours, usageFile),
    typst: () => runNode(typst, usageFile),
    ...(context.sizes.chromiumMemo ? { chromium: chromiumCold } : {}),
  };
  // One untimed round fills the OS file cache, as on any machine that has run the commands before.
  for (const run of Object.values(contenders)) await run();
  const measured: Record<string, Measured> = Object.fromEntries(Object.keys(contenders).map((name) => [name, { wall: [], cpu: [] }]));
  for (let round = 0; round < context.sizes.runs.cli; round++) {
    for (const [name, run] of Object.entries(contenders)) {
      const usage = await run();
      measured[name]!.wall.push(usage.wallMs);
      measured[name]!.cpu.push(usage.cpuMs);
    }
  }
  const row = (id: string, label: string, { wall, cpu }: Measured, note: string): Row => ({
    id,
    label,
    unit: 'ms',
    ...summarize(wall),
    cpu: summarize(cpu).median,
    note,
  });
  const rows = [
    row('memo.cold', 'memo export, cold CLI process', measured.ours!, 'node bin/briefbook.js export --library data/library.json'),
    row('memo.cold.typst', 'memo, cold: Typst process', measured.typst!, 'node bench/typst/typst-cold.cjs (model prepared as JSON)'),
    cpuRatioRow('memo.cold.ratioTypst', 'memo, cold: ours / Typst', measured.ours!, measured.typst!, { target: 2.5 }),
  ];
  if (measured.chromium) {
    rows.push(
      row('memo.cold.chromium', 'memo, cold: Chromium launched', measured.chromium, 'launch, print the rendered HTML, close; cpu: Chromium processes only'),
      cpuRatioRow('memo.cold.ratioChromium', 'memo, cold: ours / Chromium', measured.ours!, measured.chromium),
    );
  }
  return rows;
}
