import { composeBriefing } from '../../main/core/compose/compose';
import { exportBriefing } from '../../main/core/export-briefing';
import { renderTemplate } from '../../main/core/render';
import { browserCpuMs } from '../chromium/browser-cpu';
import { ChromiumPrinter } from '../chromium/chromium-printer';
import type { BenchContext } from '../context';
import { bookFixture } from '../fixtures/book-library';
import { countPages } from '../pdf-pages';
import { timingRow, type Row } from '../report';
import { summarize } from '../stats';

/**
 * Books of about 100 and 500 pages: our export against headless Chromium printing the same
 * HTML (what the template renders) with a matching print style sheet.
 *
 * Ours is timed through `exportBriefing` (compose, render, HTML to pdfmake, layout, PDF);
 * Chromium is given the HTML already rendered and is timed from a new page to the PDF bytes,
 * in a browser launched once. Runs alternate between the two, so a change in the machine's
 * load during the run affects both alike.
 */
export async function bookVsChromium(context: BenchContext): Promise<Row[]> {
  const printer = await ChromiumPrinter.launch(context.layout, context.workDir);
  const rows: Row[] = [];
  try {
    context.log(`Chromium ${printer.version}`);
    for (const book of context.sizes.books) {
      const { library, briefing, template, render } = await bookFixture(context, book);
      const model = composeBriefing(library, briefing);
      const job = await printer.prepare(`book-${book.pages}`, renderTemplate(template, model), template.setup, model.marking);

      const ours = () => exportBriefing(library, briefing, { render });
      const chromium = () => printer.print(job);
      // One untimed run each: our fonts and JIT, Chromium's font and page caches.
      const ourPages = (await ours()).pageCount;
      const chromiumPages = await countPages(await chromium());

      const runs = book.pages > 100 ? context.sizes.runs.bigBook : context.sizes.runs.book;
      const ourTimes: number[] = [];
      const ourCpu: number[] = [];
      const chromiumTimes: number[] = [];
      const chromiumCpu: number[] = [];
      for (let run = 0; run < runs; run++) {
        context.log(`book ${book.pages}: run ${run + 1} of ${runs}`);
        const startCpu = process.cpuUsage();
        ourTimes.push(await timed(ours));
        const used = process.cpuUsage(startCpu);
        ourCpu.push((used.user + used.system) / 1000);
        const browserCpuBefore = browserCpuMs();
        chromiumTimes.push(await timed(chromium));
        const browserCpuAfter = browserCpuMs();
        if (browserCpuBefore !== undefined && browserCpuAfter !== undefined) chromiumCpu.push(browserCpuAfter - browserCpuBefore);
      }
      const ourTiming = summarize(ourTimes);
      const chromiumTiming = summarize(chromiumTimes);
      const ratios = ourTimes.map((time, run) => time / chromiumTimes[run]!);
      const size = `${model.stats.records} records`;
      rows.push(
        timingRow(`book${book.pages}.ours`, `book ~${book.pages} pp: ours`, ourTiming, { cpu: summarize(ourCpu).median, note: `${ourPages} pages, ${size}` }),
        timingRow(`book${book.pages}.chromium`, `book ~${book.pages} pp: Chromium`, chromiumTiming, {
          ...(chromiumCpu.length ? { cpu: summarize(chromiumCpu).median } : {}),
          note: `${chromiumPages} pages, same HTML, Chromium ${printer.version}; cpu: all its processes`,
        }),
        {
          id: `book${book.pages}.ratio`,
          label: `book ~${book.pages} pp: ours / Chromium`,
          unit: '×',
          median: ourTiming.median / chromiumTiming.median,
          min: Math.min(...ratios),
          max: Math.max(...ratios),
          runs,
          // The target is for the 100-page book; other sizes are reported for the record.
          ...(book.pages === 100 ? { target: 0.5 } : {}),
          note: 'ratio of medians; min/max over paired runs',
        },
      );
    }
  } finally {
    await printer.close();
  }
  return rows;
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}
