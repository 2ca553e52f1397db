import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../api';
import { projectRoot } from '../core/resources';

// The bundle runs in a child Node with a stand-in `electron`; this file itself needs none.

const root = projectRoot();
let home: string;

beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-main-bundle-'));
});

afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('dist/main.js', () => {
  it('loads as ESM, boots, and finds the preload and the renderer page beside itself', { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', path.join(root, 'test/fixtures/fake-electron/register.mjs'), path.join(root, 'dist/main.js')],
      { cwd: root, env: { ...process.env, BRIEFBOOK_HOME: home }, timeout: 50_000 },
    );
    const calls = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { call: string; args: unknown[] });
    const args = (call: string) => calls.filter((c) => c.call === call).map((c) => c.args);

    expect(args('dialog.showErrorBox')).toEqual([]);
    expect(args('app.setPath')).toEqual([['userData', home]]);
    expect(args('ipcMain.handle').map(([channel]) => channel).sort()).toEqual(Object.keys(channels).sort());
    const [[options]] = args('new BrowserWindow') as [[{ webPreferences: { preload: string; sandbox: boolean } }]];
    expect(options.webPreferences).toMatchObject({ preload: path.join(root, 'dist', 'preload.cjs'), sandbox: true });
    expect(args('window.loadFile')).toEqual([[path.join(root, 'dist', 'renderer', 'index.html')]]);
  });
});
