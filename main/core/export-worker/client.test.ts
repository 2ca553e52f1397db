import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../../test/read-pdf';
import { composeBriefing } from '../compose/compose';
import { newBriefing } from '../compose/new-briefing';
import { renderBriefing, type RenderRequest } from '../export-briefing';
import { loadLibraryFile } from '../library';
import { TemplateError } from '../render/template-error';
import { TemplateNotFoundError } from '../render/templates';
import { defaultResourceLayout, projectRoot } from '../resources';
import { EXPORT_LIMITS, ExportWorker } from './client';

// The worker runs the bundle the app ships, dist/export-worker.js (built by test/global-setup.ts).
const root = projectRoot();
const layout = defaultResourceLayout();
const library = await loadLibraryFile(path.join(root, 'data', 'library.json'));
const memo: RenderRequest = { model: composeBriefing(library, newBriefing(library)), template: 'memo', layout, templatesDir: path.join(root, 'no-user-templates') };
const worker = new ExportWorker(path.join(root, 'dist', 'export-worker.js'), layout);

afterAll(() => worker.close());

describe('ExportWorker', () => {
  it('lays out the same PDF as an export in process', async () => {
    const [inWorker, inProcess] = [await worker.render(memo), await renderBriefing(memo)];
    expect(inWorker.pageCount).toBe(inProcess.pageCount);
    expect(inWorker.marking).toBe(inProcess.marking);
    const [a, b] = [await readPdf(inWorker.bytes), await readPdf(inProcess.bytes)];
    expect(a.numPages).toBe(inProcess.pageCount);
    expect(a.pages).toEqual(b.pages);
    expect(a.fonts).toEqual(b.fonts);
    expect(a.outline).toEqual(b.outline);
  });

  it('leaves the calling thread free while it lays out', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const started = performance.now();
      await Promise.all([worker.render(memo), worker.render(memo)]);
      const elapsed = performance.now() - started;
      // In process, pdfmake's layout runs in long synchronous stretches and a timer barely fires.
      expect(ticks).toBeGreaterThan(elapsed / 5 / 4);
    } finally {
      clearInterval(timer);
    }
  });

  it('renders unsaved template text, and reports its mistakes as TemplateErrors with their place', async () => {
    const text = '---\nname: Scratch\n---\n<h1>{{title}}</h1>\n<p>{{#each sections}}{{title}}</p>\n';
    const error = await worker.render({ ...memo, template: 'scratch', text }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ template: 'scratch.hbs', line: 5 });
    expect((error as TemplateError).message).toMatch(/^scratch\.hbs:5:\d+: /);

    const fixed = await worker.render({ ...memo, template: 'scratch', text: text.replace('{{#each sections}}{{title}}', '{{#each sections}}{{@index}}{{/each}}') });
    expect((await readPdf(fixed.bytes)).pages[0]).toContain(memo.model.title);
  });

  it('after a one-record edit converts only that record again, and lays out the PDF a fresh worker lays out', { timeout: 180_000 }, async () => {
    const own = new ExportWorker(path.join(root, 'dist', 'export-worker.js'), layout);
    const fresh = new ExportWorker(path.join(root, 'dist', 'export-worker.js'), layout);
    try {
      // The first export in a thread converts the whole document at once; the second keeps its blocks.
      expect((await own.render(memo)).blocks).toBeUndefined();
      const first = await own.render(memo);
      expect(first.blocks).toMatchObject({ copied: 0 });
      // A record printed after the first of its section: its own <div class="record">, one block of the HTML.
      const record = memo.model.sections.find((section) => section.records.length > 1)!.records[1]!;
      const edited = { ...library, records: library.records.map((r) => (r.id === record.id ? { ...r, summary: `${r.summary} Edited for the preview.` } : r)) };
      const request = { ...memo, model: composeBriefing(edited, newBriefing(edited)) };
      const again = await own.render(request);
      expect(again.blocks).toEqual({ converted: 1, copied: first.blocks!.converted - 1 });
      const cold = await fresh.render(request);
      expect(cold.blocks).toBeUndefined();
      const [incremental, whole] = [await readPdf(again.bytes), await readPdf(cold.bytes)];
      expect(incremental.pages.join(' ')).toContain('Edited for the preview.');
      expect(incremental.pages).toEqual(whole.pages);
      expect(incremental.items).toEqual(whole.items);
      expect(incremental.outline).toEqual(whole.outline);
      expect(incremental.links).toEqual(whole.links);
      expect(again.pageCount).toBe(cold.pageCount);
    } finally {
      await Promise.all([own.close(), fresh.close()]);
    }
  });

  it('reports an unknown template as TemplateNotFoundError', async () => {
    await expect(worker.render({ ...memo, template: 'no-such-template' })).rejects.toThrow(TemplateNotFoundError);
  });

  it('takes template ids only: a path, even to a good template, is refused as not a template id', async () => {
    const builtIn = path.join(layout.templates, 'memo.hbs');
    await expect(worker.render({ ...memo, template: builtIn })).rejects.toThrow(new TemplateNotFoundError(`${JSON.stringify(builtIn)} is not a template id (lowercase letters, digits and dashes, at most 60, like "memo"): only the built-in templates and yours can be used; to use a .hbs file, import it as a template first`));
  });

  it('falls back to laying out in process when the worker cannot start, pending renders included', async () => {
    const missing = path.join(root, 'dist', 'no-such-export-worker.js');
    const unstartable = new ExportWorker(missing, layout, renderBriefing);
    try {
      const result = await unstartable.render(memo);
      expect((await readPdf(result.bytes)).numPages).toBe(result.pageCount);
      expect(unstartable.startFailure?.message).toMatch(/no-such-export-worker/);
      await expect(unstartable.render({ ...memo, template: 'no-such-template' })).rejects.toThrow(TemplateNotFoundError);
    } finally {
      await unstartable.close();
    }
    // Without a fallback, the failure is the render's.
    const alone = new ExportWorker(missing, layout);
    await expect(alone.render(memo)).rejects.toThrow(/no-such-export-worker/);
    await alone.close();
  });

  it('stops an export that runs past its time, naming the template, and lays out the preview queued behind it', { timeout: 120_000 }, async () => {
    // Every record under every record, a dozen times: some 39,000 paragraphs of three or four
    // lines, within the render's own limits (its output, counted again in each enclosing block)
    // and the layout's limit on pieces of content (a paragraph is one however long), but far more
    // pages than the worker may spend its time on.
    const loops = '{{#each @root.sections}}{{#each records}}'.repeat(2);
    const paragraph = `<p>${'{{@root.title}} '.repeat(8)}</p>`;
    const runaway = `---\nname: Runaway\n---\n<h1>{{title}}</h1>\n${loops}${paragraph.repeat(12)}${'{{/each}}{{/each}}'.repeat(2)}\n`;
    // The limit is a small fraction of what the runaway needs even on a fast, idle machine (the
    // same count of one-line paragraphs once took ~8 s, and came to finish within 4 s as
    // exports got faster).
    const limited = new ExportWorker(path.join(root, 'dist', 'export-worker.js'), layout, undefined, { ...EXPORT_LIMITS, milliseconds: 4_000 });
    try {
      const stopped = limited.render({ ...memo, template: 'runaway', text: runaway }).catch((e: unknown) => e);
      const preview = limited.render(memo);
      const error = await stopped;
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).message).toMatch(/^runaway\.hbs: the export was stopped: it ran for more than 4 seconds/);
      const result = await preview;
      expect((await readPdf(result.bytes)).pages[0]).toContain(memo.model.title);
    } finally {
      await limited.close();
    }
  });

  it('fails pending renders when closed, and refuses new ones', async () => {
    const other = new ExportWorker(path.join(root, 'dist', 'export-worker.js'), layout);
    const pending = expect(other.render(memo)).rejects.toThrow(/closed before the export finished/);
    await other.close();
    await pending;
    await expect(other.render(memo)).rejects.toThrow(/has been closed/);
  });
});
