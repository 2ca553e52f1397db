/**
 * The Electron main process: lifecycle, and the boot order of the small services beside it.
 *
 * Before `ready`: sandbox every renderer, point userData at the folder the CLI uses too (so app
 * and CLI share one library; BRIEFBOOK_HOME moves both), take the single-instance lock, and guard
 * every web contents as it is created. On `ready`: guard the session, open the library (falling
 * back to a read-only default library when the analyst's file is damaged), register IPC, watch
 * the library file for other writers, install the menu, and open the window.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, ipcMain, Menu, nativeTheme, screen, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { systemPaper } from '../core/editing/paper-for-locale';
import { renderBriefing } from '../core/export-briefing';
import { ExportWorker } from '../core/export-worker/client';
import { resourceLayout } from '../core/resources';
import { ExportFolders, exportFoldersFile } from '../core/shelf';
import { PRODUCT_NAME, userDataDir, userTemplatesDir } from '../core/user-data';
import { bundleFiles, isAppPage } from './bundle-files';
import {
  chooseExportFile,
  chooseFileToImport,
  chooseFileToOpen,
  chooseTemplateExportFile,
  chooseTemplateFile,
  openPath,
  showError,
  showFatalError,
  showInFolder,
  showLibraryProblem,
} from './dialogs';
import { dispatch, type HandlerTable } from './dispatch';
import { createHandlers } from './handlers';
import { forwardEvents, registerIpc, trustedSenderCheck } from './ipc';
import { menuTemplate, nextThemeSource } from './menu';
import { SearchWorker } from '../core/library/search/worker/client';
import { openLibrary, type OpenedLibrary } from './open-library';
import { watchLibrary } from './watch-library';
import { guardSession, guardWebContents } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow, loadAppPage } from './window';
import { fitToDisplays, readWindowState, rememberWindowState } from './window-state';

const files = bundleFiles(path.dirname(fileURLToPath(import.meta.url)));

let mainWindow: BrowserWindow | undefined;
let library: OpenedLibrary | undefined;
let exportWorker: ExportWorker | undefined;
let searchWorker: SearchWorker | undefined;
let savingSearchIndex = false;
let unregisterIpc: (() => void) | undefined;
let stopWatchingLibrary: (() => void) | undefined;

app.enableSandbox();
app.setName(PRODUCT_NAME);
// Set before the lock: Electron keeps the single-instance lock in the userData folder.
app.setPath('userData', userDataDir());

if (claimSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => isAppPage(url, files.pageUrl)));
  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock with their menu until the analyst quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (unregisterIpc && !mainWindow) showWindow().catch(fail);
  });
  app.on('before-quit', (event) => {
    // Once, for at most a few seconds: the search index is saved with the last edits, so the next start is sent nothing.
    if (!searchWorker || !library || savingSearchIndex) return;
    savingSearchIndex = true;
    event.preventDefault();
    const saved = searchWorker.saveIfDue(library.store.data);
    void Promise.race([saved, new Promise((resolve) => setTimeout(resolve, 5000))]).finally(() => app.quit());
  });
  app.on('will-quit', () => {
    unregisterIpc?.();
    stopWatchingLibrary?.();
    library?.close();
    void exportWorker?.close();
    void searchWorker?.close();
  });
  app.whenReady().then(boot).catch(fail);
} else {
  app.quit();
}

async function boot(): Promise<void> {
  guardSession(session.defaultSession);
  app.setAboutPanelOptions({ applicationName: PRODUCT_NAME, applicationVersion: app.getVersion() });

  const layout = resourceLayout(app.isPackaged ? { resourcesPath: process.resourcesPath } : {});
  // Started before the library opens: it restores the search index saved at the last run meanwhile, on another core,
  // so a large library can be searched soon after it is open. If that index was saved from this very library file,
  // the worker keeps it as it is and is sent nothing but the sources' texts; else it is sent the library and compares.
  searchWorker = new SearchWorker(files.searchWorker, { savedIndexFile: path.join(app.getPath('userData'), 'library.search-index') }, (data) => library?.store.versionOf(data));
  library = await openLibrary(path.join(app.getPath('userData'), 'library.json'), path.join(layout.data, 'library.json'));
  if (library.unusable && (await showLibraryProblem(library.unusable)) === 'quit') {
    app.quit();
    return;
  }

  // Indexed in the worker from now on, so the first search does not wait for it and main never does.
  void searchWorker.follow(library.store.data);
  // Started now, so it has loaded the export code and fonts by the first preview.
  exportWorker = new ExportWorker(files.exportWorker, layout, renderBriefing);
  const emit = forwardEvents(() => mainWindow?.webContents);
  const handlers = createHandlers({
    store: library.store,
    layout,
    templatesDir: userTemplatesDir(),
    // Read as `briefbook export` reads it, so the app and the command line agree; the system's
    // locale stands in when no locale variable is set (a program started from the Finder).
    localePaper: systemPaper(process.env, app.getSystemLocale()),
    renderBriefing: exportWorker.render,
    findRecordPage: searchWorker.find,
    exportFolders: new ExportFolders(exportFoldersFile()),
    chooseExportFile: (suggestedName) => chooseExportFile(mainWindow, suggestedName),
    chooseTemplateFile: () => chooseTemplateFile(mainWindow),
    chooseTemplateExportFile: (suggestedName) => chooseTemplateExportFile(mainWindow, suggestedName),
    chooseFileToImport: () => chooseFileToImport(mainWindow),
    chooseFileToOpen: (options) => chooseFileToOpen(mainWindow, options),
    openPath,
    showInFolder,
    emit,
    now: () => new Date(),
  });
  unregisterIpc = registerIpc(ipcMain, handlers, trustedSenderCheck(() => mainWindow, files.pageUrl));
  // The CLI or another computer may change the library while the app runs: show it at once.
  // A temporary default library (the analyst's file is unusable) has nobody else writing it.
  if (!library.unusable) stopWatchingLibrary = watchLibrary(library.store, () => {
      emit('library:changed', {});
      void searchWorker?.follow(library!.store.data);
    });

  const template = menuTemplate(
    { platform: process.platform, isPackaged: app.isPackaged, appName: PRODUCT_NAME },
    {
      send: (command) => emit('menu:command', command),
      revealLastExport: () => void revealLastExport(handlers),
      cycleAppearance: () => {
        nativeTheme.themeSource = nextThemeSource(nativeTheme.themeSource);
      },
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  await showWindow();
}

/** Creates the window where it was last time (on a display that still exists) and loads the app page. */
async function showWindow(): Promise<void> {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = fitToDisplays(await readWindowState(stateFile), workAreas, screen.getPrimaryDisplay().workArea);
  const window = createMainWindow(files, state);
  mainWindow = window;
  rememberWindowState(window, stateFile);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  await loadAppPage(window, files);
}

/** The menu's Reveal Last Export: the same handler the renderer calls, errors shown natively. */
async function revealLastExport(handlers: HandlerTable): Promise<void> {
  const result = await dispatch(handlers, 'export:reveal-last', undefined, true);
  if (!result.ok) await showError(mainWindow, 'Reveal Last Export', result.error.message, result.error.hint);
}

/** Anything that stops the boot: say what it was, then quit rather than idle without a window. */
function fail(error: unknown): void {
  showFatalError(error instanceof Error ? error.message : String(error));
  app.quit();
}
