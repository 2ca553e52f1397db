import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { pdfkitPdf } from '../test/fixtures/pdfkit-pdf';
import { briefbookForEachTest } from './app-per-test';
import { root } from './harness';
import { ReaderPage } from './models/reader';
import { ShelfPage } from './models/shelf';

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));

describe('Reading room: what changed, and what a PDF from disk is marked', () => {
  const launch = briefbookForEachTest();

  it('shows a record edited since the export old text to new, word by word', async () => {
    const app = await launch();
    const { composer, toolbar, exportToast, library, recordEditor } = app;
    const shelf = new ShelfPage(app.page);
    const reader = new ReaderPage(app.page);

    await toolbar.showView('Composer');
    await composer.field('Title').fill('Strategic stability');
    await app.preview.waitUntilCurrent();
    await toolbar.exportPdf();
    await exportToast.waitForDone();

    // A record the briefing printed gets a new summary and section heading.
    const record = seed.records[1]!;
    expect(record.summary).toBe('The U.S. and Russia bear a special responsibility to negotiate and abide by agreements ensuring strategic stability.');
    const summary = 'The U.S. and Russia bear a shared responsibility to negotiate agreements ensuring strategic stability.';
    await toolbar.showView('Library');
    await library.selectRecord(record.summary);
    await recordEditor.editShownRecord();
    await recordEditor.field('Summary').fill(summary);
    await recordEditor.field('Section').fill('Strategic stability');
    await recordEditor.save();

    await shelf.show();
    await shelf.open('Strategic-stability.pdf');
    await reader.waitUntilShown();
    await reader.staleBanner().waitFor();
    expect(await reader.edits(summary)).toEqual([
      { field: 'summary', removed: ['special', 'and abide by'], added: ['shared'], note: '' },
      { field: 'source section', removed: ['Introduction'], added: ['Strategic stability'], note: '' },
    ]);
    // Struck through and underlined, not only told apart in the page's structure.
    const styles = await reader
      .staleBanner()
      .locator('.text-diff')
      .first()
      .evaluate((diff) => ['del', 'ins'].map((tag) => getComputedStyle(diff.querySelector(tag)!).textDecorationLine));
    expect(styles).toEqual(['line-through', 'underline']);
    await app.screenshot('reading-room-stale-diff');
  });

  it('shows the marking a PDF from disk carries on the shelf and in the reader, and none for a PDF without one', async () => {
    const app = await launch();
    const shelf = new ShelfPage(app.page);
    const reader = new ReaderPage(app.page);

    const marked = path.join(app.exportDir, 'Council notes.pdf');
    await writeFile(marked, await pdfkitPdf({ banner: 'OFFICIAL-SENSITIVE', body: 'Notes of the Arctic council meeting.' }));
    await app.answerOpenDialog(marked);
    await app.menu('open-pdf');
    await reader.waitUntilShown();
    expect(await reader.title()).toBe('Council notes');
    expect(await reader.marking()).toBe('OFFICIAL-SENSITIVE');
    await reader.close();

    const plain = path.join(app.exportDir, 'Press release.pdf');
    await writeFile(plain, await pdfkitPdf({ info: { Title: 'Press release', Keywords: 'secret talks' }, body: 'A press release.' }));
    await app.answerOpenDialog(plain);
    await app.menu('open-pdf');
    await reader.waitUntilShown();
    expect(await reader.marking()).toBe('');
    await reader.close();

    expect((await shelf.rows()).map(({ title, marking }) => ({ title, marking }))).toEqual([
      { title: 'Press release', marking: '—' },
      { title: 'Council notes', marking: 'OFFICIAL-SENSITIVE' },
    ]);
    await shelf.chooseMarking('OFFICIAL-SENSITIVE');
    expect(await shelf.titles()).toEqual(['Council notes']);
  });
});
