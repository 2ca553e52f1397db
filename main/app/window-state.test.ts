import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, readWindowState, rememberWindowState } from './window-state';

vi.mock('electron', () => ({}));

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-window-state-'));
  file = path.join(dir, 'window-state.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const external = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('readWindowState', () => {
  it('reads a saved state', async () => {
    await writeFile(file, JSON.stringify({ x: 40, y: 50, width: 1100, height: 760, maximized: true }));
    expect(await readWindowState(file)).toEqual({ x: 40, y: 50, width: 1100, height: 760, maximized: true });
  });

  it('uses the default for a missing file', async () => {
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['broken JSON', '{"width": 1100, "hei'],
    ['a wrong type', JSON.stringify({ width: '1100', height: 760 })],
    ['a size below the minimum', JSON.stringify({ width: 10, height: 10 })],
    ['not an object', 'null'],
  ])('ignores a file with %s', async (_what, text) => {
    await writeFile(file, text);
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is on a display', () => {
    const state = { x: 1600, y: 100, width: 1200, height: 900, maximized: false };
    expect(fitToDisplays(state, [laptop, external], laptop)).toEqual(state);
  });

  it('drops the position of a window on a display that was unplugged, and fits it to the primary display', () => {
    const state = { x: 1600, y: 100, width: 2000, height: 1200, maximized: true };
    expect(fitToDisplays(state, [laptop], laptop)).toEqual({ width: 1440, height: 870, maximized: true });
  });

  it('drops a position whose title bar is above or below every display', () => {
    expect(fitToDisplays({ x: 100, y: -500, width: 1000, height: 700, maximized: false }, [laptop], laptop)).not.toHaveProperty('x');
    expect(fitToDisplays({ x: 100, y: 860, width: 1000, height: 700, maximized: false }, [laptop], laptop)).not.toHaveProperty('y');
  });

  it('keeps a window that hangs partly off a display while its title bar can still be grabbed', () => {
    const state = { x: -300, y: 20, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop], laptop)).toEqual(state);
  });

  it('shrinks a window larger than its display to the work area', () => {
    expect(fitToDisplays({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, [laptop], laptop)).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 870,
      maximized: false,
    });
  });
});

describe('rememberWindowState', () => {
  it('saves the normal bounds and the maximized flag when the window closes', async () => {
    let onClose: (() => void) | undefined;
    const window = {
      on: (event: string, listener: () => void) => {
        if (event === 'close') onClose = listener;
      },
      getNormalBounds: () => ({ x: 12, y: 34, width: 1000, height: 700 }),
      isMaximized: () => true,
    };
    rememberWindowState(window as unknown as BrowserWindow, file);
    onClose!();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ x: 12, y: 34, width: 1000, height: 700, maximized: true });
    expect(await readWindowState(file)).toEqual({ x: 12, y: 34, width: 1000, height: 700, maximized: true });
  });
});
