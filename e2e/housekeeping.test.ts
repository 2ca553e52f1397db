import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefbookForEachTest } from './app-per-test';
import { root } from './harness';

describe('Saved briefings and toasts, end to end', () => {
  const launch = briefbookForEachTest();

  it('renames, duplicates, searches and deletes saved briefings in the Open dialog, and Undo brings one back', async () => {
    const app = await launch();
    const { toolbar, composer, page } = app;
    await toolbar.showView('Composer');
    await composer.field('Title').fill('Arctic incidents');
    await toolbar.save();

    await toolbar.showOpenDialog();
    const dialog = toolbar.openDialog();
    const row = (title: string) => dialog.getByRole('listitem', { name: title, exact: true });

    // Rename: Enter keeps the new title; the briefing being edited takes it too.
    await row('Arctic incidents').getByRole('button', { name: 'Rename' }).click();
    await dialog.getByLabel('New title').fill('Arctic incidents at sea');
    await dialog.getByLabel('New title').press('Enter');
    await expect.poll(() => toolbar.savedBriefingTitles()).toEqual(['Arctic incidents at sea']);
    expect(await toolbar.briefingTitle()).toBe('Arctic incidents at sea');

    // Duplicate: a copy, named as one.
    await row('Arctic incidents at sea').getByRole('button', { name: 'Duplicate' }).click();
    await expect.poll(async () => (await toolbar.savedBriefingTitles()).sort()).toEqual(['Arctic incidents at sea', 'Arctic incidents at sea (copy)']);

    // Search narrows the list by every word typed.
    await dialog.getByRole('searchbox', { name: 'Search briefings' }).fill('copy arctic');
    expect(await toolbar.savedBriefingTitles()).toEqual(['Arctic incidents at sea (copy)']);
    await dialog.getByRole('searchbox', { name: 'Search briefings' }).fill('baltic');
    expect(await toolbar.savedBriefingTitles()).toEqual([]);
    await dialog.getByText('No saved briefing matches “baltic”.').waitFor();
    await dialog.getByRole('searchbox', { name: 'Search briefings' }).fill('');

    // Delete, then Undo: it is back, whole.
    await row('Arctic incidents at sea (copy)').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => toolbar.savedBriefingTitles()).toEqual(['Arctic incidents at sea']);
    await dialog.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await toolbar.savedBriefingTitles()).sort()).toEqual(['Arctic incidents at sea', 'Arctic incidents at sea (copy)']);

    // Opening the copy opens it. The rename reached the briefing being edited as an unsaved
    // change, so opening another one asks first.
    await dialog.getByRole('button', { name: 'Arctic incidents at sea (copy)' }).click();
    await toolbar.unsavedChangesDialog().getByRole('button', { name: 'Don’t save' }).click();
    await page.locator('.briefing-name', { hasText: 'Arctic incidents at sea (copy)' }).waitFor();
  });

  it('lets toasts go after a while, failures too, but not while they are pointed at', async () => {
    // Exports go into a "folder" that is a file: every export fails.
    const app = await launch({ exportFolder: path.join(root, 'package.json', 'exports') });
    const { toolbar, exportToast, page } = app;
    await page.clock.install();

    // A confirmation goes after a few seconds.
    await toolbar.save();
    await page.clock.runFor(4000);
    await page.getByRole('status').filter({ hasText: 'Briefing saved' }).waitFor({ state: 'detached' });

    // A failure stays while the pointer is on it (someone reading it), then goes in its own time.
    await toolbar.exportPdf();
    await exportToast.waitForFailure();
    const failure = page.locator('.export-toast');
    await failure.hover();
    await page.clock.runFor(30_000);
    expect(await failure.count()).toBe(1);
    await page.mouse.move(0, 0);
    await page.clock.runFor(10_000);
    expect(await failure.count()).toBe(1);
    await page.clock.runFor(6000);
    await failure.waitFor({ state: 'detached' });
  });

  it('Help lists the shortcuts and opens the guides shipped with the app', async () => {
    const app = await launch();
    const { page } = app;
    await page.getByRole('button', { name: 'Help' }).click();
    const help = page.getByRole('dialog', { name: 'Help' });
    const everywhere = help.getByRole('region', { name: 'Everywhere shortcuts' });
    expect(await everywhere.locator('dt').allTextContents()).toContain('Ctrl+S');
    expect(await help.getByRole('region', { name: 'Import review shortcuts' }).locator('dd').allTextContents()).toEqual(['Accept', 'Reject', 'Next', 'Previous', 'Edit']);
    await help.getByRole('button', { name: 'Writing templates' }).click();
    await help.getByRole('button', { name: 'User guide' }).click();
    await expect.poll(async () => (await app.shellRequests()).opened).toEqual([path.join(root, 'docs', 'templates.md'), path.join(root, 'README.md')]);
    await help.getByRole('button', { name: 'Close' }).click();
    // The menu's Help command (F1) shows it too.
    await app.menu('show-help');
    await help.waitFor();
  });
});
