// One library file, several writers: two stores in one process stand in for the app and the CLI
// (each keeps its own copy in memory, as separate processes do); the built CLI for the real thing.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type * as FsPromises from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { projectRoot } from '../resources';
import type { Library } from '../model';
import { LibraryConflictError, LibraryFileError, LibraryReadOnlyError } from './errors';
import { loadLibraryFile, MAX_LIBRARY_BYTES } from './library-file';
import { LibraryStore } from './store';

/** Set to make the creation of a temp file (mode 'wx') fail, as a read-only place does even for root. */
const refuseTempFiles = vi.hoisted(() => ({ with: undefined as NodeJS.ErrnoException | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const open: typeof actual.open = (target, flags, mode) =>
    refuseTempFiles.with && flags === 'wx' ? Promise.reject(refuseTempFiles.with) : actual.open(target, flags, mode);
  return { ...actual, default: { ...actual, open }, open };
});

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefbook-shared-library-'));
  file = writeLibrary(path.join(dir, 'library.json'), makeLibrary());
});
afterEach(async () => {
  refuseTempFiles.with = undefined;
  await rm(dir, { recursive: true, force: true });
});

function writeLibrary(target: string, library: Library): string {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(library, null, 2)}\n`);
  return target;
}

const open = (at = file, readOnly = false) => LibraryStore.open(at, { seedFile: at, readOnly });
const addBriefing = (id: string) => (draft: Library) => void draft.briefings.push(makeBriefing(id));
const firstRecordId = () => makeLibrary().records[0]!.id;
const setSummary = (summary: string) => (draft: Library) => {
  draft.records.find((r) => r.id === firstRecordId())!.summary = summary;
};

describe('two writers on one library', () => {
  it("re-applies a change on the other writer's library: both changes land, in the file and in memory", async () => {
    const app = await open();
    const cli = await open();
    await cli.update(addBriefing('from-cli'));
    await app.update(addBriefing('from-app'));

    const saved = await loadLibraryFile(file);
    expect(saved.briefings.map((b) => b.id)).toEqual(['from-cli', 'from-app']);
    expect(app.data).toEqual(saved);
  });

  it('keeps a CLI import made between two of the app store updates', async () => {
    const app = await open();
    await app.update(addBriefing('before'));
    const article = path.join(projectRoot(), 'test', 'fixtures', 'import', 'numbered-recommendations.txt');
    await promisify(execFile)(process.execPath, [path.join(projectRoot(), 'bin', 'briefbook.js'), 'import', article, '--library', file]);
    await app.update(addBriefing('after'));

    const saved = await loadLibraryFile(file);
    expect(saved.sources.map((s) => s.id)).toContain('task-force-2019');
    expect(saved.briefings.map((b) => b.id)).toEqual(['before', 'after']);
    expect(app.data.sources.map((s) => s.id)).toContain('task-force-2019');
  }, 60_000);

  it('refuses an edit of a record the other writer changed meanwhile, naming it and keeping both versions', async () => {
    const app = await open();
    const cli = await open();
    await cli.update(setSummary('The CLI wrote this.'));

    const error = await app.update(setSummary('The app wrote this.')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LibraryConflictError);
    const conflict = error as LibraryConflictError;
    expect(conflict.entries).toEqual([{ noun: 'record', id: firstRecordId() }]);
    expect(conflict.message).toContain(`record "${firstRecordId()}"`);
    expect(conflict.message).toContain(conflict.copyFile);
    expect(path.dirname(conflict.copyFile)).toBe(dir);
    // The file keeps the other writer's version, the copy holds this one, and memory follows the file.
    const summaryIn = (library: Library) => library.records.find((r) => r.id === firstRecordId())!.summary;
    expect(summaryIn(await loadLibraryFile(file))).toBe('The CLI wrote this.');
    expect(summaryIn(await loadLibraryFile(conflict.copyFile))).toBe('The app wrote this.');
    expect(summaryIn(app.data)).toBe('The CLI wrote this.');
    // Made again on what the library holds now, the change goes through.
    await app.update(setSummary('The app wrote this.'));
    expect(summaryIn(await loadLibraryFile(file))).toBe('The app wrote this.');
  });

  it('refuses an edit of a record the other writer deleted meanwhile', async () => {
    const app = await open();
    const cli = await open();
    await cli.update((draft) => {
      draft.records = draft.records.filter((r) => r.id !== firstRecordId());
    });
    await expect(app.update(setSummary('Edited after all.'))).rejects.toMatchObject({
      name: 'LibraryConflictError',
      entries: [{ noun: 'record', id: firstRecordId() }],
    });
  });

  it('reload takes in what another writer saved, and ignores its own writes', async () => {
    const app = await open();
    const cli = await open();
    await app.update(addBriefing('own'));
    await expect(app.reload()).resolves.toBe(false);
    await cli.update(addBriefing('other'));
    await expect(app.reload()).resolves.toBe(true);
    expect(app.data.briefings.map((b) => b.id)).toEqual(['own', 'other']);
    await expect(app.reload()).resolves.toBe(false);
  });

  it('keeps the checked stamp in step with the file after a re-applied write', async () => {
    const app = await open();
    const cli = await open();
    await cli.update(addBriefing('from-cli'));
    await app.update(addBriefing('from-app'));
    const stamp = JSON.parse(readFileSync(`${file}.checked`, 'utf8')) as { sha256: string };
    expect(stamp.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });
});

describe('links, permissions and size', () => {
  it('writes through a library that is a symbolic link: the target changes, the link stays', async () => {
    const link = path.join(dir, 'shared', 'library.json');
    mkdirSync(path.dirname(link));
    symlinkSync(file, link);
    const store = await open(link);
    await store.update(addBriefing('through-the-link'));

    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(file);
    expect((await loadLibraryFile(file)).briefings.map((b) => b.id)).toEqual(['through-the-link']);
  });

  it('refuses a dangling link (an unmounted share) by name, and creates nothing in its place', async () => {
    const link = path.join(dir, 'library-link.json');
    const target = path.join(dir, 'unmounted', 'library.json');
    symlinkSync(target, link);
    const error = await LibraryStore.open(link, { seedFile: file }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LibraryFileError);
    expect(error).toMatchObject({ kind: 'broken-link', file: link });
    expect((error as Error).message).toContain(target);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(existsSync(target)).toBe(false);
  });

  it('opens a read-only library without writing anything, and refuses every change with the reason', async () => {
    const before = readFileSync(file);
    const store = await open(file, true);
    expect(store.readOnly).toBeInstanceOf(LibraryReadOnlyError);
    await expect(store.update(addBriefing('refused'))).rejects.toBeInstanceOf(LibraryReadOnlyError);
    expect(readFileSync(file)).toEqual(before);
    // Not even a checked stamp or a lock beside it.
    expect(readdirSync(dir)).toEqual(['library.json']);
  });

  it('turns read-only when the write itself is refused (as for root, whom permission bits do not stop)', async () => {
    const store = await open();
    const before = readFileSync(file);
    refuseTempFiles.with = Object.assign(new Error(`EACCES: permission denied, open '${dir}/.library.json.1-1.tmp'`), { code: 'EACCES' });

    const error = await store.update(addBriefing('refused')).catch((e: unknown) => e);
    refuseTempFiles.with = undefined;

    expect(error).toBeInstanceOf(LibraryReadOnlyError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).not.toMatch(/\.tmp|EACCES/);
    expect(store.readOnly).toBe(error);
    await expect(store.update(addBriefing('again'))).rejects.toBe(error);
    expect(readFileSync(file)).toEqual(before);
  });

  it('refuses a library over the size limit by name and size, without reading it', async () => {
    truncateSync(file, MAX_LIBRARY_BYTES + 1); // sparse: takes no disk space
    const error = await open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryFileError);
    expect(error).toMatchObject({ kind: 'too-large', file });
    expect((error as Error).message).toMatch(/it is 512 MB, and Briefbook opens libraries of up to 511 MB/);
  });
});
