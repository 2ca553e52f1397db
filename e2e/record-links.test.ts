import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { briefbookForEachTest } from './app-per-test';
import { root } from './harness';
import { ReaderPage } from './models/reader';
import { ShelfPage } from './models/shelf';

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));

describe('Record links in the reader, offline', () => {
  const launch = briefbookForEachTest();

  it('clicking a printed record in an exported briefing opens the library at that record, its passage marked', async () => {
    const app = await launch();
    await app.page.context().setOffline(true);
    const { toolbar, exportToast, library } = app;
    const shelf = new ShelfPage(app.page);
    const reader = new ReaderPage(app.page);

    await toolbar.showView('Composer');
    await app.preview.waitUntilCurrent();
    await toolbar.exportPdf();
    await exportToast.waitForDone();
    await app.menu('show-reading-room');
    await shelf.region().getByRole('status').filter({ hasText: /document/ }).waitFor();
    const [row] = await shelf.rows();
    await shelf.open(row!.file);
    await reader.waitUntilShown();

    // The second page prints records; each carries a link to its record.
    await reader.goToPage(2);
    const link = app.page.locator('.reader-page').nth(1).locator('.reader-record-link').first();
    await link.waitFor();
    const recordId = (await link.getAttribute('data-record-id'))!;
    const record = seed.records.find((r) => r.id === recordId)!;
    expect(record).toBeDefined();
    await link.click();

    await library.detail().getByRole('heading', { name: record.summary }).waitFor();
    expect(await library.markedPassage()).toBe(record.statement);
    await app.screenshot('record-link-opened');
  });
});
