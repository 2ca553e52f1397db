import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataDir, userLibraryFile } from './user-data';

describe('userDataDir', () => {
  it('follows Electron: XDG config on Linux, Application Support on macOS, APPDATA on Windows', () => {
    expect(userDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.config', 'Briefbook'));
    expect(userDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe(path.join('/cfg', 'Briefbook'));
    expect(userDataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library', 'Application Support', 'Briefbook'));
    expect(userDataDir({ APPDATA: '/appdata' }, 'win32')).toBe(path.join('/appdata', 'Briefbook'));
  });

  it('lets BRIEFBOOK_HOME override it, and keeps the library there', () => {
    expect(userDataDir({ BRIEFBOOK_HOME: '/portable/bb' }, 'linux')).toBe(path.resolve('/portable/bb'));
    expect(userLibraryFile({ BRIEFBOOK_HOME: '/portable/bb' })).toBe(path.resolve('/portable/bb/library.json'));
  });
});
