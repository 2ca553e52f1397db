import type { Page } from 'playwright-core';

/** The library: search, topic and source facets, the record list and the record detail. */
export class LibraryPage {
  constructor(private readonly page: Page) {}

  searchBox() {
    return this.page.getByRole('searchbox', { name: 'Search records' });
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
  }

  async chooseTopic(label: string): Promise<void> {
    await this.page.getByRole('group', { name: /^Topics/ }).getByRole('checkbox', { name: label }).check();
  }

  async chooseSource(publisher: string): Promise<void> {
    await this.page.getByRole('group', { name: /^Sources/ }).getByRole('checkbox', { name: publisher }).check();
  }

  /** Makes the library's current filters the briefing's rule (browsing alone leaves the briefing as it is). */
  async useFiltersAsRule(): Promise<void> {
    await this.page.getByRole('button', { name: /^Use these filters as the briefing’s rule|^Make the whole library the rule/ }).click();
    await this.page.getByRole('button', { name: 'These filters are the briefing’s rule' }).waitFor();
  }

  /** Adds every record the filters find to the briefing, by hand. */
  async addFoundToBriefing(): Promise<void> {
    await this.page.getByRole('group', { name: 'Put in the briefing' }).getByRole('button', { name: /^Add .* to briefing$/ }).click();
  }

  /** The "N records" count above the list (results arrive asynchronously: wait for the count you expect first). */
  async recordCount(): Promise<number> {
    const text = await this.countLabel().textContent();
    const match = /([\d,]+) records?/.exec(text ?? '');
    if (!match) throw new Error(`no record count in "${text}"`);
    return Number(match[1]!.replace(/,/g, ''));
  }

  async waitForRecordCount(count: number): Promise<void> {
    await this.countLabel()
      .filter({ hasText: new RegExp(`^${count} records?$`) })
      .waitFor();
  }

  /** Summaries of the records listed so far, in order. */
  async listedSummaries(): Promise<string[]> {
    return this.page.getByRole('listbox', { name: 'Records' }).locator('.record-row-summary').allTextContents();
  }

  /** Scrolls the record list to its end, where the next page of records loads. */
  async scrollToEndOfList(): Promise<void> {
    await this.page.getByRole('listbox', { name: 'Records' }).evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
  }

  async selectRecord(summary: string): Promise<void> {
    await this.page.getByRole('option').filter({ hasText: summary }).click();
    await this.detail().getByRole('heading', { name: summary }).waitFor();
  }

  detail() {
    return this.page.getByRole('region', { name: 'Record detail' });
  }

  /** The passage marked in the source text. */
  async markedPassage(): Promise<string> {
    return (await this.detail().locator('mark').textContent()) ?? '';
  }

  /** Whether the marked passage lies within the visible part of the source text box. */
  async markedPassageIsInView(): Promise<boolean> {
    return this.detail()
      .locator('.provenance-text')
      .evaluate((box) => {
        const mark = box.querySelector('mark');
        if (!mark) return false;
        const outer = box.getBoundingClientRect();
        const inner = mark.getBoundingClientRect();
        return inner.top >= outer.top && inner.top < outer.bottom;
      });
  }

  private countLabel() {
    return this.page.getByRole('region', { name: 'Matching records' }).getByRole('status');
  }
}
