import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../main/core/compose/compose';
import { Library } from '../main/core/model';
import { xmpOf } from '../test/matterhorn';
import { normalize, readPdf } from '../test/read-pdf';
import { briefbookForEachTest } from './app-per-test';
import { root } from './harness';

/**
 * Text with all whitespace removed, for finding a passage in extracted PDF text: pdfmake breaks
 * lines after hyphens too ("no-|business"), and extraction turns every line break into a space.
 */
const squash = (text: string) => text.replace(/\s+/g, '');

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));
const topicLabel = (id: string) => seed.topics.find((t) => t.id === id)!.label;
const CHOSEN_TOPICS = ['mil-to-mil-channels', 'risk-reduction-incidents'];
const CHOSEN_SOURCE = seed.sources.find((s) => s.id === 'eln-2021')!;

/** What the facets should find, worked out from the data rather than asked of the app. */
const expectedRecords = seed.records.filter(
  (r) => r.status === 'active' && r.sourceId === CHOSEN_SOURCE.id && r.topics.some((t) => CHOSEN_TOPICS.includes(t)),
);

describe('Briefbook, end to end', () => {
  const launch = briefbookForEachTest();

  it('builds a briefing from two topics and one source, reorders and annotates it, saves, reopens and exports it', async () => {
    const app = await launch();
    const { library, composer, preview, toolbar, exportToast } = app;

    // The first briefing covers the whole library.
    await library.waitForRecordCount(seed.records.length);
    await preview.waitUntilCurrent();
    const wholeLibraryPage = await preview.pageImage();
    const wholeLibraryPages = await preview.pageCount();

    // Two topics and one source, made the briefing's rule: the count and the preview follow.
    await library.chooseTopic(topicLabel(CHOSEN_TOPICS[0]!));
    await library.chooseTopic(topicLabel(CHOSEN_TOPICS[1]!));
    await library.chooseSource(CHOSEN_SOURCE.publisher);
    await library.waitForRecordCount(expectedRecords.length);
    expect(await library.recordCount()).toBe(expectedRecords.length);
    await library.useFiltersAsRule();
    await preview.waitUntilCurrent();
    expect(await preview.pageImage()).not.toBe(wholeLibraryPage);
    expect(await preview.pageCount()).toBeLessThan(wholeLibraryPages);

    // A record in full, its passage marked in the source text and scrolled into view.
    const shown = expectedRecords[3]!;
    await library.selectRecord(shown.summary);
    expect(normalize(await library.markedPassage())).toBe(normalize(shown.statement));
    expect(await library.markedPassageIsInView()).toBe(true);
    await app.screenshot('app-library');

    // The memo's title block.
    await toolbar.showView('Composer');
    await composer.field('Title').fill('NATO-Russia military risk reduction');
    await composer.field('To').fill('Deputy Director, Policy Planning');
    await composer.setMarking('TLP:AMBER');
    await composer.field('Bottom line up front').fill('Both dialogues call for restoring military-to-military channels.');
    await app.page.getByLabel('Archival PDF (PDF/A-2b)').check();

    // Reorder by keyboard: the first record moves one down and keeps the focus.
    const initial = await composer.summaries();
    expect(initial).toHaveLength(expectedRecords.length);
    await composer.moveWithKeyboard(initial[0]!, 'down');
    expect(await composer.summaries()).toEqual([initial[1], initial[0], ...initial.slice(2)]);
    expect(await app.page.evaluate(() => document.activeElement?.querySelector('.composed-record-summary')?.textContent)).toBe(initial[0]);

    // Reorder by drag and drop: the third card of the first topic is dropped before the first.
    const afterKeyboard = await composer.summaries();
    await composer.dragBefore(afterKeyboard[2]!, afterKeyboard[0]!);
    const reordered = [afterKeyboard[2]!, afterKeyboard[0]!, afterKeyboard[1]!, ...afterKeyboard.slice(3)];
    expect(await composer.summaries()).toEqual(reordered);

    // Annotate two records and leave one out.
    const notes = new Map([
      [reordered[0]!, 'Raise at the NATO-Russia Council.'],
      [reordered[4]!, 'Compare with the 2019 Elbe Group statement.'],
    ]);
    for (const [summary, note] of notes) await composer.setNote(summary, note);
    const leftOut = reordered[2]!;
    await composer.setIncluded(leftOut, false);
    const composed = await composer.cards();
    await preview.waitUntilCurrent();
    await app.screenshot('app-composer');

    // Save (from the menu), reload the window, and reopen the briefing: everything comes back.
    await app.menu('save');
    await toolbar.waitForSaved();
    await app.reload();
    expect(await toolbar.briefingTitle()).not.toBe('NATO-Russia military risk reduction');
    await toolbar.openBriefing('NATO-Russia military risk reduction');
    await toolbar.showView('Composer');
    expect(await composer.cards()).toEqual(composed);
    expect(await composer.field('To').inputValue()).toBe('Deputy Director, Policy Planning');
    expect(await app.page.getByLabel('Handling marking').inputValue()).toBe('TLP:AMBER');
    expect(await app.page.getByLabel('Archival PDF (PDF/A-2b)').isChecked()).toBe(true);

    // Preview: page through the real PDF.
    await preview.waitUntilCurrent();
    const pages = await preview.pageCount();
    expect(pages).toBeGreaterThan(1);
    await preview.pressOnPages('PageDown');
    expect(await preview.currentPage()).toBe(2);
    await preview.goToPage(1);
    expect(await preview.currentPage()).toBe(1);
    await app.screenshot('app-preview');

    // Export through the (stand-in) save dialog, then Open and Show in folder.
    await toolbar.exportPdf();
    expect(await exportToast.waitForDone()).toBe(`Exported ${pages} pages`);
    await app.screenshot('app-export');
    const exported = path.join(app.exportDir, 'NATO-Russia-military-risk-reduction.pdf');
    expect(existsSync(exported)).toBe(true);
    await exportToast.open();
    await exportToast.showInFolder();
    await expect.poll(() => app.shellRequests()).toEqual({ opened: [exported], revealed: [exported] });

    // The PDF holds exactly the chosen records, in the chosen order, with the notes.
    const stored = Library.parse(JSON.parse(await readFile(app.libraryFile, 'utf8')));
    const model = composeBriefing(stored, stored.briefings[0]!);
    const printed = model.sections.flatMap((section) => section.records);
    const included = composed.filter((card) => card.included);
    expect(printed.map((r) => r.summary)).toEqual(included.map((card) => card.summary));

    const pdf = await readPdf(await readFile(exported));
    expect(pdf.numPages).toBe(pages);
    expect(await xmpOf(await readFile(exported))).toContain('<pdfaid:part>2</pdfaid:part>');
    const text = squash(pdf.pages.join(' '));
    expect(text).toContain(squash('NATO-Russia military risk reduction'));
    expect(text).toContain('TLP:AMBER');
    let from = 0;
    for (const [index, record] of printed.entries()) {
      const at = text.indexOf(squash(record.summary), from);
      expect(at, `"${record.summary}" is printed after the record before it`).toBeGreaterThanOrEqual(from);
      expect(text.indexOf(squash(record.statement), at)).toBeGreaterThan(at);
      const note = notes.get(record.summary);
      if (note) {
        const noteAt = text.indexOf(squash(note), at);
        expect(noteAt, `the note on "${record.summary}" follows it`).toBeGreaterThan(at);
        const next = printed[index + 1];
        if (next) expect(noteAt).toBeLessThan(text.indexOf(squash(next.summary), at));
      }
      from = at + 1;
    }
    expect(text).not.toContain(squash(leftOut));
  });

  it('finds from the menu, says when nothing matches, and when no briefing is saved yet', async () => {
    const app = await launch();
    const { library, toolbar, page } = app;
    await library.waitForRecordCount(seed.records.length);

    // The list loads a page of records at a time, and the next as it scrolls to the end.
    expect((await library.listedSummaries()).length).toBeLessThan(seed.records.length);
    await library.scrollToEndOfList();
    await expect.poll(async () => (await library.listedSummaries()).length).toBe(seed.records.length);

    await app.menu('find');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search records');
    await page.keyboard.type('zzqx-nothing-like-this');
    await library.waitForRecordCount(0);
    await page.getByText('No records match').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await library.waitForRecordCount(seed.records.length);

    // Facets work from the keyboard: ↓ moves between options, Space ticks one.
    const topics = page.getByRole('group', { name: /^Topics/ }).getByRole('checkbox');
    await topics.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    expect(await topics.nth(1).isChecked()).toBe(true);
    const secondTopic = seed.topics[1]!.id;
    await library.waitForRecordCount(seed.records.filter((r) => r.topics.includes(secondTopic)).length);

    await toolbar.showOpenDialog();
    await toolbar.openDialog().getByText('No briefings saved yet').waitFor();
    await page.keyboard.press('Escape');
    await toolbar.openDialog().waitFor({ state: 'hidden' });
  });

  it('undoes and redoes composer edits, and leaves undo inside a text field to the field', async () => {
    const app = await launch();
    const { composer, toolbar, page } = app;
    await toolbar.showView('Composer');
    const initial = await composer.summaries();

    await composer.moveWithKeyboard(initial[0]!, 'down');
    const moved = await composer.summaries();
    expect(moved).not.toEqual(initial);
    await page.keyboard.press('Control+Z');
    expect(await composer.summaries()).toEqual(initial);
    await page.keyboard.press('Control+Shift+Z');
    expect(await composer.summaries()).toEqual(moved);
    await app.menu('undo');
    await expect.poll(() => composer.summaries()).toEqual(initial);
    await app.menu('redo');
    await expect.poll(() => composer.summaries()).toEqual(moved);

    // In the title field, Ctrl+Z is the field's own undo: the record order stays as it is.
    const title = composer.field('Title');
    const before = await title.inputValue();
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (draft)');
    expect(await title.inputValue()).toBe(`${before} (draft)`);
    await page.keyboard.press('Control+Z');
    expect(await title.inputValue()).toBe(before);
    expect(await composer.summaries()).toEqual(moved);

    // New asks before dropping the unsaved reordering; "Don’t save" starts afresh.
    await app.menu('new-briefing');
    await toolbar.unsavedChangesDialog().getByRole('button', { name: 'Don’t save' }).click();
    await expect.poll(() => composer.summaries()).toEqual(initial);
    expect(await toolbar.unsavedChangesDialog().isVisible()).toBe(false);
  });

  it('says what went wrong when an export fails, and what to do', async () => {
    // The "folder" the dialog picks is a file, so nothing can be written there.
    const app = await launch({ exportFolder: path.join(root, 'package.json', 'exports') });
    await app.preview.waitUntilCurrent();
    await app.toolbar.exportPdf();
    const failure = await app.exportToast.waitForFailure();
    expect(failure).toMatch(/^The PDF was not exported/);
    // The analyst's file and what stands in its way are named, never a temp file or a raw error code.
    expect(failure).toContain(`${path.join(root, 'package.json', 'exports')} is not a folder (a file has that name)`);
    expect(failure).toMatch(/Save it in another folder/);
    expect(failure).not.toMatch(/ENOTDIR|\.tmp/);
  });

  it('follows the system dark theme', async () => {
    const app = await launch({ colorScheme: 'dark' });
    await app.library.waitForRecordCount(seed.records.length);
    await app.library.selectRecord(seed.records[5]!.summary);
    await app.preview.waitUntilCurrent();
    const background = await app.page.evaluate(() => getComputedStyle(document.querySelector('.main-pane')!).backgroundColor);
    expect(background).toBe('rgb(35, 38, 45)');
    await app.screenshot('app-dark');
  });
});
