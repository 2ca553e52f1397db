import { afterEach, describe, expect, it, vi } from 'vitest';

const created: FakeWindow[] = [];

class FakeWindow {
  readonly listeners = new Map<string, () => void>();
  maximized = false;
  shown = false;
  loadFile = vi.fn(async (_file: string) => undefined);
  constructor(readonly options: Record<string, unknown>) {
    created.push(this);
  }
  maximize() {
    this.maximized = true;
  }
  show() {
    this.shown = true;
  }
  once(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { createMainWindow, loadAppPage, secureWindowOptions } = await import('./window');
const { bundleFiles } = await import('./bundle-files');

const files = bundleFiles('/opt/briefbook/dist');

afterEach(() => {
  created.length = 0;
});

describe('secureWindowOptions', () => {
  it('isolates, sandboxes and strips Node from the renderer, with the bundled preload', () => {
    expect(secureWindowOptions('/opt/briefbook/dist/preload.cjs').webPreferences).toMatchObject({
      preload: '/opt/briefbook/dist/preload.cjs',
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
    });
  });

  it('does not enable any Blink feature or pass extra renderer arguments', () => {
    const prefs = secureWindowOptions('/p.cjs').webPreferences ?? {};
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });
});

describe('createMainWindow', () => {
  it('uses the bundled preload and the remembered place, and shows the window once it is ready', () => {
    createMainWindow(files, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    const window = created[0]!;
    expect(window.options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    expect((window.options.webPreferences as { preload: string }).preload).toBe(files.preload);
    expect(window.maximized).toBe(true);
    expect(window.shown).toBe(false);
    window.listeners.get('ready-to-show')!();
    expect(window.shown).toBe(true);
  });

  it('centres a window that has no remembered position', () => {
    createMainWindow(files, { width: 1000, height: 700, maximized: false });
    expect(created[0]!.options).toMatchObject({ center: true });
    expect(created[0]!.options).not.toHaveProperty('x');
  });
});

describe('loadAppPage', () => {
  it('loads dist/renderer/index.html with loadFile', async () => {
    const window = createMainWindow(files, { width: 1000, height: 700, maximized: false });
    await loadAppPage(window, files);
    expect(created[0]!.loadFile).toHaveBeenCalledWith('/opt/briefbook/dist/renderer/index.html');
  });

  it('names the missing page and what to do when it cannot be loaded', async () => {
    const window = createMainWindow(files, { width: 1000, height: 700, maximized: false });
    created[0]!.loadFile.mockRejectedValueOnce(new Error('ERR_FILE_NOT_FOUND (-6)'));
    await expect(loadAppPage(window, files)).rejects.toThrow(/dist\/renderer\/index\.html \(ERR_FILE_NOT_FOUND.*npm run build/);
  });
});
