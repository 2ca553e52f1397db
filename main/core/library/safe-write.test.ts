import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableWriteError, removeStaleTempFiles, writeFileDurably } from './safe-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefbook-safe-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A process id that certainly belongs to no running process: one that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid ?? 0;
}

describe('writeFileDurably', () => {
  it('creates the file and leaves no temp file behind', async () => {
    const file = path.join(dir, 'library.json');
    await writeFileDurably(file, '{"a":1}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['library.json']);
  });

  it('replaces an existing file and keeps its permission bits', async () => {
    const file = path.join(dir, 'library.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    await writeFileDurably(file, new TextEncoder().encode('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('runs concurrent writes one at a time in call order: each resolves with its own bytes on disk, the last wins', async () => {
    const file = path.join(dir, 'library.json');
    // Large enough that an interleaved write would take many event-loop turns.
    const contents = Array.from({ length: 30 }, (_, i) => `${i}:`.padEnd(200_000, String(i % 10)));
    const onDiskWhenResolved: string[] = [];
    await Promise.all(
      contents.map((text) =>
        writeFileDurably(file, text).then(() => {
          onDiskWhenResolved.push(readFileSync(file, 'utf8'));
        }),
      ),
    );
    expect(onDiskWhenResolved).toEqual(contents);
    expect(readFileSync(file, 'utf8')).toBe(contents.at(-1));
    expect(readdirSync(dir)).toEqual(['library.json']);
  });

  it('rejects a failed write without leaving a temp file, and later writes to the same file still run', async () => {
    const file = path.join(dir, 'missing-folder', 'library.json');
    const failed = writeFileDurably(file, 'first');
    const queued = failed.catch(() => undefined).then(() => writeFileDurably(file, 'second'));
    await expect(failed).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(queued).rejects.toMatchObject({ code: 'ENOENT' });
    mkdirSync(path.dirname(file));
    await writeFileDurably(file, 'third');
    expect(readFileSync(file, 'utf8')).toBe('third');
    expect(readdirSync(path.dirname(file))).toEqual(['library.json']);
  });

  it('does not let a failed write disturb the file it was replacing', async () => {
    // A folder where the file should be: the temp file is written, but the rename must fail.
    const file = path.join(dir, 'library.json');
    mkdirSync(file);
    writeFileSync(path.join(file, 'inside'), 'kept');
    await expect(writeFileDurably(file, 'new')).rejects.toThrow();
    expect(readFileSync(path.join(file, 'inside'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['library.json']);
  });
});

describe('writeFileDurably onto links, and its errors', () => {
  it('writes through a symbolic link: the target gets the bytes, the link stays a link', async () => {
    const target = path.join(dir, 'elsewhere', 'briefing.pdf');
    mkdirSync(path.dirname(target));
    writeFileSync(target, '%PDF- old');
    const link = path.join(dir, 'briefing.pdf');
    symlinkSync(target, link);
    await writeFileDurably(link, '%PDF- new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('%PDF- new');
    expect(readdirSync(dir).sort()).toEqual(['briefing.pdf', 'elsewhere']);
  });

  it('refuses a link whose target is missing, naming both, and leaves the link as it was', async () => {
    const link = path.join(dir, 'library.json');
    const target = path.join(dir, 'unmounted-share', 'library.json');
    symlinkSync(target, link);
    const error = await writeFileDurably(link, '{}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DurableWriteError);
    expect((error as Error).message).toContain(link);
    expect((error as Error).message).toContain(target);
    expect(readlinkSync(link)).toBe(target);
  });

  it('names the file, never its temp file, when the folder is missing', async () => {
    const file = path.join(dir, 'gone', 'library.json');
    const error = await writeFileDurably(file, '{}').catch((e: unknown) => e);
    expect((error as Error).message).toBe(`Briefbook could not write ${file}: its folder does not exist. Check the path, or create the folder first; nothing was written.`);
  });

  it('says "disk full" and "read-only" in words, without the system message and its temp file name', () => {
    const system = (code: string) => Object.assign(new Error(`${code}: failed, open '/data/.library.json.12-3.tmp'`), { code });
    expect(DurableWriteError.from('/data/library.json', system('ENOSPC')).message).toBe(
      'Briefbook could not write /data/library.json: there is no space left on its disk. Free some space on that disk and try again; the file was left as it was.',
    );
    const readOnly = DurableWriteError.from('/data/library.json', system('EROFS'));
    expect(readOnly.readOnly).toBe(true);
    expect(readOnly.message).not.toContain('.tmp');
    expect(DurableWriteError.from('/data/library.json', system('EIO')).message).not.toContain('.tmp');
  });
});

describe('removeStaleTempFiles', () => {
  it('removes temp files of dead writers only, and only those of the given file', async () => {
    const dead = deadPid();
    const names = [
      'library.json',
      `.library.json.${dead}-1.tmp`,
      `.library.json.${dead}-27.tmp`,
      `.library.json.${process.pid}-3.tmp`, // a live writer (this process) may be mid-write
      `.other.json.${dead}-1.tmp`,
      'library.json.bak',
    ];
    for (const name of names) writeFileSync(path.join(dir, name), 'x');
    await removeStaleTempFiles(path.join(dir, 'library.json'));
    expect(readdirSync(dir).sort()).toEqual(
      ['library.json', `.library.json.${process.pid}-3.tmp`, `.other.json.${dead}-1.tmp`, 'library.json.bak'].sort(),
    );
  });

  it('does nothing when the folder does not exist', async () => {
    await expect(removeStaleTempFiles(path.join(dir, 'nowhere', 'library.json'))).resolves.toBeUndefined();
  });
});
