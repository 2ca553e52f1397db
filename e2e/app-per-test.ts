/**
 * The launch and close every end-to-end test file needs, in one place: `const launch =
 * briefbookForEachTest()` in a describe block, then `const app = await launch()` in a test.
 *
 * Each test still gets a fresh Briefbook (its own library, export folder, handler table and
 * browser context). What the file's tests share is the Chromium process, launched on first use
 * and closed after the last test: starting Chromium costs seconds on a loaded two-core machine,
 * a new context a fraction of that. After each test the app is closed, and it must have had no
 * problems: no page errors, console errors (CSP violations included) or requests leaving the
 * machine.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, expect } from 'vitest';
import { closeBriefbook, installedElectron, launchBriefbook, launchChromium, type BriefbookApp, type LaunchOptions } from './harness';

export function briefbookForEachTest(): (options?: LaunchOptions) => Promise<BriefbookApp> {
  let browser: Promise<Browser> | undefined;
  let app: BriefbookApp | undefined;

  afterEach(async () => {
    const problems = await closeBriefbook(app);
    app = undefined;
    expect(problems).toEqual([]);
  });
  afterAll(async () => {
    // A launch that failed has failed its test already.
    await (await browser?.catch(() => undefined))?.close();
    browser = undefined;
  });

  return async (options) => {
    if (app) throw new Error('One Briefbook per test: this test has launched one already.');
    // The Electron app brings its own browser.
    if (!installedElectron()) browser ??= launchChromium();
    app = await launchBriefbook(options, await browser);
    return app;
  };
}
