import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EMPTY_EXPORT_QUESTION } from '../renderer/src/export/empty-export';
import { briefbookForEachTest } from './app-per-test';

describe('before a memo is exported', () => {
  const launch = briefbookForEachTest();

  it('the composer says when the bottom line was not written by the analyst, until they write one', async () => {
    const app = await launch();
    const { composer, toolbar, page } = app;
    await toolbar.showView('Composer');
    const note = page.getByRole('note').filter({ hasText: 'No bottom line written' });
    await note.waitFor();
    expect(await note.textContent()).toMatch(/will print Briefbook’s factual summary of the selection, not yours/);
    await composer.field('Bottom line up front').fill('Restore military channels first.');
    await note.waitFor({ state: 'detached' });
  });

  it('asks before exporting a briefing with no records, and writes nothing unless the analyst says yes', async () => {
    const app = await launch();
    const { library, toolbar, page, exportToast, exportDir } = app;
    // Browsing leaves the briefing alone; the search becomes its rule only when the analyst says so.
    await library.search('zqxjvnothing');
    await library.waitForRecordCount(0);
    await page.getByRole('button', { name: 'Use these filters as the briefing’s rule' }).click();
    await toolbar.showView('Composer');
    await page.getByText('No records in this briefing').waitFor();

    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await toolbar.exportPdf();
    await expect.poll(() => asked).toEqual([EMPTY_EXPORT_QUESTION]);
    // Declined: no export started, nothing written.
    await page.waitForTimeout(300);
    expect(await readdir(exportDir)).toEqual([]);

    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.accept();
    });
    await toolbar.exportPdf();
    expect(await exportToast.waitForDone()).toMatch(/Exported 1 page/);
    expect(asked).toHaveLength(2);
    expect((await readdir(exportDir)).filter((name) => name.endsWith('.pdf'))).toHaveLength(1);
  });
});
