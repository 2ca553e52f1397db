/**
 * Starts Briefbook for one end-to-end test, with a fresh library and export folder.
 *
 * Where an Electron binary is installed, the real app is launched with Playwright's `_electron`.
 * Otherwise (build machines cannot download Electron) the built renderer runs in Debian's
 * Chromium with the REAL handler table bound into the page: `window.briefbook` is built by the
 * preload's own builder over a binding to `dispatch`, so everything below the IPC boundary is
 * the production code. The test doubles are the native file dialogs: exports go to a temp
 * folder, and the open dialogs (File > Import…, File > Open PDF…, Relocate…) choose the file the
 * test names with `answerOpenDialog`. Opening a file or showing it in the file manager is
 * recorded rather than done, so no PDF viewer or file manager pops up during a test run.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, chromium, type Browser, type Page } from 'playwright-core';
import type { Events, MenuCommand, PreviewResult } from '../main/api';
import { dispatch } from '../main/app/dispatch';
import { createHandlers } from '../main/app/handlers';
import { watchLibrary } from '../main/app/watch-library';
import { LibraryStore } from '../main/core/library';
import { SearchWorker } from '../main/core/library/search/worker/client';
import { resourceLayout } from '../main/core/resources';
import { ExportFolders } from '../main/core/shelf';
import { decodeBytes, encodeBytes } from './bytes-codec';
import { ComposerPage } from './models/composer-page';
import { ExportToast } from './models/export-toast';
import { ImportSheet } from './models/import-sheet';
import { LibraryManager } from './models/library-manager';
import { LibraryPage } from './models/library-page';
import { PreviewPage } from './models/preview-page';
import { TemplateStudioPage } from './models/template-studio';
import { RecordEditor } from './models/record-editor';
import { Toolbar } from './models/toolbar';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const rendererDir = path.join(root, 'dist', 'renderer');
const seedLibrary = path.join(root, 'data', 'library.json');
/** Screenshots go to test-output unless BRIEFBOOK_SCREENSHOTS names the folder (docs/images refreshes the README's). */
const screenshotDir = path.resolve(root, process.env.BRIEFBOOK_SCREENSHOTS ?? path.join('test-output', 'screenshots'));

/** The origin the renderer is served from in a browser; requests to it never reach a network. */
const APP_ORIGIN = 'http://briefbook.localhost';

/** The size screenshots and layouts are checked at: a common laptop screen. */
export const WINDOW_SIZE = { width: 1440, height: 900 };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  /** The folder the stand-in save dialog chooses (default: a fresh temp folder, `exportDir`). */
  exportFolder?: string;
  colorScheme?: 'light' | 'dark';
  /** Open the library read-only (in Electron: its file made read-only, which stops any user but root). */
  readOnlyLibrary?: boolean;
  /** The folder standing for the user data folder, which holds library.json (default: a fresh temp folder); removed on close. */
  home?: string;
}

/** One running Briefbook, with page objects for its parts. */
export interface BriefbookApp {
  mode: 'browser' | 'electron';
  page: Page;
  toolbar: Toolbar;
  library: LibraryPage;
  composer: ComposerPage;
  preview: PreviewPage;
  templateStudio: TemplateStudioPage;
  exportToast: ExportToast;
  importSheet: ImportSheet;
  recordEditor: RecordEditor;
  libraryManager: LibraryManager;
  /** The analyst's library file (a fresh copy of data/library.json). */
  libraryFile: string;
  /** Where the stand-in save dialog puts exports. */
  exportDir: string;
  /** Makes the stand-in open dialog choose `file` the next times it is shown (undefined: cancel). */
  answerOpenDialog(file: string | undefined): Promise<void>;

