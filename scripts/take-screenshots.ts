/**
 * Screenshots of every view of the window at 1440×900 and 1024×700, into docs/screenshots/,
 * for the README and for looking at the layout as a person sees it.
 *
 *   npm run build:renderer && npx tsx scripts/take-screenshots.ts
 *
 * It drives the app as the end-to-end tests do (e2e/harness.ts: the built renderer in Chromium
 * with the real handler table, or the Electron app where one is installed), over a fresh copy of
 * the default library, so the pictures show what a new user sees: the library where the app keeps
 * it, in a stand-in home folder, so the status bar shows `~/.config/Briefbook/library.json`
 * rather than a temporary folder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BriefbookApp } from '../e2e/harness';
import { ShelfPage } from '../e2e/models/shelf';
import { ReaderPage } from '../e2e/models/reader';

// The harness reads the screenshot folder when it loads, so it is named before the harness is imported.
process.env.BRIEFBOOK_SCREENSHOTS ??= path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'docs', 'screenshots');
const { closeBriefbook, launchBriefbook, root } = await import('../e2e/harness');
const { userDataDir } = await import('../main/core/user-data');

const ARTICLE = `# Retired Generals Call for a Baltic Incidents Hotline

By Anna Keller · 12 March 2024

Meeting in Helsinki, retired officers from NATO countries and Russia urged both sides to set up a
direct military hotline for incidents over the Baltic Sea. They recommended that the hotline be
tested every month. They also proposed that both sides notify each other of large exercises
thirty days in advance.
`;

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

/** Each view, brought into a state worth showing. */
const VIEWS: { name: string; show(app: BriefbookApp): Promise<void> }[] = [
  {
    name: 'library',
    show: async ({ library, preview, page }) => {
      await page.getByRole('tab', { name: 'Library' }).click();
      await library.search('channels');
      await page.waitForTimeout(400);
      await library.selectRecord((await library.listedSummaries())[1]!);
      await preview.waitUntilCurrent();
    },
  },
  {
    name: 'composer',
    show: async ({ page, preview }) => {
      await page.getByRole('tab', { name: 'Composer' }).click();
      await page.getByTestId('briefing-rule').waitFor();
      await preview.waitUntilCurrent();
    },
  },
  {
    name: 'templates',
    show: async ({ page }) => {
      await page.getByRole('tab', { name: 'Templates' }).click();
      await page.locator('.cm-editor').waitFor();
      await page.waitForFunction(() => !document.querySelector('.updating.is-active') && document.querySelector('canvas[data-page="1"]'));
    },
  },
  {
    name: 'reading-room',
    show: async ({ page }) => {
      await new ShelfPage(page).show();
    },
  },
  {
    name: 'reader',
    show: async ({ page }) => {
      const shelf = new ShelfPage(page);
      await shelf.show();
      await shelf.region().locator('tr.shelf-row .shelf-open').first().click();
      await new ReaderPage(page).waitUntilShown();
    },
  },
  {
    name: 'import',
    show: async (app) => {
      await app.page.getByRole('tab', { name: 'Library' }).click();
      // The open dialog's stand-in chooses a short article (a shipped source would be refused as one the library holds).
      const article = path.join(await mkdtemp(path.join(os.tmpdir(), 'briefbook-shots-')), 'hotline-article.md');
      await writeFile(article, ARTICLE);
      await app.answerOpenDialog(article);
      await app.page.getByRole('button', { name: 'Import article…' }).click();
      await app.importSheet.sheet().waitFor();
    },
  },
];

async function main(): Promise<void> {
  for (const size of SIZES) {
    // A new analyst's home folder (os.homedir() reads HOME), the library in the app's user data folder within it.
    process.env.HOME = await mkdtemp(path.join(os.tmpdir(), 'briefbook-shots-home-'));
    delete process.env.XDG_CONFIG_HOME;
    delete process.env.BRIEFBOOK_HOME;
    const app = await launchBriefbook({ home: userDataDir() });
    try {
      await app.resize(size);
      // One export, so the reading room has a briefing on its shelf.
      await app.toolbar.exportPdf();
      await app.exportToast.waitForDone();
      await app.page.getByRole('status', { name: 'Export' }).getByRole('button', { name: 'Dismiss' }).click();
      for (const view of VIEWS) {
        await view.show(app);
        const file = await app.screenshot(`${view.name}-${size.width}x${size.height}`);
        console.log(path.relative(root, file));
        await app.page.keyboard.press('Escape');
      }
    } finally {
      const problems = await closeBriefbook(app);
      await rm(process.env.HOME, { recursive: true, force: true });
      if (problems.length) console.error(`Problems seen in the window:\n${problems.join('\n')}`);
    }
  }
}

await main();
