import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBriefing, makeLibrary } from '../../test/fixtures/library';
import { channels, type ApiResult, type Channel } from '../api';
import { LibraryStore } from '../core/library';
import { resourceLayout } from '../core/resources';
import { bundleFiles } from './bundle-files';
import type { HandlerTable } from './dispatch';
import { createHandlers } from './handlers';
import { forwardEvents, registerIpc, trustedSenderCheck } from './ipc';

vi.mock('electron', () => ({}));

const files = bundleFiles('/opt/briefbook/dist');
type Invoke = (event: IpcMainInvokeEvent, payload: unknown) => Promise<ApiResult<unknown>>;

/** An ipcMain that keeps the registered handlers so a test can invoke them. */
function fakeIpcMain() {
  const handlers = new Map<string, Invoke>();
  return {
    handlers,
    ipcMain: {
      handle: (channel: string, handler: Invoke) => void handlers.set(channel, handler),
      removeHandler: (channel: string) => void handlers.delete(channel),
    },
  };
}

/** The main window, and events as its page (or something else) would send them. */
function fakeWindow() {
  const webContents = { id: 7 } as WebContents;
  const window = { webContents, isDestroyed: () => false } as unknown as BrowserWindow;
  const event = (options: { senderId?: number; url?: string; subframe?: boolean; noFrame?: boolean } = {}) =>
    ({
      sender: { id: options.senderId ?? 7 },
      senderFrame: options.noFrame ? null : { url: options.url ?? files.pageUrl, parent: options.subframe ? {} : null },
    }) as unknown as IpcMainInvokeEvent;
  return { window, event };
}

/** A handler table whose every handler is a spy. */
function spyHandlers(): HandlerTable {
  const table: Record<string, unknown> = {};
  for (const channel of Object.keys(channels)) table[channel] = vi.fn(async () => `handled ${channel}`);
  return table as HandlerTable;
}

describe('registerIpc', () => {
  it('registers every channel of the contract, and removes them all again', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const unregister = registerIpc(ipcMain, spyHandlers(), () => true);
    expect([...handlers.keys()].sort()).toEqual(Object.keys(channels).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('refuses a call from an unknown sender without calling the handler', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const table = spyHandlers();
    const { window, event } = fakeWindow();
    registerIpc(ipcMain, table, trustedSenderCheck(() => window, files.pageUrl));
    const strangers = [
      event({ senderId: 8 }),
      event({ url: 'https://evil.example/' }),
      event({ url: 'file:///opt/briefbook/dist/renderer/other.html' }),
      event({ subframe: true }),
      event({ noFrame: true }),
    ];
    for (const stranger of strangers) {
      const result = await handlers.get('briefing:delete')!(stranger, { id: 'b-1' });
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
    }
    expect(table['briefing:delete']).not.toHaveBeenCalled();
  });

  it('answers the app page through the handler', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const table = spyHandlers();
    const { window, event } = fakeWindow();
    registerIpc(ipcMain, table, trustedSenderCheck(() => window, files.pageUrl));
    await expect(handlers.get('briefing:get')!(event({ url: `${files.pageUrl}#/b-1` }), { id: 'b-1' })).resolves.toEqual({
      ok: true,
      value: 'handled briefing:get',
    });
    expect(table['briefing:get']).toHaveBeenCalledWith({ id: 'b-1' });
  });

  it('refuses everything once the window is gone', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { event } = fakeWindow();
    registerIpc(ipcMain, spyHandlers(), trustedSenderCheck(() => undefined, files.pageUrl));
    expect(await handlers.get('library:overview')!(event(), undefined)).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
  });
});

describe('registerIpc over the real handlers and store', () => {
  let dir: string;
  let file: string;
  let store: LibraryStore;
  let invoke: (channel: Channel, payload: unknown) => Promise<ApiResult<unknown>>;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-ipc-'));
    file = path.join(dir, 'library.json');
    const library = makeLibrary();
    library.briefings.push(makeBriefing('kept'));
    writeFileSync(file, `${JSON.stringify(library, null, 2)}\n`);
    store = await LibraryStore.open(file, { seedFile: file });
    const handlers = createHandlers({
      store,
      layout: resourceLayout(),
      templatesDir: path.join(dir, 'templates'),
      chooseExportFile: async () => undefined,
      chooseTemplateFile: async () => undefined,
      chooseTemplateExportFile: async () => undefined,
      chooseFileToImport: async () => undefined,
      chooseFileToOpen: async () => undefined,
      openPath: async () => undefined,
      showInFolder: () => undefined,
      emit: () => undefined,
      now: () => new Date('2025-01-02T03:04:05Z'),
    });
    const { ipcMain, handlers: registered } = fakeIpcMain();
    const { window, event } = fakeWindow();
    registerIpc(ipcMain, handlers, trustedSenderCheck(() => window, files.pageUrl));
    invoke = (channel, payload) => registered.get(channel)!(event(), payload);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('rejects a malformed save as invalid-request and changes nothing on disk or in memory', async () => {
    const before = readFileSync(file);
    const malformed = { ...makeBriefing('kept'), title: 42, items: 'all of them' };
    const result = await invoke('briefing:save', malformed);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.issues?.join('\n')).toMatch(/title/);
    expect(readFileSync(file)).toEqual(before);
    expect(store.data.briefings.map((b) => b.title)).toEqual([makeBriefing('kept').title]);
  });

  it('rejects a delete without an id and keeps the briefing', async () => {
    const before = readFileSync(file);
    expect(await invoke('briefing:delete', { id: 7 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(readFileSync(file)).toEqual(before);
  });

  it('answers a save that conflicts with another program as a library problem naming the briefing, not as an internal error', async () => {
    const other = await LibraryStore.open(file, { seedFile: file });
    await other.update((draft) => {
      draft.briefings[0]!.title = 'Renamed by the briefbook command';
    });
    const result = await invoke('briefing:save', { ...makeBriefing('kept'), title: 'Renamed in the window' });
    expect(result).toMatchObject({ ok: false, error: { code: 'library', message: expect.stringContaining('briefing "kept"') } });
    expect(!result.ok && result.error.hint).toMatch(/make your change again/);
    expect(JSON.parse(readFileSync(file, 'utf8')).briefings[0].title).toBe('Renamed by the briefbook command');
  });

  it('overview says why a read-only library cannot be changed', async () => {
    expect(await invoke('library:overview', undefined)).not.toMatchObject({ value: { readOnly: expect.anything() } });
    store.refuseChanges(new Error('Briefbook cannot change the library: it was opened read-only.'));
    expect(await invoke('library:overview', undefined)).toMatchObject({ ok: true, value: { readOnly: expect.stringContaining('read-only') } });
  });

  it('saves a well-formed briefing through the same path', async () => {
    const result = await invoke('briefing:save', { ...makeBriefing('kept'), title: 'Renamed' });
    expect(result).toMatchObject({ ok: true, value: { title: 'Renamed' } });
    expect(JSON.parse(readFileSync(file, 'utf8')).briefings[0].title).toBe('Renamed');
  });
});

describe('forwardEvents', () => {
  it('sends events to the current window and drops them when there is none', () => {
    const send = vi.fn();
    let target: WebContents | undefined = { send, isDestroyed: () => false } as unknown as WebContents;
    const emit = forwardEvents(() => target);
    emit('export:progress', { stage: 'writing', fraction: 0.9 });
    expect(send).toHaveBeenCalledWith('export:progress', { stage: 'writing', fraction: 0.9 });
    target = undefined;
    expect(() => emit('menu:command', 'save')).not.toThrow();
    expect(send).toHaveBeenCalledOnce();
  });
});
