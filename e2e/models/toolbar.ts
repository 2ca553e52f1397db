import type { Page } from 'playwright-core';

/** The toolbar: views and the briefing commands. */
export class Toolbar {
  constructor(private readonly page: Page) {}

  async showView(name: 'Library' | 'Composer' | 'Templates'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async briefingTitle(): Promise<string> {
    return (await this.page.locator('.briefing-name').textContent())?.trim() ?? '';
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save briefing', exact: true }).click();
    await this.waitForSaved();
  }

  async waitForSaved(): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: 'Briefing saved' }).waitFor();
  }

  /** The question asked before unsaved edits would be dropped. */
  unsavedChangesDialog() {
    return this.page.getByRole('dialog', { name: /^Save changes to/ });
  }

  /** Opens the Open dialog; resolves once its list (or empty state) has loaded. */
  async showOpenDialog(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open…' }).click();
    await this.openDialog().getByText('Loading…').waitFor({ state: 'detached' });
  }

  openDialog() {
    return this.page.getByRole('dialog', { name: 'Open briefing' });
  }

  /** Titles listed in the Open dialog, newest first. */
  async savedBriefingTitles(): Promise<string[]> {
    return this.openDialog().locator('.briefing-choice-title').allTextContents();
  }

  async openBriefing(title: string): Promise<void> {
    await this.showOpenDialog();
    await this.openDialog().getByRole('button', { name: title }).click();
    await this.page.locator('.briefing-name', { hasText: title }).waitFor();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo' }).click();
  }

  async redo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Redo' }).click();
  }

  async exportPdf(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export PDF' }).click();
  }
}
