import type { Locator, Page } from 'playwright-core';

export interface ComposedCard {
  summary: string;
  included: boolean;
  note: string;
}

/** The composer: memo fields and the records in print order. */
export class ComposerPage {
  constructor(private readonly page: Page) {}

  field(label: 'Title' | 'Subject' | 'To' | 'From' | 'Date' | 'Bottom line up front') {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Picks the briefing's template by id (the Template list's option values). */
  async chooseTemplate(templateId: string): Promise<void> {
    await this.page.getByLabel('Template', { exact: true }).selectOption(templateId);
  }

  async setMarking(marking: string): Promise<void> {
    await this.page.getByLabel('Handling marking').selectOption(marking);
  }

  /** Every record card, in the order shown (= print order). */
  async cards(): Promise<ComposedCard[]> {
    await this.page.locator('.composed-record').first().waitFor();
    return this.page.locator('.composed-record').evaluateAll((cards) =>
      cards.map((card) => ({
        summary: card.querySelector('.composed-record-summary')?.textContent ?? '',
        included: (card.querySelector('input[role="switch"]') as HTMLInputElement).checked,
        note: (card.querySelector('textarea') as HTMLTextAreaElement).value,
      })),
    );
  }

  async summaries(): Promise<string[]> {
    return (await this.cards()).map((card) => card.summary);
  }

  /** Section headings (topics), in order. */
  async sections(): Promise<string[]> {
    return this.page.locator('.composed-section').evaluateAll((sections) => sections.map((s) => s.getAttribute('aria-label') ?? ''));
  }

  card(summary: string): Locator {
    return this.page.locator('.composed-record').filter({ has: this.page.locator('.composed-record-summary', { hasText: summary }) });
  }

  /** Focuses the card and presses Alt+↑ or Alt+↓, as a keyboard user would. */
  async moveWithKeyboard(summary: string, direction: 'up' | 'down'): Promise<void> {
    await this.card(summary).focus();
    await this.page.keyboard.press(direction === 'up' ? 'Alt+ArrowUp' : 'Alt+ArrowDown');
  }

  /** Drags one card onto the top half of another (HTML5 drag and drop): it lands just before it. */
  async dragBefore(summary: string, targetSummary: string): Promise<void> {
    await this.card(summary).dragTo(this.card(targetSummary), { targetPosition: { x: 60, y: 6 } });
  }

  async setNote(summary: string, note: string): Promise<void> {
    await this.card(summary).getByRole('textbox').fill(note);
  }

  async setIncluded(summary: string, included: boolean): Promise<void> {
    await this.card(summary).getByRole('switch').setChecked(included);
  }

  /** The card's key toggle (a pressed button when the record is key). */
  keyToggle(summary: string): Locator {
    return this.card(summary).getByRole('button', { name: 'Key record' });
  }

  /** Waits until the card shows the record as key, or not. */
  async waitForKey(summary: string, key: boolean): Promise<void> {
    await this.card(summary).and(this.page.locator(key ? '.is-key' : ':not(.is-key)')).waitFor();
    await this.keyToggle(summary).and(this.page.locator(`[aria-pressed="${key}"]`)).waitFor();
  }

  /** Focuses the card and presses K, as a keyboard user marks a record key (or not). */
  async toggleKeyWithKeyboard(summary: string): Promise<void> {
    await this.card(summary).focus();
    await this.page.keyboard.press('k');
  }

  /** The group of unreviewed imports the briefing's exports leave out. */
  unreviewedGroup(): Locator {
    return this.page.getByRole('region', { name: 'Not reviewed — left out of exports' });
  }

  /** Summaries listed in the unreviewed group, in order (none when it is not shown). */
  async unreviewedSummaries(): Promise<string[]> {
    return this.page.locator('.unreviewed-record-summary').allTextContents();
  }

  /** The briefing's "include unreviewed records" checkbox. */
  includeUnreviewed(): Locator {
    return this.page.getByRole('checkbox', { name: /^Include unreviewed records in exports/ });
  }
}
