import type { Page } from 'playwright-core';

/** The export's progress, result (Open / Show in folder) or failure, in the corner of the window. */
export class ExportToast {
  constructor(private readonly page: Page) {}

  private toast() {
    return this.page.locator('.export-toast');
  }

  /** Waits for a finished export; resolves to its "Exported N pages" title. */
  async waitForDone(): Promise<string> {
    const title = this.toast().locator('.toast-title', { hasText: /^Exported/ });
    await title.waitFor();
    return (await title.textContent()) ?? '';
  }

  /** Waits for a failed export; resolves to everything it says (title, message, hint). */
  async waitForFailure(): Promise<string> {
    const alert = this.toast().getByRole('alert');
    await alert.waitFor();
    return (await alert.innerText()).replace(/\s+/g, ' ').trim();
  }

  async open(): Promise<void> {
    await this.toast().getByRole('button', { name: 'Open' }).click();
  }

  async showInFolder(): Promise<void> {
    await this.toast().getByRole('button', { name: 'Show in folder' }).click();
  }
}
