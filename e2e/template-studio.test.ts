import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../test/read-pdf';
import { briefbookForEachTest } from './app-per-test';

/** Where `needle` first is in `text`, 1-based, as the checker counts. */
function placeOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  return { line: index + 1, column: lines[index]!.indexOf(needle) + 1 };
}

/** A word that appears in no template and no record, so finding it in a PDF proves the edit got there. */
const MARK = 'Zephyrine';

describe('Template studio, end to end', () => {
  const launch = briefbookForEachTest();

  it('duplicates a built-in, shows a typo where it is, previews the fix, saves, exports with it and keeps it', async () => {
    const app = await launch();
    const { toolbar, templateStudio: studio, preview, page } = app;

    // The studio opens on the briefing's template: a built-in, read-only.
    await toolbar.showView('Templates');
    await studio.open('Memo');
    expect(await studio.isReadOnly()).toBe(true);

    // Duplicate to edit: the copy is the analyst's own, and editable.
    await page.getByRole('button', { name: 'Duplicate to edit' }).click();
    await page.getByRole('textbox', { name: 'Template name' }).waitFor();
    expect(await studio.openName()).toBe('Memo (copy)');
    expect(await studio.isReadOnly()).toBe(false);
    await studio.problems(/No problems/);
    await preview.waitUntilCurrent();

    // A typo in a field name: underlined and listed at its line:column before anything renders.
    const typo = placeOf(await studio.text(), '{{title}}');
    await studio.replace('{{title}}', '{{titel}}');
    const listed = await studio.problems(/1 error/);
    expect(listed).toEqual([`${typo.line}:${typo.column + 2} "titel" is not a field of the briefing; did you mean "title"?`]);
    expect(await studio.underlined()).toEqual(['titel']);
    await studio.clickProblem(0);
    expect(await studio.cursorLine()).toBe(typo.line);

    // The editor's own undo takes the typo back, and redo brings it again.
    await page.keyboard.press('Control+z');
    await expect.poll(() => studio.text()).not.toContain('{{titel}}');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => studio.text()).toContain('{{titel}}');
    await studio.problems(/1 error/);

    // Saving refuses, and says why.
    await page.keyboard.press('Control+s');
    await expect.poll(() => studio.saveState().textContent()).toContain(`Not saved: 1 error to fix first (line ${typo.line}:${typo.column + 2}: "titel" is not a field`);

    // The fix, with a word added to the title: the preview prints it.
    await studio.replace('{{titel}}', `{{title}} ${MARK}`);
    await studio.problems(/No problems/);
    await expect.poll(async () => {
      const pdf = app.lastTemplatePreview();
      return pdf ? (await readPdf(pdf)).pages[0] : '';
    }, { timeout: 20_000 }).toContain(MARK);
    await preview.waitUntilCurrent();

    await studio.save();
    await expect.poll(() => studio.saveState().textContent()).toMatch(/^Saved at /);
    await app.screenshot('app-template-studio');

    // The composer's picker offers it; the export prints with it.
    await toolbar.showView('Composer');
    await page.getByLabel('Template').selectOption({ label: 'Memo (copy)' });
    await toolbar.exportPdf();
    await app.exportToast.waitForDone();
    const [exported] = (await readdir(app.exportDir)).filter((file) => file.endsWith('.pdf'));
    const pdf = await readPdf(await readFile(path.join(app.exportDir, exported!)));
    expect(pdf.pages[0]).toContain(MARK);

    // After a restart the template is still there, as saved.
    await app.reload();
    await toolbar.showView('Templates');
    await studio.open('Memo (copy)');
    expect(await studio.text()).toContain(`{{title}} ${MARK}`);
  });

  it('keeps unsaved edits as a draft through a restart, and takes back a delete', async () => {
    const app = await launch();
    const { toolbar, templateStudio: studio, page } = app;
    await toolbar.showView('Templates');
    await studio.open('Memo');
    await page.getByRole('button', { name: 'Duplicate to edit' }).click();
    await page.getByRole('textbox', { name: 'Template name' }).waitFor();

    // An edit, never saved, is kept as a draft after a pause in typing.
    await studio.replace('MEMORANDUM', 'MEMORANDUM FOR THE RECORD');
    await expect.poll(() => studio.saveState().textContent(), { timeout: 10_000 }).toMatch(/draft kept at/);

    // As after a crash: the saved template opens, and the draft is offered.
    await app.reload();
    await toolbar.showView('Templates');
    await studio.open('Memo (copy)');
    expect(await studio.text()).not.toContain('FOR THE RECORD');
    await page.getByRole('button', { name: 'Restore draft' }).click();
    await expect.poll(() => studio.text()).toContain('MEMORANDUM FOR THE RECORD');

    // The restored draft is not saved, so deleting asks first; once the edits are discarded it goes
    // to the trash, and Undo brings it back.
    await studio.delete();
    await page
      .getByRole('dialog', { name: 'Save changes to template “Memo (copy)”?' })
      .getByRole('button', { name: 'Discard edits' })
      .click();
    await expect.poll(() => studio.names()).not.toContain('Memo (copy)');
    await studio.undoDelete();
    await expect.poll(() => studio.names()).toContain('Memo (copy)');
  });
  it('keeps every open template as typed across view switches, asks before closing one with unsaved edits, and lists every problem at its line', async () => {
    const app = await launch();
    const { toolbar, templateStudio: studio, page } = app;

    // One Save per view, named for what it saves.
    await page.getByRole('button', { name: 'Save briefing', exact: true }).waitFor();
    await toolbar.showView('Templates');
    await studio.open('Memo');
    expect(await page.getByRole('button', { name: 'Save briefing' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Duplicate to edit' }).click();
    await page.getByRole('textbox', { name: 'Template name' }).waitFor();
    await page.getByRole('button', { name: 'Save template', exact: true }).waitFor();

    // Two mistakes at once: a field typo and a block closed by the wrong name; both listed, each at its line.
    const source = await studio.text();
    const typo = placeOf(source, '{{title}}');
    const closer = placeOf(source, '{{/if}}');
    const opener = placeOf(source, '{{#if bluf}}');
    await studio.replace('{{title}}', '{{titel}}');
    await studio.replace('{{/if}}', '{{/iff}}');
    expect(await studio.problems(/2 errors/)).toEqual([
      `${typo.line}:${typo.column + 2} "titel" is not a field of the briefing; did you mean "title"?`,
      `${closer.line}:${closer.column} {{/iff}} does not close {{#if}} (line ${opener.line}:${opener.column}): write {{/if}}`,
    ]);

    // Another view and back: the buffer is as it was left, unsaved.
    await toolbar.showView('Library');
    await toolbar.showView('Templates');
    await page.getByRole('textbox', { name: 'Template name' }).waitFor();
    expect(await studio.openName()).toBe('Memo (copy)');
    expect(await studio.text()).toContain('{{/iff}}');
    expect(await studio.text()).toContain('{{titel}}');
    await expect.poll(() => studio.saveState().textContent()).toMatch(/^Unsaved changes/);

    // Another template opened beside it, then back to the first: still as typed.
    await studio.open('One-pager');
    const tabs = page.getByRole('tablist', { name: 'Open templates' });
    expect(await tabs.getByRole('tab').allTextContents()).toEqual(['Memo', 'Memo (copy)', 'One-pager']);
    await tabs.getByRole('tab', { name: 'Memo (copy)' }).click();
    await expect.poll(() => studio.text()).toContain('{{titel}}');

    // Closing it asks first; Cancel keeps it, Discard edits closes it.
    const question = page.getByRole('dialog', { name: 'Save changes to template “Memo (copy)”?' });
    await tabs.getByRole('button', { name: 'Close Memo (copy)' }).click();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'hidden' });
    expect(await tabs.getByRole('tab').count()).toBe(3);
    await tabs.getByRole('button', { name: 'Close Memo (copy)' }).click();
    await question.getByRole('button', { name: 'Discard edits' }).click();
    await expect.poll(() => tabs.getByRole('tab').allTextContents()).toEqual(['Memo', 'One-pager']);
    // The saved template never had the edits.
    await studio.open('Memo (copy)');
    expect(await studio.text()).not.toContain('{{titel}}');
    expect(await page.getByRole('button', { name: 'Restore draft' }).count()).toBe(0);
  });
});
