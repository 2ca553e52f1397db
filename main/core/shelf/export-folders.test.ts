import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportFolders } from './export-folders';

let dir: string;
let folders: ExportFolders;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-export-folders-'));
  await mkdir(path.join(dir, 'exports'));
  folders = new ExportFolders(path.join(dir, 'user data', 'export-folders.json'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ExportFolders', () => {
  it('holds the folders exported into, and no other', async () => {
    const exported = path.join(dir, 'exports', 'Memo.pdf');
    expect(await folders.holds(exported)).toBe(false);
    await folders.remember(exported);
    expect(await folders.holds(path.join(dir, 'exports', 'Memo (v2).pdf'))).toBe(true);
    expect(await new ExportFolders(folders.file).holds(exported)).toBe(true);
    for (const elsewhere of [path.join(dir, 'Memo.pdf'), '/etc/passwd', path.join(dir, 'exports', '..', 'Memo.pdf')]) {
      expect(await folders.holds(elsewhere), elsewhere).toBe(false);
    }
  });

  it('does not follow a link inside an export folder out of it', async () => {
    await folders.remember(path.join(dir, 'exports', 'Memo.pdf'));
    await symlink('/etc', path.join(dir, 'exports', 'system'));
    expect(await folders.holds(path.join(dir, 'exports', 'system', 'Memo.pdf'))).toBe(false);
  });

  it('trusts nothing when the record is damaged, and replaces it on the next export', async () => {
    await mkdir(path.dirname(folders.file));
    await writeFile(folders.file, '{ "folders": [');
    const exported = path.join(dir, 'exports', 'Memo.pdf');
    expect(await folders.holds(exported)).toBe(false);
    await folders.remember(exported);
    expect(await folders.holds(exported)).toBe(true);
  });

  it('never fails an export for want of a record', async () => {
    await writeFile(path.join(dir, 'not a folder'), '');
    const unwritable = new ExportFolders(path.join(dir, 'not a folder', 'export-folders.json'));
    await expect(unwritable.remember(path.join(dir, 'exports', 'Memo.pdf'))).resolves.toBeUndefined();
  });
});
