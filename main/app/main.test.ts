import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, type ApiResult, type Channel } from '../api';
import type * as OpenLibraryModule from './open-library';
import { NETWORK_URL_PATTERNS } from './security';

type Listener = (...args: unknown[]) => unknown;

/** Just enough of Electron to boot main.ts in Node: every call is recorded. */
const electron = vi.hoisted(() => {
  const state = {
    gotLock: true,
    appListeners: new Map<string, Listener[]>(),
    paths: new Map<string, string>(),
    windows: [] as {
      options: Record<string, unknown>;
      loaded: string[];
      listeners: Map<string, Listener>;
      instance: { webContents: { send: ReturnType<typeof vi.fn> }; show: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn> };
    }[],
    ready: () => undefined as void,
  };
  const app = {
    enableSandbox: vi.fn(),
    setName: vi.fn(),
    setPath: vi.fn((name: string, value: string) => void state.paths.set(name, value)),
    getPath: (name: string) => state.paths.get(name) ?? `/nonexistent/${name}`,
    requestSingleInstanceLock: vi.fn(() => state.gotLock),
    on: vi.fn((event: string, listener: Listener) => {
      state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
    }),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (state.ready = resolve))),
    quit: vi.fn(),
    isReady: () => true,
    isPackaged: false,
    getVersion: () => '0.1.0',
    getSystemLocale: () => 'en-US',
    setAboutPanelOptions: vi.fn(),
  };
  class BrowserWindow {
    readonly webContents = { id: 1, send: vi.fn(), isDestroyed: () => false };
    readonly record;
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] as string[], listeners: new Map<string, Listener>(), instance: this };
      state.windows.push(this.record);
    }
    on(event: string, listener: Listener) {
      this.record.listeners.set(event, listener);
    }
    once(event: string, listener: Listener) {
      this.record.listeners.set(event, listener);
    }
    async loadFile(file: string) {
      this.record.loaded.push(file);
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    maximize = vi.fn();
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  return {
    state,
    module: {
      app,
      BrowserWindow,
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
      nativeTheme: { themeSource: 'system' },
      screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
        },
      },
      dialog: { showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })), showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
      shell: { openExternal: vi.fn(), openPath: vi.fn(), showItemInFolder: vi.fn() },
    },
  };
});

vi.mock('electron', () => electron.module);

let home: string;
const savedHome = process.env.BRIEFBOOK_HOME;

beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-main-'));
  process.env.BRIEFBOOK_HOME = home;
  electron.state.gotLock = true;
  electron.state.appListeners.clear();
  electron.state.paths.clear();
  electron.state.windows.length = 0;
  vi.clearAllMocks();
  vi.resetModules();
});

afterEach(async () => {
  for (const listener of electron.state.appListeners.get('will-quit') ?? []) listener();
  if (savedHome === undefined) delete process.env.BRIEFBOOK_HOME;
  else process.env.BRIEFBOOK_HOME = savedHome;
  await rm(home, { recursive: true, force: true });
});

/** Calls a registered IPC handler as the app page in the main window would. */
async function invoke(channel: Channel, payload?: unknown): Promise<ApiResult<unknown>> {
  const window = electron.state.windows[0]!;
  const handler = electron.module.ipcMain.handle.mock.calls.find(([name]) => name === channel)![1] as Listener;
  const event = { sender: { id: 1 }, senderFrame: { url: pathToFileURL(window.loaded[0]!).href, parent: null } };
  return (await handler(event, payload)) as ApiResult<unknown>;
}

/** The menu item with `label`, from the menu main.ts installed. */
function menuItem(label: string): MenuItemConstructorOptions {
  const template = electron.module.Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
  const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flat(item.submenu) : [])]);
  return flat(template).find((item) => item.label === label)!;
}

/** Imports main.ts as Electron would run it, fires `ready`, and waits for the window's page to load. */
async function boot() {
  await import('./main');
  electron.state.ready();
  await vi.waitFor(() => expect(electron.state.windows[0]?.loaded).toHaveLength(1));
  return electron.state.windows[0]!;
}

