import type { Locator, Page } from 'playwright-core';

/** Editing a record: its form above the source text, where the passage is selected. */
export class RecordEditor {
  constructor(private readonly page: Page) {}

  editor(): Locator {
    return this.page.getByRole('region', { name: /^(Edit|New) record$/ });
  }

  /** Opens the editor on the record the library shows. */
  async editShownRecord(): Promise<void> {
    await this.page.getByRole('region', { name: 'Record detail' }).getByRole('button', { name: 'Edit', exact: true }).click();
    await this.editor().waitFor();
  }

  field(label: 'Summary' | 'Passage' | 'Speaker' | 'Section' | 'Addressees' | 'Tags' | 'Kind' | 'Source'): Locator {
    return this.editor().getByLabel(label, { exact: true });
  }

  /** The note under a field: its error, or its hint. */
  note(label: string): Locator {
    return this.editor().locator('.field', { has: this.page.getByText(label, { exact: true }) }).locator('.field-error, .field-hint');
  }

  /** Selects `passage` in the source text, as a mouse would, and makes it the record's passage. */
  async selectPassage(passage: string): Promise<void> {
    const text = this.editor().getByRole('region', { name: 'Source text' }).locator('.passage-text');
    await text.evaluate((box, wanted) => {
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in one run of the source text`);
    }, passage);
    await this.editor().getByRole('button', { name: 'Use selection' }).click();
  }

  /** The passage marked in the source text. */
  async markedPassage(): Promise<string> {
    return (await this.editor().locator('.passage-text mark.is-current').textContent()) ?? '';
  }

  /** Saves; resolves once the editor has closed (use `saveExpectingError` when it should not). */
  async save(): Promise<void> {
    await this.editor().getByRole('button', { name: /^(Save|Add) record$/ }).click();
    await this.editor().waitFor({ state: 'detached' });
  }

  async saveExpectingError(): Promise<void> {
    await this.editor().getByRole('button', { name: /^(Save|Add) record$/ }).click();
  }
}
