import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { comparablePdf } from '../../../test/comparable-pdf';
import { readPdf } from '../../../test/read-pdf';
import { composeBriefing } from '../compose/compose';
import { newBriefing } from '../compose/new-briefing';
import { layOutBriefing } from '../export-briefing';
import { loadLibraryFile } from '../library';
import { loadTemplate } from '../render/templates';
import { defaultResourceLayout, projectRoot } from '../resources';
import { installMeasuredLeaves, MEASURED_STYLE_PROPERTIES, MeasuredLeaves, WORD_PROPERTIES } from './measured-leaves';
import { preparePdfmake } from './pdfmake-setup';

const root = projectRoot();
const layout = defaultResourceLayout();
const library = await loadLibraryFile(path.join(root, 'data', 'library.json'));
// Set pdfmake up first: it installs the thread's shared cache, which each test then replaces.
await preparePdfmake(layout);
afterAll(() => installMeasuredLeaves());

/** The library with one record's summary changed: the preview's export after an edit. */
function editedLibrary(revision: number): typeof library {
  const record = library.records[7]!;
  return { ...library, records: library.records.map((r) => (r.id === record.id ? { ...r, summary: `${r.summary} Edited, revision ${revision}.` } : r)) };
}

async function exportWith(cache: MeasuredLeaves | null, templateId: string, edited: typeof library) {
  installMeasuredLeaves(cache);
  const template = await loadTemplate(templateId, layout);
  const result = await layOutBriefing(composeBriefing(edited, newBriefing(edited)), template, layout);
  return { ...result, pdf: await readPdf(result.bytes) };
}

describe('MeasuredLeaves', () => {
  it('knows every style property pdfmake reads while measuring text', () => {
    const sources = ['TextInlines.js', 'TextBreaker.js'].map((file) => readFileSync(path.join(root, 'node_modules', 'pdfmake', 'js', file), 'utf8'));
    const read = new Set(sources.flatMap((source) => [...source.matchAll(/getStyleProperty\([^,]+,\s*[\w.]+,\s*'(\w+)'/g)].map((match) => match[1]!)));
    expect(read.size).toBeGreaterThan(20);
    expect([...read].filter((property) => !(MEASURED_STYLE_PROPERTIES as readonly string[]).includes(property))).toEqual([]);
  });

  it('copies every property pdfmake gives a measured word', () => {
    const source = readFileSync(path.join(root, 'node_modules', 'pdfmake', 'js', 'TextInlines.js'), 'utf8');
    const literal = /const inline = \{([\s\S]*?)\n\s*\};/.exec(source)?.[1] ?? '';
    const given = [...literal.matchAll(/^\s*(\w+):/gm)].map((match) => match[1]);
    expect(given.length).toBeGreaterThan(20);
    expect([...WORD_PROPERTIES]).toEqual(given);
  });

  for (const id of ['memo', 'book', 'comparison', 'one-pager']) {
    it(`after a one-record edit, measures only new text and lays out the ${id} as measuring everything does`, { timeout: 120_000 }, async () => {
      const cache = new MeasuredLeaves(undefined, false);
      await exportWith(cache, id, editedLibrary(1));
      const [measuredBefore, reusedBefore] = [cache.measured, cache.reused];
      const incremental = await exportWith(cache, id, editedLibrary(2));
      const reused = cache.reused - reusedBefore;
      const measured = cache.measured - measuredBefore;
      expect(reused).toBeGreaterThan(measured * 10);
      const cold = await exportWith(null, id, editedLibrary(2));
      // The one-pager prints no summaries: there the edit changes nothing on the page.
      if (id !== 'one-pager') expect(incremental.pdf.pages.join(' ')).toContain('Edited, revision 2.');
      // Byte for byte (the structure tree included), but for the document's id and dates.
      expect(comparablePdf(incremental.bytes)).toEqual(comparablePdf(cold.bytes));
      expect(incremental.pageCount).toBe(cold.pageCount);
      expect(incremental.pdf.pages).toEqual(cold.pdf.pages);
      expect(incremental.pdf.items).toEqual(cold.pdf.items);
      expect(incremental.pdf.fonts).toEqual(cold.pdf.fonts);
      expect(incremental.pdf.outline).toEqual(cold.pdf.outline);
      expect(incremental.pdf.links).toEqual(cold.pdf.links);
      expect(incremental.pdf.linkRects).toEqual(cold.pdf.linkRects);
      expect(incremental.pdf.destinations).toEqual(cold.pdf.destinations);
    });
  }

  it('keeps nothing from the first document in a thread, and reuses from the second on', async () => {
    const cache = new MeasuredLeaves();
    await exportWith(cache, 'memo', library);
    expect(cache.reused).toBe(0);
    // The second keeps its leaves (and reuses its own repeated ones: banners, page numbers).
    await exportWith(cache, 'memo', library);
    const measured = cache.measured;
    await exportWith(cache, 'memo', library);
    expect(cache.measured).toBe(measured);
  });

  it('forgets the least recently used leaves past its capacity', async () => {
    const cache = new MeasuredLeaves(20_000, false);
    await exportWith(cache, 'memo', library);
    await exportWith(cache, 'memo', library);
    const measured = cache.measured;
    // The memo's leaves hold far more than 20,000 characters: most are measured again.
    await exportWith(cache, 'memo', library);
    expect(cache.measured - measured).toBeGreaterThan(100);
  });
});
