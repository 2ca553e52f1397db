import type { Locator, Page } from 'playwright-core';

export interface CandidateCardText {
  kind: string;
  decision: string;
  statement: string;
  summary: string;
  duplicate: boolean;
}

/** The import sheet: the source details step, then the review queue. */
export class ImportSheet {
  constructor(private readonly page: Page) {}

  sheet(): Locator {
    return this.page.getByRole('dialog', { name: 'Import article' });
  }

  /** A field of the source details form, by its label. */
  sourceField(label: string): Locator {
    return this.sheet().getByRole('form', { name: 'Source details' }).getByLabel(label, { exact: true });
  }

  /** Confirms the source details and waits for the review queue. */
  async confirmDetails(): Promise<void> {
    await this.sheet().getByRole('button', { name: 'Confirm details' }).click();
    await this.queue().waitFor();
  }

  queue(): Locator {
    return this.sheet().getByRole('region', { name: 'Candidates' });
  }

  candidate(number: number): Locator {
    return this.queue().getByRole('listitem', { name: `Candidate ${number}` });
  }

  /** The group a candidate is listed under: calls for action, or findings and concerns. */
  async groupOf(number: number): Promise<string | null> {
    return this.candidate(number).locator('xpath=ancestor::section[contains(@class, "candidate-group")]').getAttribute('aria-label');
  }

  /** Every candidate card, in the order the queue lists them (calls first, in text order). */
  async candidates(): Promise<CandidateCardText[]> {
    return this.queue()
      .locator('.candidate')
      .evaluateAll((cards) =>
        cards.map((card) => ({
          kind: card.querySelector('.kind-badge')?.textContent ?? '',
          decision: card.querySelector('.decision-tag')?.textContent ?? '',
          statement: card.querySelector('.candidate-statement')?.textContent ?? '',
          summary: card.querySelector('.candidate-summary')?.textContent ?? '',
          duplicate: card.querySelector('.duplicate-flag') !== null,
        })),
      );
  }

  async accept(number: number): Promise<void> {
    await this.candidate(number).getByRole('button', { name: 'Accept', exact: true }).click();
    await this.candidate(number).getByRole('button', { name: 'Accepted', exact: true }).waitFor();
  }

  /** Opens a candidate's editor, changes its summary, and saves (which accepts it). */
  async editSummary(number: number, summary: string): Promise<void> {
    await this.candidate(number).getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = this.candidate(number).getByRole('form', { name: 'Edit candidate' });
    await editor.getByLabel('Summary', { exact: true }).fill(summary);
    await editor.getByRole('button', { name: 'Save and accept' }).click();
    await editor.waitFor({ state: 'detached' });
  }

  async rejectTheRest(): Promise<void> {
    await this.queue().getByRole('button', { name: 'Reject the rest' }).click();
    await this.queue().getByRole('status').filter({ hasText: / 0 to review$/ }).waitFor();
  }

  /** The passage marked as the selected candidate's in the source text. */
  async markedPassage(): Promise<string> {
    return (await this.sheet().locator('.passage-text mark.is-current').textContent()) ?? '';
  }

  /** Adds the source and the accepted records; waits until the sheet has closed. */
  async addToLibrary(): Promise<void> {
    await this.sheet().getByRole('button', { name: /^Add source/ }).click();
    await this.sheet().waitFor({ state: 'hidden' });
  }

  async discard(): Promise<void> {
    await this.sheet().getByRole('button', { name: 'Discard…' }).click();
    await this.sheet().getByRole('button', { name: 'Discard import' }).click();
    await this.sheet().waitFor({ state: 'hidden' });
  }
}