describe('main', () => {
  it('sandboxes every renderer and uses the user data folder the CLI uses, before taking the lock', async () => {
    await boot();
    const { app } = electron.module;
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.setPath).toHaveBeenCalledWith('userData', home);
    expect(app.setPath.mock.invocationCallOrder[0]).toBeLessThan(app.requestSingleInstanceLock.mock.invocationCallOrder[0]!);
  });

  it('boots: guards, library, IPC for every channel, menu, and the secure window on the app page', async () => {
    const window = await boot();
    const { ipcMain, Menu, session } = electron.module;
    expect(electron.state.appListeners.has('web-contents-created')).toBe(true);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledWith({ urls: NETWORK_URL_PATTERNS }, expect.any(Function));
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.keys(channels).sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect((window.options.webPreferences as { preload: string }).preload).toMatch(/preload\.cjs$/);
    expect(window.loaded[0]).toMatch(/renderer[\\/]index\.html$/);
    // First run: the analyst's library was created from the shipped default library.
    expect(JSON.parse(await readFile(path.join(home, 'library.json'), 'utf8')).schemaVersion).toBeGreaterThan(0);
  });

  it('starts the search worker before it opens the library, and tells it which library file it opened', async () => {
    const order: string[] = [];
    let versionOf: ((library: object) => string | undefined) | undefined;
    let followed: object | undefined;
    // The worker restores the index saved at the last run while main opens the library: it must be started first.
    vi.doMock('../core/library/search/worker/client', () => ({
      SearchWorker: class {
        readonly options: unknown;
        constructor(_file: string, options: unknown, version: (library: object) => string | undefined) {
          order.push('search worker');
          this.options = options;
          versionOf = version;
        }
        follow = async (library: object) => void (followed = library);
        find = vi.fn();
        close = async () => undefined;
        saveIfDue = async () => undefined;
      },
    }));
    vi.doMock('./open-library', async (importOriginal) => {
      const original = await importOriginal<typeof OpenLibraryModule>();
      return { ...original, openLibrary: (...args: Parameters<typeof original.openLibrary>) => (order.push('library'), original.openLibrary(...args)) };
    });
    try {
      await boot();
      expect(order).toEqual(['search worker', 'library']);
      // The library file's sha256: the worker keeps the index saved from that very file as it is.
      expect(versionOf!(followed!)).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      vi.doUnmock('../core/library/search/worker/client');
      vi.doUnmock('./open-library');
    }
  });

  it('starts on a damaged library: says so, keeps the file as it is, and runs read-only', async () => {
    const damaged = '{ "schemaVersion": 1, "topics": [';
    await writeFile(path.join(home, 'library.json'), damaged);
    await boot();
    const { dialog, ipcMain, app } = electron.module;
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(dialog.showMessageBox.mock.calls[0]![0]).toMatchObject({ message: expect.stringContaining(path.join(home, 'library.json')) });
    expect(app.quit).not.toHaveBeenCalled();

    expect(ipcMain.handle).toHaveBeenCalledTimes(Object.keys(channels).length);

    const overview = await invoke('library:overview');
    expect(overview).toMatchObject({ ok: true, value: { records: expect.any(Number) } });
    const created = await invoke('briefing:new');
    expect(created.ok).toBe(true);
    const saved = await invoke('briefing:save', created.ok ? created.value : undefined);
    expect(saved).toMatchObject({ ok: false, error: { code: 'library', message: expect.stringContaining(path.join(home, 'library.json')) } });
    expect(await readFile(path.join(home, 'library.json'), 'utf8')).toBe(damaged);
  });

  it('serves the app page over IPC and refuses other senders', async () => {
    await boot();
    expect(await invoke('templates:list')).toMatchObject({ ok: true });
    const handler = electron.module.ipcMain.handle.mock.calls.find(([name]) => name === 'templates:list')![1] as Listener;
    const stranger = { sender: { id: 2 }, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await handler(stranger, undefined)).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
  });

  it('wires the menu: commands go to the window, Reveal Last Export explains when there is nothing to reveal', async () => {
    const window = await boot();
    (menuItem('Save').click as () => void)();
    expect(window.instance.webContents.send.mock.calls).toEqual([['menu:command', 'save']]);

    (menuItem('Reveal Last Export').click as () => void)();
    await vi.waitFor(() => expect(electron.module.dialog.showMessageBox).toHaveBeenCalled());
    expect(electron.module.dialog.showMessageBox.mock.calls[0]!.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/exported/) });
    expect(electron.module.shell.showItemInFolder).not.toHaveBeenCalled();

    (menuItem('Toggle Dark Mode').click as () => void)();
    expect(electron.module.nativeTheme.themeSource).toBe('dark');
  });

  it('brings the window forward when Briefbook is started again', async () => {
    const window = await boot();
    for (const listener of electron.state.appListeners.get('second-instance') ?? []) listener();
    expect(window.instance.show).toHaveBeenCalled();
    expect(window.instance.focus).toHaveBeenCalled();
  });

  it('quits at once when another Briefbook already runs', async () => {
    electron.state.gotLock = false;
    await import('./main');
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.module.app.whenReady).not.toHaveBeenCalled();
  });
});
