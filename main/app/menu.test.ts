import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../api';
import { menuTemplate, nextThemeSource, type MenuActions, type MenuEnvironment } from './menu';

vi.mock('electron', () => ({}));

function build(env: Partial<MenuEnvironment> = {}) {
  const actions: MenuActions = { send: vi.fn(), revealLastExport: vi.fn(), cycleAppearance: vi.fn() };
  const template = menuTemplate({ platform: 'linux', isPackaged: true, appName: 'Briefbook', ...env }, actions);
  return { template, actions, items: flatten(template) };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('menuTemplate', () => {
  it('has the usual accelerators', () => {
    const { items } = build();
    const accelerators = Object.fromEntries(items.filter((i) => i.accelerator).map((i) => [i.label, i.accelerator]));
    expect(accelerators).toEqual({
      'New Briefing': 'CmdOrCtrl+N',
      'Open…': 'CmdOrCtrl+O',
      'Open PDF…': 'CmdOrCtrl+Shift+O',
      Save: 'CmdOrCtrl+S',
      'Import…': 'CmdOrCtrl+I',
      'Export PDF…': 'CmdOrCtrl+E',
      'Reveal Last Export': 'CmdOrCtrl+Shift+R',
      Undo: 'CmdOrCtrl+Z',
      Redo: 'Shift+CmdOrCtrl+Z',
      'Find…': 'CmdOrCtrl+F',
      Library: 'CmdOrCtrl+1',
      Composer: 'CmdOrCtrl+2',
      Templates: 'CmdOrCtrl+3',
      'Reading Room': 'CmdOrCtrl+4',
      'Toggle Dark Mode': 'CmdOrCtrl+Shift+D',
      'Keyboard Shortcuts and Guides': 'F1',
    });
  });

  it('leaves Undo and Redo keys to the renderer, so one key press undoes once', () => {
    const { items } = build();
    expect(item(items, 'Undo').registerAccelerator).toBe(false);
    expect(item(items, 'Redo').registerAccelerator).toBe(false);
    expect(item(items, 'Save').registerAccelerator).toBeUndefined();
  });

  it('sends each menu command to the renderer, undo and redo included', () => {
    const { items, actions } = build();
    const sent: Record<string, string> = {
      'New Briefing': 'new-briefing',
      'Open…': 'open-briefing',
      'Open PDF…': 'open-pdf',
      Save: 'save',
      'Import…': 'import-article',
      'Export PDF…': 'export-pdf',
      Undo: 'undo',
      Redo: 'redo',
      'Find…': 'find',
      Library: 'show-library',
      Composer: 'show-composer',
      Templates: 'show-templates',
      'Reading Room': 'show-reading-room',
      'Keyboard Shortcuts and Guides': 'show-help',
    };
    for (const [label, command] of Object.entries(sent)) {
      click(item(items, label));
      expect(actions.send).toHaveBeenLastCalledWith(command);
    }
    expect([...Object.values(sent)].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('reveals the last export and cycles the appearance in main', () => {
    const { items, actions } = build();
    click(item(items, 'Reveal Last Export'));
    click(item(items, 'Toggle Dark Mode'));
    expect(actions.revealLastExport).toHaveBeenCalledOnce();
    expect(actions.cycleAppearance).toHaveBeenCalledOnce();
    expect(actions.send).not.toHaveBeenCalled();
  });

  it('keeps clipboard editing and zoom as native roles', () => {
    const roles = build().items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'about']));
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
  });

  it('offers developer tools only when not packaged', () => {
    expect(build({ isPackaged: true }).items.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(build({ isPackaged: false }).items.map((i) => i.role)).toContain('toggleDevTools');
  });

  it('has the standard macOS app menu first on macOS, and Quit in File elsewhere', () => {
    const mac = build({ platform: 'darwin' });
    expect(mac.template[0]!.label).toBe('Briefbook');
    expect(flatten([mac.template[0]!]).map((i) => i.role)).toEqual(
      expect.arrayContaining(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
    const linux = build({ platform: 'linux' });
    expect(linux.template.map((i) => i.label ?? i.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu', 'help']);
    expect(flatten([linux.template[0]!]).map((i) => i.role)).toContain('quit');
    expect(flatten([linux.template.at(-1)!]).map((i) => i.role)).toContain('about');
  });
});

describe('nextThemeSource', () => {
  it('cycles system, dark, light', () => {
    expect(nextThemeSource('system')).toBe('dark');
    expect(nextThemeSource('dark')).toBe('light');
    expect(nextThemeSource('light')).toBe('system');
  });
});
