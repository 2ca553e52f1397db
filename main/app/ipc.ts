import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channels as table, type Channel, type Events } from '../api';
import { dispatch, type HandlerTable } from './dispatch';
import { isAppPage } from './bundle-files';

/**
 * Registers a handler for every channel of the IPC contract, each going through `dispatch`
 * (sender check, zod parse, handler, typed result). Returns a function that removes them all.
 *
 * Channels come from the table in main/api.ts, never from the handler table, so a channel
 * cannot be exposed without a request schema.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: HandlerTable,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  const channels = Object.keys(table) as Channel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(handlers, channel, payload, isTrustedSender(event)));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/**
 * The sender check: only the top frame of the main window, showing the app's own page.
 *
 * Anything else — another web contents, an iframe inside the page, or the window after it
 * somehow navigated elsewhere — is refused, so a page that is not Briefbook's cannot reach the
 * library even if it got a preload.
 */
export function trustedSenderCheck(getWindow: () => BrowserWindow | undefined, pageUrl: string): (event: IpcMainInvokeEvent) => boolean {
  return (event) => {
    const window = getWindow();
    const frame = event.senderFrame;
    if (!window || window.isDestroyed() || !frame) return false;
    return event.sender.id === window.webContents.id && frame.parent === null && isAppPage(frame.url, pageUrl);
  };
}

/**
 * Sends main-to-renderer `Events` to whatever web contents `getTarget` returns at the time.
 *
 * Taking a getter rather than a web contents lets the handlers be created before the window
 * (and survive the window being re-created on macOS). Events for a window that is gone are
 * dropped: there is no one to show them to.
 */
export function forwardEvents(getTarget: () => WebContents | undefined) {
  return <E extends keyof Events>(event: E, payload: Events[E]): void => {
    const target = getTarget();
    if (target && !target.isDestroyed()) target.send(event, payload);
  };
}
