import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { briefbookForEachTest } from './app-per-test';
import { root } from './harness';

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));
const active = seed.records.filter((r) => r.status === 'active');
/** Records the library search "liaison" must find (whole-word match on what the analyst reads). */
const SEARCH = 'liaison';

describe('The workspace', () => {
  const launch = briefbookForEachTest();

  it('browses the library without editing the briefing, and adds to it only on purpose', async () => {
    const app = await launch();
    const { library, preview, toolbar, page } = app;
    await library.waitForRecordCount(active.length);
    await preview.waitUntilCurrent();
    const pages = await preview.pageCount();
    const firstPage = await preview.pageImage();
    const dirty = page.locator('.briefing-name .dirty-dot');
    expect(await dirty.count()).toBe(0);

    // Searching and filtering narrow the list only.
    await library.search(SEARCH);
    await expect.poll(() => library.recordCount().catch(() => active.length)).toBeLessThan(active.length);
    const found = await library.recordCount();
    expect(found).toBeGreaterThan(0);
    const inRule = await library.listedSummaries();
    await library.chooseTopic(seed.topics[0]!.label);
    await page.waitForTimeout(500);
    expect(await dirty.count()).toBe(0);
    await preview.waitUntilCurrent();
    expect(await preview.pageCount()).toBe(pages);
    expect(await preview.pageImage()).toBe(firstPage);
    await toolbar.showView('Composer');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /records? included/ }).textContent()).toBe(`${active.length} records included`);
    expect(await page.getByTestId('briefing-rule').textContent()).toContain('every record in the library');

    // Making the search the briefing's rule is an edit: it shows in the composer and the preview follows.
    await toolbar.showView('Library');
    await page.getByRole('group', { name: /^Topics/ }).getByRole('checkbox', { name: seed.topics[0]!.label }).uncheck();
    await library.waitForRecordCount(found);
    await library.useFiltersAsRule();
    expect(await dirty.count()).toBe(1);
    await toolbar.showView('Composer');
    expect(await page.getByTestId('briefing-rule').textContent()).toContain(`Search: “${SEARCH}”`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /records? included/ }).textContent()).toBe(`${found} record${found === 1 ? '' : 's'} included`);

    // A record outside the rule, added by hand, joins it; removing it takes it out again.
    await toolbar.showView('Library');
    await library.search('');
    await library.waitForRecordCount(active.length);
    const outside = (await library.listedSummaries()).find((summary) => !inRule.includes(summary))!;
    await library.selectRecord(outside);
    await library.detail().getByRole('button', { name: 'Add to briefing' }).click();
    await library.detail().getByRole('button', { name: 'Remove from briefing' }).waitFor();
    await toolbar.showView('Composer');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /records? included/ }).textContent()).toBe(`${found + 1} records included`);
    expect(await page.getByTestId('briefing-rule').textContent()).toContain('1 record added by hand');
    await page.getByRole('button', { name: `Remove from briefing: ${outside}` }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /included/ }).textContent()).toMatch(new RegExp(`^${found} (of \\d+ )?records? included`));
  });

  it('clears the record detail when its record is filtered out of the list', async () => {
    const app = await launch();
    const { library } = app;
    await library.waitForRecordCount(active.length);
    const [first] = await library.listedSummaries();
    await library.selectRecord(first!);
    await library.search('zzzz-no-record-says-this');
    await library.waitForRecordCount(0);
    await library.detail().getByText('No record chosen').waitFor();
    expect(await library.detail().getByRole('heading', { name: first }).count()).toBe(0);
  });

  it('lists at least 20 records at 1440×900, the detail unclipped beside them', async () => {
    const app = await launch();
    const { library, page } = app;
    await library.waitForRecordCount(active.length);
    const visible = await page.getByRole('listbox', { name: 'Records' }).evaluate((list) => {
      const box = list.getBoundingClientRect();
      return [...list.querySelectorAll('[role="option"]')].filter((row) => {
        const r = row.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom + 0.5;
      }).length;
    });
    expect(visible).toBeGreaterThanOrEqual(20);

    // The Source row of a record's detail can always be scrolled to and read whole.
    await library.selectRecord((await library.listedSummaries())[0]!);
    const source = library.detail().getByRole('definition').filter({ has: page.locator('cite') });
    await source.scrollIntoViewIfNeeded();
    const [sourceBox, detailBox] = await Promise.all([source.boundingBox(), library.detail().boundingBox()]);
    expect(sourceBox!.y).toBeGreaterThanOrEqual(detailBox!.y);
    expect(sourceBox!.y + sourceBox!.height).toBeLessThanOrEqual(detailBox!.y + detailBox!.height + 0.5);
  });

  for (const size of [
    { width: 1024, height: 700 },
    { width: 720, height: 480 },
  ]) {
    it(`keeps every briefing command reachable at ${size.width}×${size.height}, and exports from there`, async () => {
      const app = await launch();
      const { library, page, exportToast } = app;
      await app.resize(size);
      await library.waitForRecordCount(active.length);
      const inWindow = async (name: string) => {
        const box = await page.getByRole('button', { name, exact: true }).boundingBox();
        return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
      };
      for (const name of ['New briefing', 'Open…', 'Save briefing', 'Export PDF', 'Hide filters', 'Hide preview']) expect(await inWindow(name), name).toBe(true);
      for (const tab of ['Library', 'Composer', 'Templates', 'Reading room']) {
        const box = await page.getByRole('tab', { name: tab }).boundingBox();
        expect(box!.x + box!.width, tab).toBeLessThanOrEqual(size.width);
      }
      // The page's own scrollbars would mean something lies beyond the window.
      expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([size.width, size.height]);

      await page.getByRole('button', { name: 'Export PDF' }).click();
      expect(await exportToast.waitForDone()).toMatch(/^Exported \d+ pages?$/);
    });
  }
});