  /** Sends a command as the application menu does. */
  menu(command: MenuCommand): Promise<void>;
  /** Resizes the window's content area (the layout must work down to the minimum, 720×480). */
  resize(size: { width: number; height: number }): Promise<void>;
  /** Reloads the window (the library and saved briefings persist, the UI state does not). */
  reload(): Promise<void>;
  /**
   * The PDF of the newest template preview made (browser mode; undefined in the Electron app,
   * whose IPC the test cannot see).
   */
  lastTemplatePreview(): Uint8Array | undefined;
  /** Files the app asked the OS to open, and to show in the file manager. */
  shellRequests(): Promise<{ opened: string[]; revealed: string[] }>;
  /** Saves a screenshot of the window to the screenshot folder as <name>.png. */
  screenshot(name: string): Promise<string>;
  /** Page errors, console errors (CSP violations included) and blocked requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Closes a launched app (if any) and returns the problems its page had: page errors, console
 * errors (CSP violations included) and requests that tried to leave the machine.
 */
export async function closeBriefbook(app: BriefbookApp | undefined): Promise<string[]> {
  const problems = app ? [...app.problems] : [];
  await app?.close();
  return problems;
}

/**
 * Launches Briefbook: the Electron app when one is installed, the renderer in Chromium otherwise.
 * Each launch has a fresh library, export folder and handler table. Given `browser`, the app
 * opens in a new context of that Chromium (as clean as a new browser: no storage, cookies or
 * cache carry over, at a fraction of a launch's cost) and closing it leaves the browser running.
 */
export async function launchBriefbook(options: LaunchOptions = {}, browser?: Browser): Promise<BriefbookApp> {
  requireRendererBuild();
  const home = options.home ?? (await mkdtemp(path.join(os.tmpdir(), 'briefbook-e2e-')));
  await mkdir(home, { recursive: true });
  const exportDir = options.exportFolder ?? path.join(home, 'exports');
  if (!options.exportFolder) await mkdir(exportDir);
  const libraryFile = path.join(home, 'library.json');
  await copyFile(seedLibrary, libraryFile);
  const electron = installedElectron();
  return electron
    ? launchElectron(electron, home, libraryFile, exportDir, options)
    : launchInChromium(browser, home, libraryFile, exportDir, options);
}

/** The Chromium the browser-mode apps run in. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Fails with instructions when the renderer has not been built (e2e/global-setup.ts builds it). */
export function requireRendererBuild(): void {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}/index.html is missing). Run: npm run build:renderer`);
  }
}

/** The Chromium the tests drive; missing, it is an error with instructions, never a skipped test. */
export function chromiumPath(): string {
  const file = process.env.BRIEFBOOK_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(file)) {
    throw new Error(
      `End-to-end tests need Chromium at ${file}, and it is not there.\n` +
        'Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu; .ci/run does this)\n' +
        'or point BRIEFBOOK_CHROMIUM at a Chromium or Chrome binary.',
    );
  }
  return file;
}

/**
 * The Electron binary when one is installed: the file `require('electron')` would return.
 * Worked out from electron/path.txt rather than by requiring the package, because requiring it
 * without a binary starts a download, and these machines must not reach for the network.
 */
export function installedElectron(): string | undefined {
  if (process.env.BRIEFBOOK_E2E_BROWSER === '1') return undefined;
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8');
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : undefined;
}

async function launchInChromium(
  sharedBrowser: Browser | undefined,
  home: string,
  libraryFile: string,
  exportDir: string,
  options: LaunchOptions,
): Promise<BriefbookApp> {
  const browser = sharedBrowser ?? (await launchChromium());
  const context = await browser.newContext({ viewport: WINDOW_SIZE, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  const shell = { opened: [] as string[], revealed: [] as string[] };
  let templatePreview: Uint8Array | undefined;
  let fileToOpen: string | undefined;

  const store = await LibraryStore.open(libraryFile, { seedFile: seedLibrary, readOnly: options.readOnlyLibrary });
  const emit = <E extends keyof Events>(event: E, payload: Events[E]) => {
    page.evaluate(([name, value]) => window.__briefbookEmit(name, value), [event, payload] as const).catch(() => {
      // The page may be reloading; an event it misses then is one a real window would miss too.
    });
  };
  // As main.ts does: other writers' changes reach the window.
  const stopWatching = watchLibrary(store, () => emit('library:changed', {}), { pollMs: 1_000 });
  // As main.ts does: the library is searched in the search worker (built by `npm run build`).
  const searchWorker = new SearchWorker(path.join(root, 'dist', 'search-worker.js'));
  const handlers = createHandlers({
    store,
    findRecordPage: searchWorker.find,
    layout: resourceLayout(),
    templatesDir: path.join(home, 'templates'),
    exportFolders: new ExportFolders(path.join(home, 'export-folders.json')),
    chooseExportFile: async (name) => path.join(exportDir, name),
    // The stand-in open dialog is canceled: importing files is covered by core's tests.
    chooseTemplateFile: async () => undefined,
    chooseTemplateExportFile: async (name) => path.join(exportDir, name),
    chooseFileToImport: async () => fileToOpen,
    chooseFileToOpen: async () => fileToOpen,
    openPath: async (file) => void shell.opened.push(file),
    showInFolder: (file) => void shell.revealed.push(file),
    emit,
    now: () => new Date(),
  });

  // Nothing leaves the machine: every request outside the app's origin is refused and reported.
  await context.route('**/*', async (route) => {
    problems.push(`blocked request to ${route.request().url()}`);
    await route.abort('blockedbyclient');
  });
  await context.route(`${APP_ORIGIN}/**`, (route) => serveRendererFile(route.request().url()).then((file) => route.fulfill(file)));
  await page.exposeBinding('__briefbookInvoke', async (_source, channel: string, payload: unknown) => {
    // Requests may carry bytes too (a file dropped for import), so they are decoded like results.
    const result = await dispatch(handlers, channel, decodeBytes(payload), true);
    if (channel === 'template:preview' && result.ok) templatePreview = (result.value as PreviewResult).pdf;
    return encodeBytes(result);
  });
  await page.addInitScript({ content: await pageBridgeScript() });
  await page.goto(`${APP_ORIGIN}/index.html`);
  await waitUntilReady(page);

  return appFor(page, {
    mode: 'browser',
    home,
    libraryFile,
    exportDir,
    problems,
    menu: async (command) => emit('menu:command', command),
    lastTemplatePreview: () => templatePreview,
    answerOpenDialog: async (file) => {
      fileToOpen = file;
    },
    shellRequests: async () => ({ opened: [...shell.opened], revealed: [...shell.revealed] }),
    resize: (size) => page.setViewportSize(size),
    close: async () => {
      stopWatching();
      await searchWorker.close();
      await (sharedBrowser ? context.close() : browser.close());
    },
  });
}

async function launchElectron(
  electronBinary: string,
  home: string,
  libraryFile: string,
  exportDir: string,
  options: LaunchOptions,
): Promise<BriefbookApp> {
  // @ts-expect-error plain ESM build script without type declarations
  const { buildTargets } = (await import('../scripts/build.mjs')) as { buildTargets(names: string[]): Promise<void> };
  await buildTargets(['main', 'preload']);
  if (options.readOnlyLibrary) await chmod(libraryFile, 0o444);
  const electronApp = await _electron.launch({
    executablePath: electronBinary,
    // The project folder, as `npm start` runs it: Electron starts package.json's main (dist/main.js).
    args: [root],
    env: { ...process.env, BRIEFBOOK_HOME: home },
    colorScheme: options.colorScheme ?? 'light',
  });
  // The stand-in file dialogs and a shell that records instead of opening files.
  await electronApp.evaluate(
    ({ dialog, shell }, { folder, separator }) => {
      const record = { opened: [] as string[], revealed: [] as string[] };
      (globalThis as Record<string, unknown>).__briefbookShell = record;
      dialog.showOpenDialog = (async () => {
        const file = (globalThis as Record<string, unknown>).__briefbookFileToOpen as string | undefined;
        return { canceled: !file, filePaths: file ? [file] : [] };
      }) as typeof dialog.showOpenDialog;
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        const { defaultPath = 'briefing.pdf' } = args.at(-1) as { defaultPath?: string };
        return { canceled: false, filePath: `${folder}${separator}${defaultPath.split(/[\\/]/).pop()}` };
      }) as typeof dialog.showSaveDialog;
      shell.openPath = async (file) => {
        record.opened.push(file);
        return '';
      };
      shell.showItemInFolder = (file) => {
        record.revealed.push(file);
      };
    },
    { folder: exportDir, separator: path.sep },
  );
  const page = await electronApp.firstWindow();
  await electronApp.evaluate(({ BrowserWindow }, size) => BrowserWindow.getAllWindows()[0]?.setContentSize(size.width, size.height), WINDOW_SIZE);
  const problems = watchForProblems(page);
  await waitUntilReady(page);

  return appFor(page, {
    mode: 'electron',
    home,
    libraryFile,
    exportDir,
    problems,
    menu: (command) =>
      electronApp.evaluate(({ BrowserWindow }, name) => BrowserWindow.getAllWindows()[0]?.webContents.send('menu:command', name), command),
    // The real app's IPC runs inside Electron, out of the test's reach.
    lastTemplatePreview: () => undefined,
    answerOpenDialog: async (file) => {
      await electronApp.evaluate((_electron, chosen) => {
        (globalThis as Record<string, unknown>).__briefbookFileToOpen = chosen;
      }, file);
    },
    shellRequests: () =>
      electronApp.evaluate(() => {
        const record = (globalThis as Record<string, unknown>).__briefbookShell as { opened: string[]; revealed: string[] };
        return { opened: [...record.opened], revealed: [...record.revealed] };
      }),
    resize: async (size) => {
      await electronApp.evaluate(({ BrowserWindow }, next) => BrowserWindow.getAllWindows()[0]?.setContentSize(next.width, next.height), size);
    },
    close: () => electronApp.close(),
  });
}

interface AppParts {
  mode: BriefbookApp['mode'];
  home: string;
  libraryFile: string;
  exportDir: string;
  problems: string[];
  menu(command: MenuCommand): Promise<void>;
  lastTemplatePreview(): Uint8Array | undefined;
  answerOpenDialog(file: string | undefined): Promise<void>;
  shellRequests(): Promise<{ opened: string[]; revealed: string[] }>;
  resize(size: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

function appFor(page: Page, parts: AppParts): BriefbookApp {
  return {
    mode: parts.mode,
    page,
    toolbar: new Toolbar(page),
    library: new LibraryPage(page),
    composer: new ComposerPage(page),
    preview: new PreviewPage(page),
    templateStudio: new TemplateStudioPage(page),
    exportToast: new ExportToast(page),
    importSheet: new ImportSheet(page),
    recordEditor: new RecordEditor(page),
    libraryManager: new LibraryManager(page),
    libraryFile: parts.libraryFile,
    exportDir: parts.exportDir,
    problems: parts.problems,
    menu: parts.menu,
    lastTemplatePreview: parts.lastTemplatePreview,
    answerOpenDialog: parts.answerOpenDialog,
    shellRequests: parts.shellRequests,
    resize: parts.resize,
    reload: async () => {
      await page.reload();
      await waitUntilReady(page);
    },
    screenshot: async (name) => {
      await mkdir(screenshotDir, { recursive: true });
      const file = path.join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      return file;
    },
    close: async () => {
      await parts.close();
      await rm(parts.home, { recursive: true, force: true });
    },
  };
}

/** Collects what should never happen in a healthy window. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

async function waitUntilReady(page: Page): Promise<void> {
  await page.getByRole('tablist', { name: 'View' }).waitFor();
}

/** A file of dist/renderer/ for a URL of the app's origin; 404 for anything outside it. */
async function serveRendererFile(url: string): Promise<{ status: number; body: Buffer; contentType: string }> {
  const relative = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(rendererDir, relative);
  if (!file.startsWith(rendererDir + path.sep) || !existsSync(file)) {
    return { status: 404, body: Buffer.from(`not found: ${relative}`), contentType: 'text/plain' };
  }
  return { status: 200, body: await readFile(file), contentType: contentTypeOf(file) };
}

function contentTypeOf(file: string): string {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.map': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.ttf': 'font/ttf',
    '.wasm': 'application/wasm',
  };
  return types[path.extname(file)] ?? 'application/octet-stream';
}

let bridgeScript: Promise<string> | undefined;

/** e2e/page-bridge.ts bundled into one script for page.addInitScript. */
function pageBridgeScript(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [path.join(root, 'e2e', 'page-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]!.text);
  return bridgeScript;
}
