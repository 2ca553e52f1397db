import type { Page } from 'playwright-core';

/** The reader: one shelved PDF with bookmarks, thumbnails, find, zoom and page navigation. */
export class ReaderPage {
  constructor(private readonly page: Page) {}

  region() {
    return this.page.getByRole('region', { name: 'Reader' });
  }

  private scroller() {
    return this.region().locator('.reader-scroller');
  }

  /** Waits until the page being read is drawn (once the reader has gone back to the page last read). */
  async waitUntilShown(): Promise<void> {
    await this.page.waitForFunction(() => {
      const page = document.querySelector<HTMLInputElement>('.reader-header .page-input')?.value;
      return document.querySelector(`.reader-scroller .reader-page[data-drawn]:has(canvas[data-page="${page}"])`) !== null;
    });
  }

  async title(): Promise<string> {
    return (await this.region().locator('.reader-title').textContent()) ?? '';
  }

  async currentPage(): Promise<number> {
    return Number(await this.region().getByRole('textbox', { name: 'Page number' }).inputValue());
  }

  async pageCount(): Promise<number> {
    const text = (await this.region().locator('.page-count').textContent()) ?? '';
    return Number(/of (\d+)/.exec(text)?.[1] ?? 0);
  }

  async goToPage(page: number): Promise<void> {
    const input = this.region().getByRole('textbox', { name: 'Page number' });
    await input.fill(String(page));
    await input.press('Enter');
  }

  /** Presses a key with the pages focused, as a keyboard reader would. */
  async press(key: string): Promise<void> {
    await this.scroller().press(key);
  }

  /** The bookmark titles, once they have loaded. */
  async bookmarks(): Promise<string[]> {
    const nav = this.region().getByRole('navigation', { name: 'Bookmarks' });
    await nav.waitFor();
    return nav.locator('.outline-title').allTextContents();
  }

  async jumpToBookmark(title: string): Promise<void> {
    await this.region().getByRole('navigation', { name: 'Bookmarks' }).getByRole('button', { name: title, exact: false }).first().click();
  }

  async showPanel(name: 'Contents' | 'Pages'): Promise<void> {
    await this.region().getByRole('tab', { name }).click();
  }

  async clickThumbnail(page: number): Promise<void> {
    await this.region().getByRole('list', { name: 'Page thumbnails' }).getByRole('button', { name: `Page ${page}`, exact: true }).click();
  }

  /** Types into Find and waits for the answer ("2 of 5", "No matches"). */
  async find(text: string): Promise<string> {
    await this.region().getByRole('searchbox', { name: 'Find in document' }).fill(text);
    const status = this.region().getByRole('status', { name: 'Matches' });
    await status.filter({ hasText: /of \d+|No matches/ }).waitFor();
    return (await status.textContent()) ?? '';
  }

  async nextMatch(): Promise<string> {
    await this.region().getByRole('button', { name: 'Next match' }).click();
    return (await this.region().getByRole('status', { name: 'Matches' }).textContent()) ?? '';
  }

  /** Waits for the current hit to be marked, and says whether it is within the visible part of the pages. */
  async currentHitIsInView(): Promise<boolean> {
    const hit = this.region().locator('.reader-hit.is-current').first();
    await hit.waitFor();
    return this.scroller().evaluate((scroller) => {
      const mark = scroller.querySelector('.reader-hit.is-current');
      if (!mark) return false;
      const view = scroller.getBoundingClientRect();
      const box = mark.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom && box.width > 0;
    });
  }

  /** How many hits are marked on the pages drawn so far. */
  async markedHits(): Promise<number> {
    return this.region().locator('.reader-hit').count();
  }

  async chooseZoom(label: string): Promise<void> {
    await this.region().getByRole('combobox', { name: 'Zoom level' }).selectOption({ label });
  }

  async zoomIn(): Promise<void> {
    await this.region().getByRole('button', { name: 'Zoom in' }).click();
  }

  /** Width of the drawn page in CSS pixels. */
  async pageWidth(page: number): Promise<number> {
    return this.scroller().locator(`canvas[data-page="${page}"]`).evaluate((canvas) => canvas.getBoundingClientRect().width);
  }

  staleBanner() {
    return this.region().getByRole('region', { name: 'Out of date' });
  }

  /** The records listed under Added, Removed or Edited in the out-of-date banner. */
  async changes(group: 'Added' | 'Removed' | 'Edited'): Promise<string[]> {
    return this.staleBanner()
      .getByRole('list', { name: group })
      .locator('li')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
  }

  /**
   * How each changed field of the edited record now summarised as `summary` reads in the
   * out-of-date banner: its name, the words struck out (printed), the words underlined (in the
   * library now), and the note given when the export kept no copy of the old text.
   */
  async edits(summary: string): Promise<{ field: string; removed: string[]; added: string[]; note: string }[]> {
    const record = this.staleBanner().getByRole('list', { name: 'Edited' }).locator('li').filter({ hasText: summary });
    return record.locator('.stale-edit').evaluateAll((edits) =>
      edits.map((edit) => {
        const texts = (selector: string) => [...edit.querySelectorAll(selector)].map((part) => part.textContent!.trim());
        return {
          field: edit.querySelector('dt')!.textContent!,
          removed: texts('del'),
          added: texts('ins'),
          note: edit.querySelector('.stale-detail')?.textContent ?? '',
        };
      }),
    );
  }

  /** The handling marking shown beside the title; empty when there is none. */
  async marking(): Promise<string> {
    const badge = this.region().locator('.reader-subtitle .marking-badge');
    return (await badge.count()) > 0 ? ((await badge.textContent()) ?? '') : '';
  }

  async regenerate(): Promise<void> {
    await this.staleBanner().getByRole('button', { name: /Regenerate/ }).click();
  }

  /** The message shown when the file is not where the shelf last found it. */
  async missingMessage(): Promise<string> {
    const alert = this.region().locator('.reader-missing-card');
    await alert.waitFor();
    return (await alert.innerText()).replace(/\s+/g, ' ').trim();
  }

  async relocate(): Promise<void> {
    await this.region().getByRole('button', { name: 'Relocate…' }).click();
  }

  async close(): Promise<void> {
    await this.region().getByRole('button', { name: 'Shelf' }).click();
    await this.page.getByRole('region', { name: 'Shelf' }).waitFor();
  }
}
