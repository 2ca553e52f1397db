import type { Page } from 'playwright-core';

/** The reading room's shelf: finished briefings and added PDFs. */
export class ShelfPage {
  constructor(private readonly page: Page) {}

  region() {
    return this.page.getByRole('region', { name: 'Shelf' });
  }

  /** Switches to the reading room (closing the reader if one is open) and waits for the shelf to be listed. */
  async show(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Reading room' }).click();
    const back = this.page.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Shelf' });
    if (await back.isVisible()) await back.click();
    await this.region().getByRole('status').filter({ hasText: /document/ }).waitFor();
  }

  /** Titles listed, in order (newest first). */
  async titles(): Promise<string[]> {
    return this.region().locator('.shelf-open').allTextContents();
  }

  /** What each row says, as text per column, in order. */
  async rows(): Promise<{ title: string; file: string; marking: string; date: string; length: string; state: string }[]> {
    return this.region()
      .locator('tr.shelf-row')
      .evaluateAll((rows) =>
        rows.map((row) => {
          const cells = [...row.querySelectorAll('td')].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
          return {
            title: row.querySelector('.shelf-open')?.textContent ?? '',
            file: row.querySelector('.shelf-file')?.textContent ?? '',
            marking: cells[1] ?? '',
            date: cells[2] ?? '',
            length: cells[3] ?? '',
            state: cells[4] ?? '',
          };
        }),
      );
  }

  /** Opens the row whose file name is `file` in the reader. */
  async open(file: string): Promise<void> {
    await this.region().locator('tr.shelf-row').filter({ has: this.page.locator('.shelf-file', { hasText: file }) }).locator('.shelf-open').click();
    await this.page.getByRole('region', { name: 'Reader' }).waitFor();
  }

  /** Takes the document titled `title` off the shelf with its row's Remove button. */
  async remove(title: string): Promise<void> {
    await this.region().getByRole('button', { name: `Remove “${title}” from the shelf` }).click();
  }

  async search(text: string): Promise<void> {
    await this.region().getByRole('searchbox', { name: 'Search the shelf' }).fill(text);
  }

  async showOnly(label: 'All' | 'Briefings' | 'Added PDFs' | 'Out of date'): Promise<void> {
    await this.region().getByRole('radio', { name: new RegExp(`^${label}`) }).click();
  }

  async chooseMarking(marking: string): Promise<void> {
    await this.region().getByRole('combobox', { name: 'Marking' }).selectOption(marking === '' ? { index: 0 } : marking);
  }

  /** The "N documents" count. */
  async count(): Promise<string> {
    return (await this.region().getByRole('status').textContent()) ?? '';
  }
}
