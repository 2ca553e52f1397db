import type { Page } from 'playwright-core';

/** The PDF preview pane. */
export class PreviewPage {
  constructor(private readonly page: Page) {}

  private pane() {
    return this.page.getByRole('region', { name: 'Preview' });
  }

  /** Waits until the preview shows the current briefing: not updating, first page drawn. */
  async waitUntilCurrent(): Promise<void> {
    await this.page.waitForFunction(() => {
      const updating = document.querySelector('.updating.is-active');
      const first = document.querySelector<HTMLCanvasElement>('canvas[data-page="1"]');
      return !updating && first !== null && first.width > 0;
    });
  }

  async pageCount(): Promise<number> {
    const text = (await this.pane().locator('.page-count').textContent()) ?? '';
    return Number(/of (\d+)/.exec(text)?.[1] ?? 0);
  }

  async currentPage(): Promise<number> {
    return Number(await this.pane().getByRole('textbox', { name: 'Page number' }).inputValue());
  }

  async goToPage(page: number): Promise<void> {
    const input = this.pane().getByRole('textbox', { name: 'Page number' });
    await input.fill(String(page));
    await input.press('Enter');
  }

  async pressOnPages(key: 'PageDown' | 'PageUp'): Promise<void> {
    await this.pane().locator('.preview-scroller').press(key);
  }

  /** A fingerprint of what page `n` shows, to tell whether the preview changed. */
  async pageImage(n = 1): Promise<string> {
    return this.page.locator(`canvas[data-page="${n}"]`).evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
  }
}
