import { composeBriefing } from '../../main/core/compose/compose';
import { exportBriefing } from '../../main/core/export-briefing';
import { emptyExportCaches } from '../../main/core/pdf/export-caches';
import { renderTemplate } from '../../main/core/render';
import { browserCpuMs } from '../chromium/browser-cpu';
import { ChromiumPrinter } from '../chromium/chromium-printer';
import type { BenchContext } from '../context';
import { bookFixture } from '../fixtures/book-library';
import { cpuRatioRow, interleavedRuns, measuredRow } from '../interleaved';
import { countPages } from '../pdf-pages';
import type { Row } from '../report';
import { typstBriefingData } from '../typst/typst-briefing-data';
import { TypstPrinter } from '../typst/typst-printer';

/**
 * Books of about 100 and 500 pages: our export against headless Chromium printing the same
 * HTML (what the template renders) with a matching print style sheet, and against Typst
 * setting the same briefing model with an equivalent template (bench/typst/briefing.typ).
 *
 * Ours is timed through `exportBriefing` (compose, render, HTML to pdfmake, layout, PDF) with
 * its export caches emptied before each run (`emptyExportCaches`); Typst from the same library
 * and briefing (compose, the model as JSON, a full compile with its caches emptied, PDF): both
 * do all their work in a warm process; Chromium is given the HTML already rendered and is timed from a
 * new page to the PDF bytes, in a browser launched once. Runs alternate between the three,
 * so a change in the machine's load during the run affects all alike.
 */
export async function bookVsPeers(context: BenchContext): Promise<Row[]> {
  const printer = await ChromiumPrinter.launch(context.layout, context.workDir);
  const typst = new TypstPrinter(context.layout);
  const rows: Row[] = [];
  try {
    context.log(`Chromium ${printer.version}`);
    for (const book of context.sizes.books) {
      const { library, briefing, template, render } = await bookFixture(context, book);
      const model = composeBriefing(library, briefing);
      const job = await printer.prepare(`book-${book.pages}`, renderTemplate(template, model), template.setup, model.marking);

      const contenders = {
        ours: { run: () => exportBriefing(library, briefing, { render }) },
        typst: { run: () => typst.print(typstBriefingData(composeBriefing(library, briefing), template.setup, 'book'), { fresh: true }) },
        chromium: { run: () => printer.print(job), cpuClock: browserCpuMs },
      };
      // One untimed run each: our fonts and JIT, Typst's fonts, Chromium's font and page caches.
      const ourPages = (await contenders.ours.run()).pageCount;
      const typstPages = contenders.typst.run().pageCount;
      const chromiumPages = await countPages(await contenders.chromium.run());

      const runs = book.pages > 100 ? context.sizes.runs.bigBook : context.sizes.runs.book;
      context.log(`book ${book.pages}: ${runs} rounds of ours, Typst, Chromium`);
      // Emptied untimed, before each of our runs, as Typst's cache is before each of its own.
      const measured = await interleavedRuns(contenders, runs, (name) => void (name === 'ours' && emptyExportCaches(context.layout)));
      const size = `${model.stats.records} records`;
      rows.push(
        measuredRow(`book${book.pages}.ours`, `book ~${book.pages} pp: ours`, measured.ours, { note: `${ourPages} pages, ${size}` }),
        measuredRow(`book${book.pages}.typst`, `book ~${book.pages} pp: Typst`, measured.typst, {
          note: `${typstPages} pages, same model and fonts, bench/typst/briefing.typ, full compile`,
        }),
        measuredRow(`book${book.pages}.chromium`, `book ~${book.pages} pp: Chromium`, measured.chromium, {
          note: `${chromiumPages} pages, same HTML, Chromium ${printer.version}; cpu: all its processes`,
        }),
        // The targets are ours ≤ Typst at both sizes, and ours ≤ half of Chromium at 100 pages.
        cpuRatioRow(`book${book.pages}.ratioTypst`, `book ~${book.pages} pp: ours / Typst`, measured.ours, measured.typst, { target: 1 }),
        cpuRatioRow(`book${book.pages}.ratio`, `book ~${book.pages} pp: ours / Chromium`, measured.ours, measured.chromium, book.pages === 100 ? { target: 0.5 } : {}),
      );
    }
  } finally {
    await printer.close();
  }
  return rows;
}
