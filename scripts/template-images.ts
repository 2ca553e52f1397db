// The page images of the built-in templates in docs/images/, rendered from the default library
// (the briefing `briefbook export` makes, with a fixed date) with pdftoppm (poppler-utils).
// docs/templates.md shows them; README shows the memo's first page.
//
// Run: npx tsx scripts/template-images.ts
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { newBriefing } from '../main/core/compose/new-briefing';
import { exportBriefing } from '../main/core/export-briefing';
import { Library } from '../main/core/model';
import { projectRoot } from '../main/core/resources';

/** Which pages of each built-in template the docs show, and the image files they become. */
export const TEMPLATE_IMAGES: Record<string, Array<{ page: number; file: string }>> = {
  memo: [
    { page: 1, file: 'memo-page-1.png' },
    { page: 16, file: 'memo-notes.png' },
  ],
  'one-pager': [{ page: 1, file: 'one-pager-page-1.png' }],
  book: [
    { page: 2, file: 'book-page-2.png' },
    { page: 5, file: 'book-page-5.png' },
  ],
  comparison: [
    { page: 1, file: 'comparison-page-1.png' },
    { page: 6, file: 'comparison-page-6.png' },
  ],
};

/** Resolution of the images: legible in the docs, small in the repository. */
const DPI = 70;

async function renderImages(): Promise<void> {
  const root = projectRoot();
  const library = Library.parse(JSON.parse(await readFile(path.join(root, 'data', 'library.json'), 'utf8')));
  const work = await mkdtemp(path.join(os.tmpdir(), 'briefbook-images-'));
  try {
    for (const [templateId, pages] of Object.entries(TEMPLATE_IMAGES)) {
      const briefing = newBriefing(library, { templateId, date: '2026-01-15', to: 'Director, Policy Planning Staff', from: 'Russia and Eurasia analysis team' });
      const { bytes } = await exportBriefing(library, briefing);
      const pdf = path.join(work, `${templateId}.pdf`);
      await writeFile(pdf, bytes);
      for (const { page, file } of pages) {
        const stem = path.join(root, 'docs', 'images', file.replace(/\.png$/, ''));
        await promisify(execFile)('pdftoppm', ['-r', String(DPI), '-f', String(page), '-l', String(page), '-png', '-singlefile', pdf, stem]);
        process.stdout.write(`docs/images/${file}\n`);
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await renderImages();
