import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { fontDescriptors } from '../../main/core/pdf/fonts';
import type { ResolvedPageSetup } from '../../main/core/render/page-setup';
import type { ResourceLayout } from '../../main/core/resources';
import { pageTemplates, printStylesheet } from './print-stylesheet';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** One print job, ready to run: the HTML is on disk so only Chromium's own work is timed. */
export interface PrintJob {
  url: string;
  marking: string;
  setup: ResolvedPageSetup;
}

/**
 * Headless Chromium kept warm (launched once), printing HTML to PDF in a new page per job,
 * as a service that renders documents with a browser would.
 */
export class ChromiumPrinter {
  private constructor(
    private readonly browser: Browser,
    private readonly layout: ResourceLayout,
    private readonly workDir: string,
  ) {}

  static async launch(layout: ResourceLayout, workDir: string): Promise<ChromiumPrinter> {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`Chromium is not at ${CHROMIUM_PATH}; install Debian's chromium package (apt-get install chromium) to run the benchmarks`);
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
    return new ChromiumPrinter(browser, layout, workDir);
  }

  get version(): string {
    return this.browser.version();
  }

  /**
   * Writes `bodyHtml` (what the template rendered) as a complete page with the print style
   * sheet. Loaded from a file:// URL so the @font-face rules can read the embedded TTF files.
   */
  async prepare(name: string, bodyHtml: string, setup: ResolvedPageSetup, marking: string): Promise<PrintJob> {
    const css = printStylesheet(setup, fontDescriptors(this.layout));
    const file = path.join(this.workDir, `${name}.html`);
    await writeFile(file, `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${bodyHtml}</body></html>`);
    return { url: pathToFileURL(file).href, marking, setup };
  }

  /** Opens the page, waits for its fonts, prints it to PDF and closes it: the part that is timed. */
  async print(job: PrintJob): Promise<Uint8Array> {
    const page = await this.browser.newPage();
    try {
      await page.goto(job.url, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // Playwright takes px, in, cm or mm; the setup's margins are points.
      const inches = (points: number) => `${points / 72}in`;
      const [left, top, right, bottom] = job.setup.margins;
      return await page.pdf({
        format: job.setup.pageSize,
        landscape: job.setup.orientation === 'landscape',
        margin: { left: inches(left), top: inches(top), right: inches(right), bottom: inches(bottom) },
        printBackground: true,
        displayHeaderFooter: true,
        ...pageTemplates(job.marking, job.setup),
      });
    } finally {
      await page.close();
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
