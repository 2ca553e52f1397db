import { composeBriefing } from '../../main/core/compose/compose';
import { newBriefing } from '../../main/core/compose/new-briefing';
import type { Briefing, Library } from '../../main/core/model';
import { briefingDocDefinition } from '../../main/core/pdf/export-pdf';
import { emptyExportCaches } from '../../main/core/pdf/export-caches';
import { preparePdfmake } from '../../main/core/pdf/pdfmake-setup';
import type { LoadedTemplate } from '../../main/core/render';
import { loadTemplate } from '../../main/core/render/templates';
import type { BenchContext } from '../context';
import { bookFixture } from '../fixtures/book-library';
import { timingRow, type Row } from '../report';
import { summarize } from '../stats';

/**
 * What tagging (structure tree, marked content, artifacts) costs: the same briefing laid out
 * by the same patched pdfmake with `tagged` on and off, in alternating runs so that the load
 * of a shared machine falls on both alike. CPU time of this process per layout; the ratio
 * is the figure with a target (tagging within 15% of an untagged export).
 */
export async function taggingCost(context: BenchContext): Promise<Row[]> {
  const book = context.sizes.books[0]!;
  const fixture = await bookFixture(context, book);
  return [
    ...(await compare(context, 'memo', 'default memo', context.defaultLibrary, newBriefing(context.defaultLibrary), await loadTemplate('memo', context.layout), context.sizes.runs.memo)),
    ...(await compare(context, 'book', `book, about ${book.pages} pages`, fixture.library, fixture.briefing, fixture.template, context.sizes.runs.book)),
  ];
}

async function compare(context: BenchContext, id: string, label: string, library: Library, briefing: Briefing, template: LoadedTemplate, runs: number): Promise<Row[]> {
  const pdfmake = await preparePdfmake(context.layout);
  const model = composeBriefing(library, briefing);
  const layOut = async (tagged: boolean) => {
    const { definition } = briefingDocDefinition(model, template);
    Object.assign(definition, { tagged, pdfUA: tagged });
    // Each layout does all its work: neither reuses what the other measured, shaped or deflated.
    emptyExportCaches(context.layout);
    const start = process.cpuUsage();
    const bytes = await pdfmake.createPdf(definition).getBuffer();
    const used = process.cpuUsage(start);
    return { cpu: (used.user + used.system) / 1000, size: bytes.length };
  };
  for (let i = 0; i < context.sizes.warmup; i++) {
    await layOut(false);
    await layOut(true);
  }
  const plain: number[] = [];
  const tagged: number[] = [];
  let sizes = { plain: 0, tagged: 0 };
  for (let i = 0; i < runs; i++) {
    // Which goes first alternates too: the second of a pair runs with the first's garbage.
    const order = i % 2 === 0 ? [false, true] : [true, false];
    for (const on of order) {
      const { cpu, size } = await layOut(on);
      (on ? tagged : plain).push(cpu);
      sizes = on ? { ...sizes, tagged: size } : { ...sizes, plain: size };
    }
  }
  const untaggedTiming = summarize(plain);
  const taggedTiming = summarize(tagged);
  const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
  return [
    timingRow(`tagging.${id}.untagged`, `${label}: layout, untagged (CPU)`, untaggedTiming, { note: kB(sizes.plain) }),
    timingRow(`tagging.${id}.tagged`, `${label}: layout, tagged (CPU)`, taggedTiming, { note: kB(sizes.tagged) }),
    {
      id: `tagging.${id}.ratio`,
      label: `${label}: tagged ÷ untagged (median CPU)`,
      unit: '×',
      median: Math.round((taggedTiming.median / untaggedTiming.median) * 1000) / 1000,
      target: 1.15,
    },
  ];
}
