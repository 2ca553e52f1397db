import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileAccessError } from './file-access-error';
import { saveUserFile, type FileWriter } from './save-user-file';

let dir: string;
const bytes = new TextEncoder().encode('%PDF-1.7 memo');

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-save-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A writer that fails as the file system does, naming the temp file it was writing. */
function failingWith(code: string): FileWriter {
  return async (file) => {
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.123-1.tmp`);
    throw Object.assign(new Error(`${code}: failed, open '${temp}'`), { code });
  };
}

async function failure(file: string, write?: FileWriter): Promise<FileAccessError> {
  const error = await saveUserFile(file, bytes, write).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileAccessError);
  const { message } = error as FileAccessError;
  // The analyst's file, never the temp file the bytes went to first, nor the raw code.
  expect(message).toContain(file);
  expect(message).not.toMatch(/\.tmp|ENOSPC|EACCES|ENOENT|EROFS|ENOTDIR/);
  return error as FileAccessError;
}

describe('saveUserFile', () => {
  it('writes the file', async () => {
    const file = path.join(dir, 'Memo.pdf');
    await saveUserFile(file, bytes);
    expect(await readFile(file)).toEqual(Buffer.from(bytes));
  });

  it('says a folder that is really a file is not a folder, and leaves nothing behind', async () => {
    const notAFolder = path.join(dir, 'notes.txt');
    await writeFile(notAFolder, 'notes');
    const file = path.join(notAFolder, 'Memo.pdf');
    expect(await failure(file)).toMatchObject({
      problem: `${file} was not saved: ${notAFolder} is not a folder (a file has that name).`,
      hint: 'Save it in another folder.',
    });
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('says a folder that is gone does not exist', async () => {
    const file = path.join(dir, 'gone', 'Memo.pdf');
    expect(await failure(file)).toMatchObject({ problem: `${file} was not saved: the folder ${path.join(dir, 'gone')} does not exist.` });
  });

  it('says a name that is a folder is not a file', async () => {
    expect((await failure(dir)).problem).toBe(`${dir} was not saved: that name is a folder, not a file.`);
  });

  it('says a full disk, a read-only share and a refused permission in words', async () => {
    const file = path.join(dir, 'Memo.pdf');
    expect(await failure(file, failingWith('ENOSPC'))).toMatchObject({
      problem: `${file} was not saved: there is not enough space left on the disk that holds ${dir}.`,
      hint: 'Free some space on that disk, or save it on another one.',
    });
    expect((await failure(file, failingWith('EROFS'))).problem).toBe(`${file} was not saved: ${dir} is on a read-only disk or share.`);
    expect((await failure(file, failingWith('EACCES'))).problem).toBe(`${file} was not saved: you do not have permission to write in ${dir}.`);
    expect((await failure(file, failingWith('EIO'))).problem).toBe(`${file} was not saved: the system reported EIO.`);
  });

  it('lets errors that are not the file system pass as they are', async () => {
    const bug = new TypeError('not a buffer');
    await expect(saveUserFile(path.join(dir, 'x.pdf'), bytes, () => Promise.reject(bug))).rejects.toBe(bug);
  });
});
