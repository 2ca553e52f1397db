import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkShelvedPdf, readShelvedPdf, ShelvedFileError } from './shelved-pdf';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-shelved-pdf-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What reading `file` as a shelved PDF fails with. */
async function refusal(file: string): Promise<ShelvedFileError> {
  const error = await readShelvedPdf(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ShelvedFileError);
  // Checking for "open" and "show in folder" refuses the same files.
  await expect(checkShelvedPdf(file)).rejects.toBeInstanceOf(ShelvedFileError);
  return error as ShelvedFileError;
}

describe('a shelved PDF', () => {
  it('is read when it is a regular .pdf file starting with %PDF-', async () => {
    const file = path.join(dir, 'Memo.PDF');
    await writeFile(file, '%PDF-1.7 the memo');
    expect(Buffer.from(await readShelvedPdf(file)).toString()).toBe('%PDF-1.7 the memo');
    await expect(checkShelvedPdf(file)).resolves.toBeUndefined();
  });

  it('is refused when the file is not named .pdf, whatever it holds (/etc/passwd, a program)', async () => {
    for (const file of ['/etc/passwd', process.execPath]) {
      const error = await refusal(file);
      expect(error).toMatchObject({ missing: false, problem: `${file} is not a PDF (its name does not end in .pdf), so Briefbook will not open it.` });
      expect(error.hint).toMatch(/add the PDF again/);
    }
  });

  it('is refused when a .pdf file does not start with %PDF-, and none of it is in the message', async () => {
    const file = path.join(dir, 'notes.pdf');
    await writeFile(file, 'CANARY secret notes');
    const error = await refusal(file);
    expect(error.problem).toBe(`${file} is not a PDF (it does not start with %PDF-), so Briefbook will not open it.`);
    expect(error.message).not.toContain('CANARY');
  });

  it('is refused when it is an executable named .pdf', async () => {
    const file = path.join(dir, 'run.pdf');
    await writeFile(file, '#!/bin/sh\necho hi\n', { mode: 0o755 });
    expect((await refusal(file)).problem).toMatch(/does not start with %PDF-/);
  });

  it('is refused when it is a folder named .pdf', async () => {
    const folder = path.join(dir, 'folder.pdf');
    await mkdir(folder);
    expect((await refusal(folder)).problem).toBe(`${folder} is a folder, not a PDF, so Briefbook will not open it.`);
  });

  it('is refused at once when it is a named pipe, without waiting for a writer', async () => {
    const fifo = path.join(dir, 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    expect((await refusal(fifo)).problem).toBe(`${fifo} is not a regular file (it is a pipe, socket or device), so Briefbook will not open it.`);
  });

  it('is refused when it is a link to a file that is not a PDF', async () => {
    const link = path.join(dir, 'link.pdf');
    await symlink('/etc/passwd', link);
    expect((await refusal(link)).problem).toMatch(/does not start with %PDF-/);
  });

  it('is missing when nothing is there, so it can be relocated', async () => {
    const gone = path.join(dir, 'gone', 'Memo.pdf');
    expect(await refusal(gone)).toMatchObject({ missing: true, problem: `${gone} is not there any more.` });
  });
});
