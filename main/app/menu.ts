import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../api';

/** What the menu can do; main.ts supplies the real actions, tests supply spies. */
export interface MenuActions {
  /** Sends a `menu:command` event to the Briefbook window. */
  send(command: MenuCommand): void;
  /** Shows the last exported PDF in the file manager. */
  revealLastExport(): void;
  /** Moves the appearance on to the next of system, dark, light. */
  cycleAppearance(): void;
}

export interface MenuEnvironment {
  platform: NodeJS.Platform;
  /** Developer tools are offered only in development builds. */
  isPackaged: boolean;
  appName: string;
}

export type ThemeSource = 'system' | 'dark' | 'light';

/** The appearance after `current`: system (follow the OS, the default), then dark, then light. */
export function nextThemeSource(current: ThemeSource): ThemeSource {
  return current === 'system' ? 'dark' : current === 'dark' ? 'light' : 'system';
}

/**
 * The application menu as a template: pure data plus click callbacks, so tests can read the
 * accelerators without Electron.
 *
 * Undo and Redo are not the `undo`/`redo` roles: they send the `undo` / `redo` commands to the
 * renderer, which decides: inside a text field it runs the field's own undo
 * (`document.execCommand('undo')`), elsewhere it steps the composer's undo stack (moved or
 * removed records, reordered sections). Main cannot tell where the focus is; the renderer can.
 * Cut, copy, paste and select all stay roles, so they work in every text field natively.
 */
export function menuTemplate(env: MenuEnvironment, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = env.platform === 'darwin';
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(name),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: env.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Briefing', 'CmdOrCtrl+N', 'new-briefing'),
      command('Open…', 'CmdOrCtrl+O', 'open-briefing'),
      command('Open PDF…', 'CmdOrCtrl+Shift+O', 'open-pdf'),
      command('Save', 'CmdOrCtrl+S', 'save'),
      { type: 'separator' },
      command('Import…', 'CmdOrCtrl+I', 'import-article'),
      { type: 'separator' },
      command('Export PDF…', 'CmdOrCtrl+E', 'export-pdf'),
      { label: 'Reveal Last Export', accelerator: 'CmdOrCtrl+Shift+R', click: () => actions.revealLastExport() },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // The renderer handles these keys itself (text field or composer); registering them here
      // too would run one undo twice. The menu still shows the shortcut and sends the command.
      { ...command('Undo', 'CmdOrCtrl+Z', 'undo'), registerAccelerator: false },
      { ...command('Redo', 'Shift+CmdOrCtrl+Z', 'redo'), registerAccelerator: false },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'CmdOrCtrl+F', 'find'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Library', 'CmdOrCtrl+1', 'show-library'),
      command('Composer', 'CmdOrCtrl+2', 'show-composer'),
      command('Templates', 'CmdOrCtrl+3', 'show-templates'),
      command('Reading Room', 'CmdOrCtrl+4', 'show-reading-room'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { label: 'Toggle Dark Mode', accelerator: 'CmdOrCtrl+Shift+D', click: () => actions.cycleAppearance() },
      { role: 'togglefullscreen' },
      ...(env.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [command('Keyboard Shortcuts and Guides', 'F1', 'show-help'), ...(isMac ? [] : [{ role: 'about', label: `About ${env.appName}` } as const])],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
