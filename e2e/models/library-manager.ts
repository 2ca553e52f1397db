import type { Locator, Page } from 'playwright-core';

/** The library's commands in the sidebar and the dialogs they open: sources, topics, Recently deleted. */
export class LibraryManager {
  constructor(private readonly page: Page) {}

  private command(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name });
  }

  async importArticle(): Promise<void> {
    await this.command('Import article…').click();
  }

  sourcesDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Sources|New source|Edit source)$/ });
  }

  async openSources(): Promise<void> {
    await this.command('Sources').click();
    await this.sourcesDialog().waitFor();
  }

  topicsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Topics' });
  }

  async openTopics(): Promise<void> {
    await this.command('Topics').click();
    await this.topicsDialog().waitFor();
  }

  /** Merges topic `label` into topic `into` from the Topics dialog. */
  async mergeTopic(label: string, into: string): Promise<void> {
    const row = this.topicsDialog().getByRole('listitem', { name: label, exact: true });
    await row.getByRole('button', { name: 'Merge…' }).click();
    const form = row.getByRole('form', { name: `Merge ${label}` });
    await form.getByLabel('Merge into').selectOption({ label: into });
    await form.getByRole('button', { name: 'Merge', exact: true }).click();
    await row.waitFor({ state: 'detached' });
  }

  /** Topic labels the Topics dialog lists. */
  async topicLabels(): Promise<string[]> {
    return this.topicsDialog().locator('.manage-row-title').allTextContents();
  }

  async closeDialog(name: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name });
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  recentlyDeleted(): Locator {
    return this.page.getByRole('dialog', { name: 'Recently deleted' });
  }

  async openRecentlyDeleted(): Promise<void> {
    await this.command('Recently deleted').click();
    await this.recentlyDeleted().getByText('Loading…').waitFor({ state: 'detached' });
  }

  /** Labels listed under Recently deleted, per group. */
  async deletedLabels(group: 'records' | 'sources' | 'topics'): Promise<string[]> {
    const section = this.recentlyDeleted().getByRole('region', { name: `Deleted ${group}` });
    if ((await section.count()) === 0) return [];
    return (await section.locator('.manage-row-title').allTextContents()).map((label) => label.trim());
  }

  async restore(label: string): Promise<void> {
    await this.recentlyDeleted().getByRole('button', { name: `Restore ${label}` }).click();
  }
}
