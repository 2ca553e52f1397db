/**
 * The IPC table of main/api.ts holds the whole window-to-main surface together: every channel is
 * registered in main, answered by a handler, and invoked by exactly one preload method; every
 * preload method has a channel; menu commands are never named like a channel.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { testHandlerContext } from '../../test/fixtures/handler-context';
import { channels, MENU_COMMANDS, methods, type Channel, type NamesMatchTable } from '../api';
import type { LibraryStore } from '../core/library';
import { buildApi } from '../preload/build-api';
import type { HandlerTable } from './dispatch';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';

vi.mock('electron', () => ({}));

const tableChannels = Object.keys(channels).sort();

/** Registers the table over a fake ipcMain whose handlers are spies, and wires a preload to it. */
function wiredPreload() {
  const registered = new Map<string, (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>>();
  const answered: string[] = [];
  const handlers: Record<string, unknown> = {};
  for (const channel of tableChannels) handlers[channel] = vi.fn(async () => answered.push(channel));
  registerIpc(
    { handle: (channel, handler) => void registered.set(channel, handler), removeHandler: (channel) => void registered.delete(channel) },
    handlers as HandlerTable,
    () => true,
  );
  const invoked: string[] = [];
  const api = buildApi(
    async (channel, payload) => {
      invoked.push(channel);
      const handler = registered.get(channel);
      if (!handler) throw new Error(`"${channel}" is not registered`);
      return handler({} as IpcMainInvokeEvent, payload);
    },
    () => () => undefined,
  ) as unknown as Record<string, (request?: unknown) => Promise<unknown>>;
  return { registered, api, invoked, answered };
}

describe('the IPC table', () => {
  it('registers every channel in main, and nothing else', () => {
    const { registered } = wiredPreload();
    expect([...registered.keys()].sort()).toEqual(tableChannels);
  });

  it('has a real handler for every channel, and no handler without a channel', () => {
    const handlers = createHandlers(testHandlerContext({ file: '/nowhere/library.json' } as LibraryStore));
    expect(Object.keys(handlers).sort()).toEqual(tableChannels);
    expect(Object.values(handlers).every((handler) => typeof handler === 'function')).toBe(true);
  });

  it('gives every channel the preload method the table names, which invokes that channel and reaches main', async () => {
    const { api, invoked, registered } = wiredPreload();
    for (const channel of tableChannels as Channel[]) {
      const method = channels[channel].method;
      expect(api[method], `window.briefbook.${method}`).toBeTypeOf('function');
      invoked.length = 0;
      await api[method]!();
      expect(invoked).toEqual([channel]);
      expect(registered.has(channel)).toBe(true);
    }
  });

  it('gives every preload method a channel of the table, and the method no other channel has', () => {
    const { api } = wiredPreload();
    const exposed = Object.keys(api).filter((name) => name !== 'on');
    expect(exposed.sort()).toEqual(Object.keys(methods).sort());
    for (const [method, channel] of Object.entries(methods)) {
      expect(Object.hasOwn(channels, channel), `${method} -> ${channel}`).toBe(true);
      expect(channels[channel].method).toBe(method);
    }
    const names = Object.values(channels).map((spec) => spec.method);
    expect(new Set(names).size).toBe(names.length);
  });

  it('reaches a handler through the preload: a valid request is answered by its channel\'s handler', async () => {
    const { api, answered } = wiredPreload();
    await expect(api.listTemplates!()).resolves.toMatchObject({ ok: true });
    await expect(api.getRecord!({ id: 'rec-1' })).resolves.toMatchObject({ ok: true });
    expect(answered).toEqual(['templates:list', 'record:get']);
  });

  it('fails to type-check a preload that lacks one of the table\'s methods, or puts one on another channel', () => {
    expectTypeOf<NamesMatchTable<typeof methods>>().toEqualTypeOf<true>();
    expectTypeOf<NamesMatchTable<Omit<typeof methods, 'leavePosition'>>>().toEqualTypeOf<false>();
    expectTypeOf<NamesMatchTable<typeof methods & { extra: 'shelf:list' }>>().toEqualTypeOf<false>();
    expectTypeOf<NamesMatchTable<Omit<typeof methods, 'listShelf'> & { listShelf: 'shelf:read' }>>().toEqualTypeOf<false>();
  });
});

describe('menu commands', () => {
  it('have names of their own, none of them a channel or a preload method', () => {
    for (const command of MENU_COMMANDS) {
      expect(Object.hasOwn(channels, command), command).toBe(false);
      expect(Object.hasOwn(methods, command), command).toBe(false);
    }
    expect(new Set(MENU_COMMANDS).size).toBe(MENU_COMMANDS.length);
  });
});
