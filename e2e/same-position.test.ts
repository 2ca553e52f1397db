import { readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { readPdf, type ReadBackPdf } from '../test/read-pdf';
import { briefbookForEachTest } from './app-per-test';
import { root, type BriefbookApp } from './harness';

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));
const summaryOf = (id: string) => seed.records.find((r) => r.id === id)!.summary;
const readLibrary = async (app: BriefbookApp) => Library.parse(JSON.parse(await readFile(app.libraryFile, 'utf8')));

type TextRun = ReadBackPdf['items'][number][number];

/** Text with all whitespace removed: pdfmake breaks lines anywhere, extraction adds spaces. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** Runs on a page that begin `text`: the first printed line of it (at least a few words long). */
const firstLinesOf = (runs: TextRun[], text: string) =>
  runs.filter((run) => squash(run.str).length >= 12 && squash(text).startsWith(squash(run.str)));

describe('Same position elsewhere, end to end', () => {
  const launch = briefbookForEachTest();

  it('shows a record’s linked position, confirms one suggested record and rejects another for good, and a comparison prints the new position on one row', async () => {
    const app = await launch();
    const { library } = app;
    await library.waitForRecordCount(seed.records.filter((r) => r.status === 'active').length);

    // A seed agreement: the liaison records are linked already.
    await library.selectRecord(summaryOf('elbe-2019-27'));
    const panel = library.detail().getByRole('region', { name: 'Same position elsewhere' });
    await panel.getByText('A Russian military liaison at NATO’s military headquarters', { exact: true }).waitFor();
    expect(await panel.getByRole('button', { name: summaryOf('eln-2021-14') }).count()).toBe(1);

    // Cutting training near the border and warning of bomber sorties: suggested, and confirmed.
    await library.selectRecord(summaryOf('elbe-2019-23'));
    const suggestion = panel.locator('li[data-record-id="eln-2021-18"]');
    await suggestion.waitFor();
    await app.screenshot('same-position-suggestions');
    await suggestion.getByRole('button', { name: 'Same position' }).click();
    await panel.getByRole('button', { name: 'Take this record out' }).waitFor();
    const linked = (await readLibrary(app)).positions.find((p) => p.members.some((m) => m.recordId === 'elbe-2019-23'));
    expect(linked?.members.map((m) => m.recordId)).toEqual(['elbe-2019-23', 'eln-2021-18']);

    // Rejecting a suggestion keeps it from coming back, in the file and in the panel.
    await library.selectRecord(summaryOf('elbe-2019-25'));
    const offered = panel.locator('li[data-record-id]').first();
    await offered.waitFor();
    const otherId = (await offered.getAttribute('data-record-id'))!;
    await offered.getByRole('button', { name: 'Not the same' }).click();
    await panel.locator(`li[data-record-id="${otherId}"]`).waitFor({ state: 'detached' });
    expect((await readLibrary(app)).rejectedLinks.map((l) => l.recordIds.join())).toContain(['elbe-2019-25', otherId].sort().join());

    // The comparison prints the new position on one row: its label, then each source's record.
    const { composer, preview, toolbar, exportToast } = app;
    await toolbar.showView('Composer');
    await composer.chooseTemplate('comparison');
    await preview.waitUntilCurrent();
    await toolbar.exportPdf();
    await exportToast.waitForDone();
    const [exported] = await readdir(app.exportDir);
    const pdf = await readPdf(await readFile(path.join(app.exportDir, exported!)));
    // Kept beside the screenshots, to look at the page.
    await mkdir(path.join(root, 'test-output'), { recursive: true });
    await copyFile(path.join(app.exportDir, exported!), path.join(root, 'test-output', 'same-position-comparison.pdf'));

    const label = linked!.label;
    const [first, second] = ['elbe-2019-23', 'eln-2021-18'].map(summaryOf) as [string, string];
    const rows = pdf.items.flatMap((runs, index) =>
      firstLinesOf(runs, label).flatMap((labelRun) => {
        // The label heads the row in the leftmost column; the records sit to its right, level with it.
        const level = (run: TextRun) => run.x > labelRun.x + 100 && Math.abs(run.y - labelRun.y) < 3;
        const records = [first, second].map((summary) => firstLinesOf(runs, summary).find(level));
        return records.every(Boolean) ? [{ page: index + 1, label: labelRun, records: records as TextRun[] }] : [];
      }),
    );
    expect(rows, `"${label}" heads one row holding both records`).toHaveLength(1);
    const [row] = rows;
    const runs = pdf.items[row!.page - 1]!;
    // The first column holds the whole label and then the position's kind, an agreement.
    const column = runs.filter((run) => Math.abs(run.x - row!.label.x) < 3 && run.y <= row!.label.y).sort((a, b) => b.y - a.y);
    const kindAt = column.findIndex((run) => run.str.trim() === 'AGREEMENT');
    expect(squash(column.slice(0, kindAt).map((run) => run.str).join(''))).toBe(squash(label));
    // Each record under its own source's column heading.
    ['Elbe Group', 'European Leadership Network'].forEach((heading, column) => {
      const headingRun = runs.find((run) => run.str.startsWith(heading) && run.y > row!.label.y);
      expect(Math.abs(headingRun!.x - row!.records[column]!.x), `${heading}'s record is in its column`).toBeLessThan(3);
    });
  });
});
