// The composer's say over library records: marking records key (which the one-pager then leads
// with), and the unreviewed imports an export leaves out, shown apart until reviewed or included.
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../main/core/library';
import { addImportToLibrary, importFile } from '../main/core/importer/import-source';
import { Library } from '../main/core/model';
import { readPdf } from '../test/read-pdf';
import { briefbookForEachTest } from './app-per-test';
import { root, type BriefbookApp } from './harness';

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));
const summaryOf = (id: string) => seed.records.find((r) => r.id === id)!.summary;
/** How long a poll waits for the window to show a change that went through main (a library write, a recompose, an export). */
const WAIT = { timeout: 20_000 };
/** Text with all whitespace removed: pdfmake breaks lines anywhere. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** Exports the briefing under a title of its own (so each export is a new file) and reads the PDF's text back. */
async function exportedText(app: BriefbookApp, title: string): Promise<string> {
  await app.composer.field('Title').fill(title);
  const before = new Set(await readdir(app.exportDir));
  await app.toolbar.exportPdf();
  let file: string | undefined;
  await expect.poll(async () => (file = (await readdir(app.exportDir)).find((name) => name.endsWith('.pdf') && !before.has(name))), WAIT).toBeDefined();
  await app.exportToast.waitForDone();
  const pdf = await readPdf(await readFile(path.join(app.exportDir, file!)));
  return squash(pdf.pages.join(' '));
}

/**
 * Adds an article to the window's library as `briefbook import` does, from another process's
 * store: its records tagged unreviewed, its source's publisher a guess. Resolves to their ids and
 * summaries once the window lists them.
 */
async function importUnreviewed(app: BriefbookApp): Promise<{ recordIds: string[]; imported: string[] }> {
  const other = await LibraryStore.open(app.libraryFile, { seedFile: app.libraryFile });
  const result = await importFile(path.join(root, 'test', 'fixtures', 'import', 'numbered-recommendations.txt'), { topics: other.data.topics });
  const { recordIds } = await addImportToLibrary(other, result);
  const imported = recordIds.map((id) => other.data.records.find((r) => r.id === id)!.summary);
  expect(imported.length).toBeGreaterThan(1);
  await app.page.locator('.status-bar', { hasText: `Library: ${seed.records.length + imported.length} records` }).waitFor();
  return { recordIds, imported };
}

async function storedRecord(app: BriefbookApp, id: string) {
  return Library.parse(JSON.parse(await readFile(app.libraryFile, 'utf8'))).records.find((r) => r.id === id)!;
}

