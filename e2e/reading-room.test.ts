import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { newBriefing } from '../main/core/compose/new-briefing';
import { exportBriefing } from '../main/core/export-briefing';
import { Library } from '../main/core/model';
import { readPdf } from '../test/read-pdf';
import { LEGACY_PDF_TEXT, LEGACY_PDF_TITLE, legacyFontsPdf } from './fixtures/legacy-fonts-pdf';
import { briefbookForEachTest } from './app-per-test';
import { root, type BriefbookApp } from './harness';
import { ReaderPage } from './models/reader';
import { ShelfPage } from './models/shelf';

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));

/** The Elbe Group's 2019 statement, the source of the memo a colleague sends. */
const ELBE_SOURCE = seed.sources.find((source) => source.dialogue === 'Elbe Group')!.id;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The page each top-level bookmark of a PDF leads to, read with pdf.js apart from the app. */
async function bookmarkPages(bytes: Uint8Array): Promise<Map<string, number>> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const pages = new Map<string, number>();
    for (const item of (await pdf.getOutline()) ?? []) {
      const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
      pages.set(item.title, (await pdf.getPageIndex(dest![0] as Parameters<typeof pdf.getPageIndex>[0])) + 1);
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/**
 * A word of the library's records that the PDF prints first on page 3 or later (so finding it
 * is a real jump), and that page.
 */
function wordFirstPrintedLate(pages: readonly string[]): { word: string; page: number } {
  const lowered = pages.map((text) => text.toLowerCase());
  for (const record of seed.records) {
    for (const word of record.statement.toLowerCase().match(/\p{L}{9,}/gu) ?? []) {
      const first = lowered.findIndex((text) => text.includes(word));
      if (first >= 2) return { word, page: first + 1 };
    }
  }
  throw new Error('no word of the library is printed first on page 3 or later');
}

/**
 * Takes the page's network away. The app's own files still load (the harness serves them to the
 * page itself), and anything else is refused and reported by the harness as a problem.
 */
async function goOffline(app: BriefbookApp): Promise<void> {
  await app.page.context().setOffline(true);
}

describe('Reading room, end to end and offline', () => {
  const launch = briefbookForEachTest();

  it('shelves an export, reads it by bookmark, search and keys, reopens at the same page, and regenerates it once out of date', async () => {
    const app = await launch();
    await goOffline(app);
    const { composer, toolbar, exportToast, library, recordEditor } = app;
    const shelf = new ShelfPage(app.page);
    const reader = new ReaderPage(app.page);

    // A briefing of the whole library, marked TLP:AMBER, exported through the stand-in save dialog.
    await toolbar.showView('Composer');
    await composer.field('Title').fill('NATO–Russia military risk reduction');
    await composer.setMarking('TLP:AMBER');
    await app.preview.waitUntilCurrent();
    await toolbar.exportPdf();
    await exportToast.waitForDone();
    const original = path.join(app.exportDir, 'NATO-Russia-military-risk-reduction.pdf');
    const originalBytes = await readFile(original);
    const printed = await readPdf(originalBytes);

    // On the shelf (View > Reading Room): title, marking, date, length, current.
    await app.menu('show-reading-room');
    await shelf.region().getByRole('status').filter({ hasText: /document/ }).waitFor();
    expect(await shelf.rows()).toEqual([
      {
        title: 'NATO–Russia military risk reduction',
        file: 'NATO-Russia-military-risk-reduction.pdf',
        marking: 'TLP:AMBER',
        date: expect.stringMatching(/^\d{1,2} \w{3} \d{4}, \d\d:\d\d Exported · memo template$/),
        length: `${printed.numPages} pages`,
        state: 'v1 Current',
      },
    ]);

    // Open it: the first page, every bookmark of the PDF in the sidebar.
    await shelf.open('NATO-Russia-military-risk-reduction.pdf');
    await reader.waitUntilShown();
    expect(await reader.currentPage()).toBe(1);
    expect(await reader.pageCount()).toBe(printed.numPages);
    expect(await reader.bookmarks()).toEqual(printed.outline);

    // A bookmark leads to its page.
    const bookmarks = await bookmarkPages(originalBytes);
    const [chapter, chapterPage] = [...bookmarks].find(([, page]) => page >= 3)!;
    await reader.jumpToBookmark(chapter);
    await expect.poll(() => reader.currentPage()).toBe(chapterPage);
    await reader.waitUntilShown();

    // Find: back at the first page, a word first printed on a later page lands there, marked and in view.
    await reader.press('Home');
    expect(await reader.currentPage()).toBe(1);
    const { word, page: wordPage } = wordFirstPrintedLate(printed.pages);
    expect(await reader.find(word)).toMatch(/^1 of \d+$/);
    await expect.poll(() => reader.currentPage()).toBe(wordPage);
    expect(await reader.currentHitIsInView()).toBe(true);

    // Keys turn pages: End, Home, PageDown, →, ←; a thumbnail goes to its page.
    await reader.press('End');
    expect(await reader.currentPage()).toBe(printed.numPages);
    await reader.press('Home');
    await reader.press('PageDown');
    await reader.press('ArrowRight');
    expect(await reader.currentPage()).toBe(3);
    await reader.press('ArrowLeft');
    expect(await reader.currentPage()).toBe(2);
    await reader.showPanel('Pages');
    await reader.clickThumbnail(3);
    expect(await reader.currentPage()).toBe(3);

    // Zoom keeps the page being read: fit page is narrower than fit width, zoom in is wider again.
    await reader.chooseZoom('Fit width');
    const fitWidth = await reader.pageWidth(3);
    await reader.chooseZoom('Fit page');
    await expect.poll(() => reader.pageWidth(3)).toBeLessThan(fitWidth);
    expect(await reader.currentPage()).toBe(3);
    await reader.chooseZoom('100%');
    await reader.zoomIn();
    await expect.poll(() => reader.currentPage()).toBe(3);

    // The file opens in the system's PDF viewer (to print) or shows in its folder.
    await reader.region().getByRole('button', { name: 'Open in your PDF viewer' }).click();
    await reader.region().getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => app.shellRequests()).toEqual({ opened: [original], revealed: [original] });

    // Closed and reopened, and after a reload of the window, it opens at the page left.
    await reader.close();
    await shelf.open('NATO-Russia-military-risk-reduction.pdf');
    await reader.waitUntilShown();
    expect(await reader.currentPage()).toBe(3);
    await reader.close();
    await expect.poll(async () => JSON.parse(await readFile(app.libraryFile, 'utf8')).shelf[0].lastPage).toBe(3);
    await app.reload();
    await shelf.show();
    await shelf.open('NATO-Russia-military-risk-reduction.pdf');
    await reader.waitUntilShown();
    expect(await reader.currentPage()).toBe(3);
    await reader.close();

    // In the library, one record behind the briefing is edited and another deleted. Back in the
    // reading room, the briefing is out of date.
    await toolbar.showView('Library');
    const [edited, deleted] = [seed.records[1]!, seed.records[4]!];
    await library.selectRecord(edited.summary);
    await recordEditor.editShownRecord();
    await recordEditor.field('Summary').fill('Restore military-to-military channels without delay.');
    await recordEditor.save();
    await library.selectRecord(deleted.summary);
    await library.detail().getByRole('button', { name: 'Delete', exact: true }).click();
    await library.waitForRecordCount(seed.records.length - 1);
    await shelf.show();
    expect((await shelf.rows())[0]!.state).toBe('v1 Out of date');
    await shelf.open('NATO-Russia-military-risk-reduction.pdf');
    await reader.waitUntilShown();
    await reader.staleBanner().waitFor();
    // Rewritten rather than edited: the printed summary struck out whole, the new one underlined.
    expect(await reader.edits('Restore military-to-military channels without delay.')).toEqual([
      { field: 'summary', removed: [edited.summary], added: ['Restore military-to-military channels without delay.'], note: '' },
    ]);
    expect(await reader.changes('Removed')).toEqual([`${deleted.summary} — deleted`]);
    expect(await reader.find(word)).toMatch(/of \d+$/);
    await reader.currentHitIsInView();
    // The library's offer to undo the delete has had its time.
    await app.page.getByRole('status').filter({ hasText: 'Record deleted' }).waitFor({ state: 'detached' });
    await app.screenshot('reading-room-reader');

    // Regenerated: a second version beside the first, which is left as it was.
    await reader.regenerate();
    await app.page.getByRole('status').filter({ hasText: /^Saved version 2 as NATO-Russia-military-risk-reduction \(v2\)\.pdf/ }).waitFor();
    await reader.waitUntilShown();
    expect(await reader.staleBanner().count()).toBe(0);
    expect(sha256(await readFile(original))).toBe(sha256(originalBytes));
    const regenerated = await readPdf(await readFile(path.join(app.exportDir, 'NATO-Russia-military-risk-reduction (v2).pdf')));
    expect(regenerated.pages.join(' ')).toContain('Restore military-to-military channels without delay.');

    await reader.close();
    expect((await shelf.rows()).map((row) => [row.file, row.state])).toEqual([
      ['NATO-Russia-military-risk-reduction (v2).pdf', 'v2 Current'],
      ['NATO-Russia-military-risk-reduction.pdf', 'v1 Superseded by v2'],
    ]);

    // Any PDF from disk joins them (File > Open PDF…): here a memo a colleague sent.
    const colleagues = newBriefing(seed, { title: 'Elbe Group 2019: recommendations', selection: { sources: [ELBE_SOURCE] } });
    const sent = path.join(app.exportDir, 'Elbe Group 2019 (from a colleague).pdf');
    await writeFile(sent, (await exportBriefing(seed, colleagues)).bytes);
    await app.answerOpenDialog(sent);
    await app.menu('open-pdf');
    await reader.waitUntilShown();
    expect(await reader.title()).toBe('Elbe Group 2019: recommendations');
    await reader.close();
    expect(await shelf.titles()).toEqual([
      'Elbe Group 2019: recommendations',
      'NATO–Russia military risk reduction',
      'NATO–Russia military risk reduction',
    ]);

    // The shelf filters by kind, state and marking, and searches titles and files.
    // A superseded version is out of date too; its row names the version that replaced it.
    await shelf.showOnly('Out of date');
    expect((await shelf.rows()).map((row) => row.state)).toEqual(['v1 Superseded by v2']);
    await shelf.showOnly('Added PDFs');
    expect(await shelf.titles()).toEqual(['Elbe Group 2019: recommendations']);
    await shelf.showOnly('All');
    await shelf.chooseMarking('TLP:AMBER');
    expect(await shelf.count()).toBe('2 documents');
    await shelf.chooseMarking('');
    await shelf.search('colleague elbe');
    expect(await shelf.titles()).toEqual(['Elbe Group 2019: recommendations']);
    await shelf.search('');
    await shelf.region().getByRole('searchbox').blur();
    await app.screenshot('reading-room-shelf');

    // Removing a document takes it off the shelf, not off the disk; Undo puts it back.
    await shelf.remove('Elbe Group 2019: recommendations');
    await expect.poll(() => shelf.titles()).not.toContain('Elbe Group 2019: recommendations');
    expect((await readFile(sent)).subarray(0, 5).toString()).toBe('%PDF-');
    await app.page
      .getByRole('status')
      .filter({ hasText: 'Removed “Elbe Group 2019: recommendations” from the shelf; the file stays on disk' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect.poll(() => shelf.titles()).toContain('Elbe Group 2019: recommendations');
  });

  it('reads a PDF from disk that needs pdf.js’s standard fonts and CMaps, all from the app itself', async () => {
    const app = await launch();
    await goOffline(app);
    const reader = new ReaderPage(app.page);
    const served: string[] = [];
    app.page.on('requestfinished', (request) => served.push(new URL(request.url()).pathname));

    const file = path.join(app.exportDir, 'legacy fonts.pdf');
    await writeFile(file, legacyFontsPdf());
    await app.answerOpenDialog(file);
    await app.menu('open-pdf');
    await reader.waitUntilShown();
    expect(await reader.title()).toBe(LEGACY_PDF_TITLE);
    expect(await reader.find(LEGACY_PDF_TEXT.split(' ')[1]!)).toBe('1 of 1');
    await expect.poll(() => served).toEqual(
      expect.arrayContaining(['/pdfjs/standard_fonts/FoxitDingbats.pfb', expect.stringMatching(/^\/pdfjs\/cmaps\/UniJIS-UCS2-H\.bcmap$/)]),
    );
  });

  it('says where a moved PDF was looked for, refuses a different file, and finds the moved one by its contents', async () => {
    const app = await launch();
    await goOffline(app);
    const shelf = new ShelfPage(app.page);
    const reader = new ReaderPage(app.page);
    await app.preview.waitUntilCurrent();
    await app.toolbar.exportPdf();
    await app.exportToast.waitForDone();
    const [exported] = await readdir(app.exportDir);
    const file = path.join(app.exportDir, exported!);
    const moved = path.join(app.exportDir, 'moved.pdf');
    await rename(file, moved);

    await shelf.show();
    expect((await shelf.rows())[0]!.state).toBe('v1 File missing');
    await shelf.open(exported!);
    expect(await reader.missingMessage()).toContain(`Not found at ${file}.`);

    const impostor = path.join(app.exportDir, 'impostor.pdf');
    await writeFile(impostor, legacyFontsPdf());
    await app.answerOpenDialog(impostor);
    await reader.relocate();
    await reader.region().getByText('That is a different document').waitFor();

    await app.answerOpenDialog(moved);
    await reader.relocate();
    await reader.waitUntilShown();
    await reader.close();
    expect((await shelf.rows())[0]).toMatchObject({ file: 'moved.pdf', state: 'v1 Current' });
  });
});
