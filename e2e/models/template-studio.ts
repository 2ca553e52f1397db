import type { Page } from 'playwright-core';

/** The template studio: the template list, the source editor with its problems, the reference. */
export class TemplateStudioPage {
  constructor(private readonly page: Page) {}

  private list() {
    return this.page.getByRole('navigation', { name: 'Templates' });
  }

  private source() {
    return this.page.getByRole('textbox', { name: 'Template source' });
  }

  /** Opens a template from the list; resolves once its source is in the editor. */
  async open(name: string): Promise<void> {
    await this.list().getByRole('button', { name, exact: false }).first().click();
    await this.page.waitForFunction((expected) => {
      const current = document.querySelector('.template-choice[aria-current="true"] .template-choice-name');
      return current?.textContent === expected && document.querySelector('.cm-content') !== null;
    }, name);
  }

  async duplicate(): Promise<void> {
    await this.list().getByRole('button', { name: 'Duplicate', exact: true }).click();
  }

  /** Deletes the open template (to the trash). */
  async delete(): Promise<void> {
    await this.list().getByRole('button', { name: 'Delete', exact: true }).click();
  }

  /** Takes back the deletion just made, from the note in the list. */
  async undoDelete(): Promise<void> {
    await this.list().getByRole('status').getByRole('button', { name: 'Undo' }).click();
  }

  /** Names in the list, built-in and own, in order. */
  async names(): Promise<string[]> {
    return this.list().locator('.template-choice-name').allTextContents();
  }

  /** The name of the open template, from its name field (own) or heading (built-in). */
  async openName(): Promise<string> {
    const field = this.page.getByRole('textbox', { name: 'Template name' });
    if (await field.count()) return field.inputValue();
    return (await this.page.locator('.template-title').textContent())?.trim() ?? '';
  }

  async isReadOnly(): Promise<boolean> {
    return (await this.source().getAttribute('aria-readonly')) === 'true';
  }

  /** The source text the editor shows (CodeMirror draws the lines in view; a template fits). */
  async text(): Promise<string> {
    return (await this.page.locator('.cm-content .cm-line').allTextContents()).join('\n');
  }

  /** Replaces the first occurrence of `find` by typing, as the analyst would: select it, type over it. */
  async replace(find: string, replacement: string): Promise<void> {
    await this.source().click();
    // Highlighting splits a line into many text nodes: find the text in the line, then its nodes.
    const found = await this.source().evaluate((content, needle) => {
      for (const line of content.querySelectorAll('.cm-line')) {
        const start = line.textContent!.indexOf(needle);
        if (start < 0) continue;
        const range = document.createRange();
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (start >= offset && start <= offset + length) range.setStart(node, start - offset);
          if (start + needle.length >= offset && start + needle.length <= offset + length) {
            range.setEnd(node, start + needle.length - offset);
            break;
          }
          offset += length;
        }
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }
      return false;
    }, find);
    if (!found) throw new Error(`"${find}" is not in the visible template source`);
    await this.page.keyboard.insertText(replacement);
  }

  /** The problems list's entries as `line:column message`, once it says `summary`. */
  async problems(summary: RegExp): Promise<string[]> {
    const region = this.page.getByRole('region', { name: 'Problems' });
    await region.getByRole('status').filter({ hasText: summary }).waitFor();
    return region.locator('.problem').evaluateAll((buttons) =>
      buttons.map((b) => `${b.querySelector('.problem-place')!.textContent} ${b.querySelector('.problem-message')!.textContent}`),
    );
  }

  /** Messages of the squiggles in the editor, with the text each one underlines. */
  async underlined(): Promise<string[]> {
    return this.page.locator('.cm-lintRange-error').allTextContents();
  }

  async clickProblem(index = 0): Promise<void> {
    await this.page.getByRole('region', { name: 'Problems' }).locator('.problem').nth(index).click();
  }

  /** The line number of the editor's cursor. */
  async cursorLine(): Promise<number> {
    return Number(await this.page.locator('.cm-lineNumbers .cm-activeLineGutter').textContent());
  }

  async save(): Promise<void> {
    await this.page.locator('.template-header').getByRole('button', { name: 'Save template', exact: true }).click();
  }

  /** What the line under the name says about saving. */
  saveState() {
    return this.page.locator('.template-save-state');
  }

  reference() {
    return this.page.locator('.reference-panel');
  }

  /** Shows the page-setup form over the source (the same text). */
  async showPageSetup(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Page setup' }).click();
    await this.pageSetup().waitFor();
  }

  /** Shows the source again. */
  async showSource(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Source' }).click();
    await this.source().waitFor();
  }

  /** The page-setup form; its fields are found by their labels. */
  pageSetup() {
    return this.page.getByRole('form', { name: 'Page setup' });
  }
}
