import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { solidPng } from '../test/fixtures/images';
import { readPdf } from '../test/read-pdf';
import { briefbookForEachTest } from './app-per-test';
import type { BriefbookApp } from './harness';

/** Points of A4, portrait. */
const A4 = { width: 595.28, height: 841.89 };
const LETTER = { width: 612, height: 792 };

describe('Page setup, end to end', () => {
  const launch = briefbookForEachTest();
  let images: string | undefined;

  afterEach(async () => {
    if (images) await rm(images, { recursive: true, force: true });
  });

  // Drives the form, the source, a preview and an export of the 23-page memo: more than the default time on a loaded machine.
  it('writes paper, orientation, marking, footer and logo into the front matter as the source shows, saves, previews and exports with them, on the template’s paper unless the briefing picks one', { timeout: 300_000 }, async () => {
    const app = await launch();
    const { toolbar, templateStudio: studio, page } = app;
    images = await mkdtemp(path.join(os.tmpdir(), 'briefbook-logo-'));
    const logoFile = path.join(images, 'crest.png');
    await writeFile(logoFile, solidPng(120, 40));
    const gifFile = path.join(images, 'crest.gif');
    await writeFile(gifFile, Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));

    await toolbar.showView('Templates');
    await studio.open('Memo');
    await page.getByRole('button', { name: 'Duplicate to edit' }).click();
    await page.getByRole('textbox', { name: 'Template name' }).waitFor();
    const before = await studio.text();
    expect(before).not.toContain('pageSize:');

    await studio.showPageSetup();
    const form = studio.pageSetup();
    // Read from the front matter: nothing set, so the defaults are shown as such.
    await expect.poll(() => form.getByLabel('Paper', { exact: true }).inputValue()).toBe('');
    await form.getByLabel('Paper', { exact: true }).selectOption('LETTER');
    await form.getByLabel('Orientation').selectOption('landscape');
    await form.getByLabel('Marking').fill('TLP:AMBER');
    await form.getByLabel('Footer text').fill('Quillwort desk');

    // A wrong value is refused at its field, and the text keeps what it had.
    const left = form.getByLabel('Left margin');
    await left.fill('-5');
    await expect.poll(() => form.locator('.field.has-error').first().textContent()).toContain('a margin cannot be negative');
    await expect(left.getAttribute('aria-invalid')).resolves.toBe('true');
    await left.fill('90');
    await expect.poll(() => form.locator('.field.has-error').count()).toBe(0);

    // A logo that is no PNG or JPEG: said at the logo, nothing written; then a PNG.
    await app.answerOpenDialog(gifFile);
    await form.getByRole('button', { name: 'Choose logo…' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('crest.gif is not a PNG or JPEG image (it is GIF).');
    await app.answerOpenDialog(logoFile);
    await form.getByRole('button', { name: 'Choose logo…' }).click();
    await form.getByRole('img', { name: 'The template’s logo' }).waitFor();

    // The source shows each change in the front matter, the memo's comments kept; unsaved.
    await studio.showSource();
    const text = await studio.text();
    expect(text).toContain('# Any page-setup key may be set here');
    expect(text).toContain('pageSize: LETTER');
    expect(text).toContain('orientation: landscape');
    expect(text).toContain('marking: TLP:AMBER');
    expect(text).toContain('footerText: Quillwort desk');
    expect(text).toContain('margins: [90, 80, 64, 72]');
    // The logo is there as a data: URI, which the source shows as a short label, not pages of base64.
    expect(text).toContain('logo: data:image/png ‹PNG image, 1 KB›');
    await expect.poll(() => studio.saveState().textContent()).toMatch(/unsaved/i);

    // The form's edits are the editor's: Undo takes the logo back, Redo brings it again.
    await page.getByRole('textbox', { name: 'Template source' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => studio.text()).not.toContain('logo: data:');
    expect(await studio.text()).toContain('margins: [90, 80, 64, 72]');
    await page.keyboard.press('Control+y');
    await expect.poll(() => studio.text()).toContain('logo: data:');

    // The preview prints the briefing with it: Letter landscape, the marking, the footer.
    await studio.problems(/No problems/);
    await expect
      .poll(async () => {
        const pdf = app.lastTemplatePreview();
        return pdf ? (await readPdf(pdf)).sizes[0] : undefined;
      }, { timeout: 20_000 })
      .toEqual({ width: expect.closeTo(LETTER.height, 1), height: expect.closeTo(LETTER.width, 1) });
    const preview = await readPdf(app.lastTemplatePreview()!);
    expect(preview.pages[0]).toContain('TLP:AMBER');
    expect(preview.pages[0]).toContain('Quillwort desk');

    await studio.save();
    await expect.poll(() => studio.saveState().textContent()).toMatch(/^Saved at /);
    await studio.showPageSetup();
    await app.screenshot('app-template-page-setup');

    // The export through the saved template: on the paper the form set, as the composer says
    // ("As template"), landscape, the template's marking and footer on every page.
    await toolbar.showView('Composer');
    await page.getByLabel('Template').selectOption({ label: 'Memo (copy)' });
    const paper = page.getByLabel('Paper');
    await expect.poll(() => paper.locator('option:checked').textContent()).toBe('As template (Letter)');
    const letter = await exportedPdf(app);
    expect(letter.sizes[0]).toEqual({ width: expect.closeTo(LETTER.height, 1), height: expect.closeTo(LETTER.width, 1) });
    for (const pageText of letter.pages) {
      expect(pageText).toContain('TLP:AMBER');
      expect(pageText).toContain('Quillwort desk');
    }

    // A paper picked for this briefing wins over the template's; "As template" takes it back.
    await paper.selectOption('a4');
    expect((await exportedPdf(app)).sizes[0]).toEqual({ width: expect.closeTo(A4.height, 1), height: expect.closeTo(A4.width, 1) });
    await paper.selectOption({ label: 'As template (Letter)' });
    expect((await exportedPdf(app)).sizes[0]).toEqual({ width: expect.closeTo(LETTER.height, 1), height: expect.closeTo(LETTER.width, 1) });
  });
});

/**
 * Exports the briefing from the toolbar and reads back the PDF written. Each export of the
 * briefing replaces the same file, so it waits for the file to change (a toast from an earlier
 * export may still say "Exported").
 */
async function exportedPdf(app: BriefbookApp) {
  const pdfIn = async () => (await readdir(app.exportDir)).filter((file) => file.endsWith('.pdf')).map((file) => path.join(app.exportDir, file));
  const modified = async () => Promise.all((await pdfIn()).map(async (file) => (await stat(file)).mtimeMs));
  const before = Math.max(0, ...(await modified()));
  await app.toolbar.exportPdf();
  await app.exportToast.waitForDone();
  await expect.poll(async () => Math.max(0, ...(await modified())), { timeout: 60_000 }).toBeGreaterThan(before);
  const [file] = await pdfIn();
  return readPdf(await readFile(file!));
}
