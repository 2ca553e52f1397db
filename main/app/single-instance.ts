import type { App, BrowserWindow } from 'electron';

/**
 * Makes this process the only Briefbook; false means another one already runs and this one
 * should quit.
 *
 * Two processes on one library would each hold it in memory and overwrite each other's saves,
 * so a second launch instead brings the running window forward (restored if minimized).
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  getWindow: () => Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'> | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
