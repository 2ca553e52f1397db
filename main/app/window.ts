import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { BundleFiles } from './bundle-files';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state';

/**
 * Options of the Briefbook window, following the Electron security checklist.
 *
 * The renderer gets no Node, runs in Chromium's sandbox, and sees the main process only
 * through the preload's `window.briefbook`. Navigation on file drop is off because a dropped
 * file would otherwise replace the app page (security.ts cancels it too). The window starts
 * hidden and is shown on `ready-to-show`, so it never flashes an empty frame.
 *
 * Each option is written out even where it is Electron's default, so a change of default in a
 * later Electron cannot loosen the window silently.
 */
export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click would open links in new windows; the window-open handler denies those
      // anyway, and no part of the UI uses auxclick.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/**
 * Creates the Briefbook window at the remembered place, without loading it yet.
 *
 * Creating and loading are separate so the caller can record the window first: the renderer
 * starts calling IPC while the page is still loading, and the sender check must already know
 * which window is Briefbook's.
 */
export function createMainWindow(files: BundleFiles, state: WindowState): BrowserWindow {
  // electronegativity reads only literal options at a `new BrowserWindow` site and cannot see
  // through the spread of secureWindowOptions(), so it reports contextIsolation, sandbox and
  // disableBlinkFeatures as missing here. They are all set there (true, true, 'Auxclick'), and
  // window.test.ts asserts that this window is built from those options.
  const window = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    ...secureWindowOptions(files.preload),
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  return window;
}

/**
 * Loads the renderer page (dist/renderer/index.html) into `window`.
 *
 * Rejects with an error naming the page when it cannot be loaded: without the renderer bundle
 * there is nothing to show, and the caller reports that instead of leaving a hidden empty window.
 */
export async function loadAppPage(window: BrowserWindow, files: BundleFiles): Promise<void> {
  try {
    await window.loadFile(files.page);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Briefbook could not load its window from ${files.page} (${reason}). Its files are incomplete: build them with \`npm run build\`, or reinstall Briefbook.`,
      { cause: error },
    );
  }
}
