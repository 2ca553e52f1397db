// The composer's say over library records: marking records key (which the one-pager then leads
// with), and the unreviewed imports an export leaves out, shown apart until reviewed or included.
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../main/core/library';
import { addImportToLibrary, importFile } from '../main/core/importer/import-source';
import { Library } from '../main/core/model';
import { readPdf } from '../test/read-pdf';
import { closeBriefbook, launchBriefbook, root, type BriefbookApp } from './harness';

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));
const summaryOf = (id: string) => seed.records.find((r) => r.id === id)!.summary;
/** Text with all whitespace removed: pdfmake breaks lines anywhere. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** Exports the briefing under a title of its own (so each export is a new file) and reads the PDF's text back. */
async function exportedText(app: BriefbookApp, title: string): Promise<string> {
  await app.composer.field('Title').fill(title);
  const before = new Set(await readdir(app.exportDir));
  await app.toolbar.exportPdf();
  let file: string | undefined;
  await expect.poll(async () => (file = (await readdir(app.exportDir)).find((name) => name.endsWith('.pdf') && !before.has(name)))).toBeDefined();
  await app.exportToast.waitForDone();
  const pdf = await readPdf(await readFile(path.join(app.exportDir, file!)));
  return squash(pdf.pages.join(' '));
}

async function storedRecord(app: BriefbookApp, id: string) {
  return Library.parse(JSON.parse(await readFile(app.libraryFile, 'utf8'))).records.find((r) => r.id === id)!;
}

describe('the composer and the library records of a briefing', () => {
  let app: BriefbookApp | undefined;

  afterEach(async () => {
    const problems = await closeBriefbook(app);
    app = undefined;
    expect(problems).toEqual([]);
  });

  it('marks records key, by the star and by K, and the one-pager leads with them', async () => {
    app = await launchBriefbook();
    const { composer, toolbar, page } = app;
    await toolbar.showView('Composer');
    await composer.chooseTemplate('one-pager');
    // Two concerns: the one-pager's fallback (each topic's first recommendation) never lists one.
    const arms = summaryOf('elbe-2019-05');
    const terror = summaryOf('elbe-2019-20');

    const before = await exportedText(app, 'Before any key record');
    expect(before).toContain(squash('First recommendation of each topic (no records marked key)'));
    expect(before).not.toContain(squash(arms));

    await composer.keyToggle(arms).click();
    await composer.waitForKey(arms, true);
    await composer.toggleKeyWithKeyboard(terror);
    await composer.waitForKey(terror, true);
    // The card says so to a screen reader too, and the library holds it.
    expect(await composer.card(arms).getAttribute('aria-label')).toMatch(/^Record \d+, key: /);
    expect((await storedRecord(app, 'elbe-2019-05')).key).toBe(true);
    expect((await storedRecord(app, 'elbe-2019-20')).key).toBe(true);

    const text = await exportedText(app, 'Two key records');
    const list = text.slice(text.indexOf(squash('Key records')), text.indexOf(squash('Drawn from')));
    expect(list).toContain(squash('Key records'));
    expect(list).toContain(squash(arms));
    expect(list).toContain(squash(terror));
    expect(text).not.toContain(squash('First recommendation of each topic'));

    // Unmarked from the keyboard, then undone from the confirmation: key again.
    await composer.toggleKeyWithKeyboard(terror);
    await composer.waitForKey(terror, false);
    expect((await storedRecord(app, 'elbe-2019-20')).key).toBe(false);
    await page.getByRole('status').filter({ hasText: `No longer key: “${terror}”` }).getByRole('button', { name: 'Undo' }).click();
    await composer.waitForKey(terror, true);
    expect((await storedRecord(app, 'elbe-2019-20')).key).toBe(true);

    // Help lists the key with the composer's other keys.
    await page.getByRole('button', { name: 'Help' }).click();
    const keys = page.getByRole('dialog', { name: 'Help' }).getByRole('region', { name: 'Composer (a record focused) shortcuts' });
    expect(await keys.locator('dt').allTextContents()).toEqual(['Alt+↑ / Alt+↓', 'K']);
  });

  it('lists unreviewed imports apart, leaves them out of exports unless included, and opens one to review', async () => {
    app = await launchBriefbook();
    const { composer, toolbar, library, page } = app;
    await toolbar.showView('Composer');
    await composer.cards();

    // As `briefbook import` adds an article: records tagged unreviewed, the source's publisher a guess.
    const other = await LibraryStore.open(app.libraryFile, { seedFile: app.libraryFile });
    const result = await importFile(path.join(root, 'test', 'fixtures', 'import', 'numbered-recommendations.txt'), { topics: other.data.topics });
    const added = await addImportToLibrary(other, result);
    const imported = added.recordIds.map((id) => other.data.records.find((r) => r.id === id)!.summary);
    expect(imported.length).toBeGreaterThan(1);

    // The briefing's rule (every record) finds them; the composer shows them apart, not as its records.
    await composer.unreviewedGroup().waitFor();
    // In compose's order (by topic), which need not be the article's.
    await expect.poll(async () => (await composer.unreviewedSummaries()).sort()).toEqual([...imported].sort());
    expect(await composer.unreviewedGroup().getByRole('heading').textContent()).toBe(`Not reviewed — left out of exports${imported.length} records`);
    const cards = await composer.summaries();
    expect(cards).toHaveLength(seed.records.length);
    for (const summary of imported) expect(cards).not.toContain(summary);
    expect(await page.locator('.composer-records-header [role="status"]').textContent()).toContain(`${imported.length} unreviewed records left out`);

    const leftOut = await exportedText(app, 'Without unreviewed imports');
    expect(leftOut).toContain(squash(summaryOf('elbe-2019-01')));
    for (const summary of imported) expect(leftOut).not.toContain(squash(summary));
    expect(leftOut).not.toContain('UNREVIEWEDIMPORT');

    // Included: printed, each marked; the group gives way to the checkbox that undoes it.
    await composer.includeUnreviewed().check();
    await composer.unreviewedGroup().waitFor({ state: 'detached' });
    await expect.poll(async () => (await composer.summaries()).length).toBe(seed.records.length + imported.length);
    await composer.card(imported[0]!).getByText('Not reviewed', { exact: true }).waitFor();
    const included = await exportedText(app, 'With unreviewed imports');
    for (const summary of imported) expect(included).toContain(squash(summary));
    expect(included).toContain('UNREVIEWEDIMPORT');

    // Left out again, one opened to review: the library at that record.
    await composer.includeUnreviewed().uncheck();
    await composer.unreviewedGroup().waitFor();
    await composer.unreviewedGroup().getByRole('button', { name: `Open to review: ${imported[0]}` }).click();
    await library.detail().getByRole('heading', { name: imported[0] }).waitFor();

    // Marked reviewed, it joins the briefing's records and loses its mark in the library.
    await toolbar.showView('Composer');
    await composer.unreviewedGroup().getByRole('button', { name: `Mark reviewed: ${imported[0]}` }).click();
    await expect.poll(async () => (await composer.unreviewedSummaries()).sort()).toEqual(imported.slice(1).sort());
    expect(await composer.summaries()).toContain(imported[0]);
    expect((await storedRecord(app, added.recordIds[0]!)).tags).not.toContain('unreviewed');
  });
});
