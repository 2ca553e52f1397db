import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

/** Below this the composer's panes stop making sense. */
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

/** Size, place and maximized flag of the window, as remembered between runs. */
export const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(100_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(100_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

/** First run: a comfortable size, centred by Electron (no x/y). */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };

/** How much of the title bar must be on a display for the window to count as reachable. */
const TITLE_BAR = { height: 32, minVisibleWidth: 100 } as const;

/**
 * Reads the remembered window state; the default when the file is missing or not valid.
 *
 * A damaged state file costs nothing but the window's place, so it is ignored, never fatal,
 * and overwritten with good state when the window closes.
 */
export async function readWindowState(file: string): Promise<WindowState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  try {
    const parsed = WindowState.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/**
 * Keeps the window where the analyst can reach it with the displays attached now.
 *
 * A position saved on a display that has since been unplugged, or with a different resolution,
 * is dropped (Electron then centres the window on the primary display) unless enough of the
 * title bar is still on some display to drag it by; the size is shrunk to fit the work area of
 * the display the window ends up on.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[], primary: Rectangle): WindowState {
  const { x, y } = state;
  const home = x !== undefined && y !== undefined ? workAreas.find((area) => titleBarVisible({ x, y, width: state.width }, area)) : undefined;
  const area = home ?? primary;
  const fitted: WindowState = {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(state.width, area.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(state.height, area.height)),
    maximized: state.maximized,
  };
  return home ? { ...fitted, x, y } : fitted;
}

function titleBarVisible(window: { x: number; y: number; width: number }, area: Rectangle): boolean {
  const left = Math.max(window.x, area.x);
  const right = Math.min(window.x + window.width, area.x + area.width);
  const topInside = window.y >= area.y && window.y + TITLE_BAR.height <= area.y + area.height;
  return topInside && right - left >= Math.min(TITLE_BAR.minVisibleWidth, window.width);
}

/**
 * Saves the window's state to `file` whenever the window closes.
 *
 * The write is synchronous on purpose: `close` is followed by the app quitting, which would
 * not wait for an asynchronous write. The normal (unmaximized) bounds are saved, so a maximized
 * window restores to its previous size when unmaximized next time. A torn write only costs the
 * window's place (see readWindowState), so no temp-and-rename dance is needed.
 */
export function rememberWindowState(window: BrowserWindow, file: string): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    try {
      writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
    } catch (error) {
      console.warn(`Briefbook could not remember the window's place in ${file}:`, error);
    }
  });
}
