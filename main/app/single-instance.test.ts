import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from './single-instance';

vi.mock('electron', () => ({}));

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  const app = {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
  };
  return { app: app as unknown as Pick<App, 'requestSingleInstanceLock' | 'on'>, listeners };
}

function fakeWindow(minimized: boolean) {
  return { isDestroyed: () => false, isMinimized: () => minimized, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

describe('claimSingleInstance', () => {
  it('tells a second process to quit, without listening for instances', () => {
    const { app, listeners } = fakeApp(false);
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(listeners.size).toBe(0);
  });

  it('brings the running window forward, restored, when a second instance starts', () => {
    const { app, listeners } = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app, () => window)).toBe(true);
    listeners.get('second-instance')!();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('focuses a window that is not minimized without restoring it', () => {
    const { app, listeners } = fakeApp(true);
    const window = fakeWindow(false);
    claimSingleInstance(app, () => window);
    listeners.get('second-instance')!();
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('ignores a second instance while there is no window yet', () => {
    const { app, listeners } = fakeApp(true);
    claimSingleInstance(app, () => undefined);
    expect(() => listeners.get('second-instance')!()).not.toThrow();
  });
});
