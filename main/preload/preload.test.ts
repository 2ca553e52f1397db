import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { methods } from '../api';
// @ts-expect-error plain ESM build script without type declarations
import { buildTargets } from '../../scripts/build.mjs';
import { projectRoot } from '../core/resources';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, value: { channel, payload } })),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(listener);
      }),
      removeListener: vi.fn((event: string, listener: (...args: unknown[]) => void) => listeners.get(event)?.delete(listener)),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

/** Loads the preload as Electron would and returns what it exposed. */
async function exposedApi(): Promise<Record<string, unknown>> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('./index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(key).toBe('briefbook');
  return api as Record<string, unknown>;
}

beforeEach(() => {
  electron.listeners.clear();
  vi.clearAllMocks();
});

describe('preload', () => {
  it('exposes exactly one named method per channel, plus on, and no ipcRenderer', async () => {
    const api = await exposedApi();
    expect(Object.keys(api).sort()).toEqual([...Object.keys(methods), 'on'].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes each method on its own channel with the request alone', async () => {
    const api = await exposedApi();
    for (const [name, channel] of Object.entries(methods)) {
      const request = { id: `for-${name}` };
      await expect((api[name] as (r: unknown) => Promise<unknown>)(request)).resolves.toEqual({
        ok: true,
        value: { channel, payload: request },
      });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, request);
    }
    await (api.libraryOverview as () => Promise<unknown>)();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('library:overview', undefined);
  });

  it('hands event listeners the payload but never the IPC event, and unsubscribes', async () => {
    const api = await exposedApi();
    const on = api.on as (event: string, listener: Listener) => () => void;
    const listener = vi.fn();
    const unsubscribe = on('menu:command', listener);
    const ipcEvent = { sender: { send: () => undefined } };
    for (const forward of electron.listeners.get('menu:command')!) forward(ipcEvent, 'save');
    expect(listener.mock.calls).toEqual([['save']]);

    unsubscribe();
    expect(electron.listeners.get('menu:command')!.size).toBe(0);
  });

  it('listens to the events of the contract and nothing else', async () => {
    const api = await exposedApi();
    const on = api.on as (event: string, listener: Listener) => () => void;
    expect(() => on('export:progress', () => undefined)).not.toThrow();
    expect(() => on('library:changed', () => undefined)).not.toThrow();
    for (const event of ['briefing:save', 'library:overview', 'ELECTRON_BROWSER_REQUIRE', '__proto__']) {
      expect(() => on(event, () => undefined), event).toThrow(/unknown event/);
    }
    expect(() => on('menu:command', 'not a function' as unknown as Listener)).toThrow(/must be a function/);
    expect([...electron.listeners.keys()]).toEqual(['export:progress', 'library:changed']);
  });
});

describe('dist/preload.cjs', () => {
  it('is one CommonJS file that requires only electron and exposes the same API', { timeout: 60_000 }, async () => {
    await buildTargets(['preload']);
    const code = await readFile(path.join(projectRoot(), 'dist', 'preload.cjs'), 'utf8');
    const required: string[] = [];
    const exposeInMainWorld = vi.fn();
    const sandbox = {
      require: (name: string) => {
        required.push(name);
        if (name !== 'electron') throw new Error(`a sandboxed preload cannot require "${name}"`);
        return { contextBridge: { exposeInMainWorld }, ipcRenderer: electron.ipcRenderer };
      },
      module: { exports: {} },
      exports: {},
    };
    vm.runInNewContext(code, sandbox, { filename: 'preload.cjs' });
    expect(required).toEqual(['electron']);
    const [key, api] = exposeInMainWorld.mock.calls[0]!;
    expect(key).toBe('briefbook');
    expect(Object.keys(api as object).sort()).toEqual([...Object.keys(methods), 'on'].sort());
  });
});