describe('the composer and the library records of a briefing', () => {
  const launch = briefbookForEachTest();

  it('marks records key, by the star and by K, and the one-pager leads with them', async () => {
    const app = await launch();
    const { composer, toolbar, library, page } = app;
    // A briefing on the two topics of the records marked below.
    await library.chooseTopic('Strategic stability and arms control');
    await library.chooseTopic('Counterterrorism and regional security');
    await library.useFiltersAsRule();
    await toolbar.showView('Composer');
    await composer.chooseTemplate('one-pager');
    // Two concerns: without key records the one-pager lists each topic's first recommendation,
    // never a concern (and the default library has no key records).
    const arms = summaryOf('elbe-2019-05');
    const terror = summaryOf('elbe-2019-20');
    expect(seed.records.some((r) => r.key)).toBe(false);

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
    // (The confirmation comes once the library holds the change.)
    await composer.toggleKeyWithKeyboard(terror);
    await page.getByRole('status').filter({ hasText: `No longer key: “${terror}”` }).getByRole('button', { name: 'Undo' }).click();
    await composer.waitForKey(terror, true);
    expect((await storedRecord(app, 'elbe-2019-20')).key).toBe(true);

    // Help lists the key with the composer's other keys.
    await page.getByRole('button', { name: 'Help' }).click();
    const keys = page.getByRole('dialog', { name: 'Help' }).getByRole('region', { name: 'Composer (a record focused) shortcuts' });
    expect(await keys.locator('dt').allTextContents()).toEqual(['Alt+↑ / Alt+↓', 'K']);
  });

  it('lists unreviewed imports apart from the briefing’s records, and opens one to review or marks it reviewed', async () => {
    const app = await launch();
    const { composer, toolbar, library, page } = app;
    await toolbar.showView('Composer');
    await composer.cards();
    const { recordIds, imported } = await importUnreviewed(app);

    // The briefing's rule (every record) finds them; the composer shows them apart, not as its records.
    await composer.unreviewedGroup().waitFor();
    // In compose's order (by topic), which need not be the article's.
    await expect.poll(async () => (await composer.unreviewedSummaries()).sort(), WAIT).toEqual([...imported].sort());
    expect(await composer.unreviewedGroup().getByRole('heading').textContent()).toBe(`Not reviewed — left out of exports${imported.length} records`);
    const cards = await composer.summaries();
    expect(cards).toHaveLength(seed.records.length);
    for (const summary of imported) expect(cards).not.toContain(summary);
    expect(await page.locator('.composer-records-header [role="status"]').textContent()).toContain(`${imported.length} unreviewed records left out`);

    // One opened to review: the library at that record.
    await composer.unreviewedGroup().getByRole('button', { name: `Open to review: ${imported[0]}` }).click();
    await library.detail().getByRole('heading', { name: imported[0] }).waitFor();

    // Marked reviewed, it joins the briefing's records and loses its mark in the library.
    await toolbar.showView('Composer');
    await composer.unreviewedGroup().getByRole('button', { name: `Mark reviewed: ${imported[0]}` }).click();
    await expect.poll(async () => (await composer.unreviewedSummaries()).sort(), WAIT).toEqual(imported.slice(1).sort());
    expect(await composer.summaries()).toContain(imported[0]);
    expect((await storedRecord(app, recordIds[0]!)).tags).not.toContain('unreviewed');
  });

  it('leaves unreviewed imports out of exports unless the briefing includes them, each then marked', async () => {
    const app = await launch();
    const { composer, toolbar, library, page } = app;
    const { imported } = await importUnreviewed(app);

    // A short briefing, so the exports are quick: the imported source as its rule, and one reviewed record added by hand.
    const reviewed = summaryOf('elbe-2019-01');
    await library.chooseSource('Task Force');
    await library.waitForRecordCount(imported.length);
    await library.useFiltersAsRule();
    await page.getByRole('group', { name: /^Sources/ }).getByRole('checkbox', { name: 'Task Force' }).uncheck();
    await library.selectRecord(reviewed);
    await library.detail().getByRole('button', { name: 'Add to briefing' }).click();
    await toolbar.showView('Composer');
    await expect.poll(() => composer.summaries(), WAIT).toEqual([reviewed]);
    expect((await composer.unreviewedSummaries()).sort()).toEqual([...imported].sort());

    const leftOut = await exportedText(app, 'Without unreviewed imports');
    expect(leftOut).toContain(squash(reviewed));
    for (const summary of imported) expect(leftOut).not.toContain(squash(summary));
    expect(leftOut).not.toContain('UNREVIEWEDIMPORT');

    // Included: printed, each marked; the group gives way to the checkbox that undoes it.
    await composer.includeUnreviewed().check();
    await composer.unreviewedGroup().waitFor({ state: 'detached' });
    await expect.poll(async () => (await composer.summaries()).length, WAIT).toBe(1 + imported.length);
    await composer.card(imported[0]!).getByText('Not reviewed', { exact: true }).waitFor();
    const included = await exportedText(app, 'With unreviewed imports');
    for (const summary of imported) expect(included).toContain(squash(summary));
    expect(included).toContain('UNREVIEWEDIMPORT');

    // Left out again when unticked.
    await composer.includeUnreviewed().uncheck();
    await expect.poll(async () => (await composer.unreviewedSummaries()).length, WAIT).toBe(imported.length);
  });
});
