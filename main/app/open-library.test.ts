import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBriefing, makeLibrary } from '../../test/fixtures/library';
import { LibraryFileError } from '../core/library';
import { MAX_LIBRARY_BYTES } from '../core/library/library-file';
import { openLibrary } from './open-library';

vi.mock('electron', () => ({}));

let dir: string;
let seedFile: string;
let userFile: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-open-library-'));
  seedFile = path.join(dir, 'resources', 'data', 'library.json');
  userFile = path.join(dir, 'user-data', 'library.json');
  mkdirSync(path.dirname(seedFile), { recursive: true });
  writeFileSync(seedFile, `${JSON.stringify(makeLibrary(), null, 2)}\n`);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function writeUserFile(text: string): Buffer {
  mkdirSync(path.dirname(userFile), { recursive: true });
  writeFileSync(userFile, text);
  return readFileSync(userFile);
}

describe('openLibrary', () => {
  it('creates the analyst library from the seed on first run, writable', async () => {
    const opened = await openLibrary(userFile, seedFile);
    expect(opened.unusable).toBeUndefined();
    expect(opened.store.file).toBe(userFile);
    await opened.store.update((library) => {
      library.briefings.push(makeBriefing('first'));
    });
    expect(JSON.parse(readFileSync(userFile, 'utf8')).briefings).toHaveLength(1);
    opened.close();
  });

  it('falls back to a read-only copy of the seed when the analyst file is broken, leaving that file untouched', async () => {
    const bytes = writeUserFile('{\n  "schemaVersion": 1,\n  "topics": [\n');
    const opened = await openLibrary(userFile, seedFile);

    expect(opened.unusable).toBeInstanceOf(LibraryFileError);
    expect(opened.unusable!.file).toBe(userFile);
    expect(opened.unusable!.message).toContain(userFile);
    expect(opened.unusable!.line).toBeGreaterThan(0);
    expect(opened.store.data).toEqual(makeLibrary());
    expect(path.dirname(opened.store.file)).not.toBe(path.dirname(userFile));

    await expect(opened.store.update((library) => void library.briefings.push(makeBriefing('lost')))).rejects.toBe(opened.unusable);
    expect(opened.store.data.briefings).toEqual([]);
    expect(readFileSync(userFile)).toEqual(bytes);
    expect(readFileSync(opened.store.file, 'utf8')).toBe(readFileSync(seedFile, 'utf8'));

    opened.close();
    expect(existsSync(path.dirname(opened.store.file))).toBe(false);
    expect(readFileSync(userFile)).toEqual(bytes);
  });

  it('opens a library over the size limit read-only on the default library, rather than refusing to start', async () => {
    writeUserFile('{}');
    truncateSync(userFile, MAX_LIBRARY_BYTES + 1); // sparse: takes no disk space
    const opened = await openLibrary(userFile, seedFile);
    expect(opened.unusable).toMatchObject({ kind: 'too-large', file: userFile });
    expect(opened.store.readOnly).toBe(opened.unusable);
    expect(opened.store.data).toEqual(makeLibrary());
    await expect(opened.store.update((library) => void library.briefings.push(makeBriefing('lost')))).rejects.toBe(opened.unusable);
    expect(statSync(userFile).size).toBe(MAX_LIBRARY_BYTES + 1);
    opened.close();
  });

  it('names the offending field of a file that parses but is invalid', async () => {
    const library = makeLibrary() as unknown as { records: { kind: string }[] };
    library.records[0]!.kind = 'rumour';
    writeUserFile(JSON.stringify(library, null, 2));
    const { unusable, close } = await openLibrary(userFile, seedFile);
    expect(unusable?.kind).toBe('invalid');
    expect(unusable?.message).toMatch(/records\[0\]\.kind \(line \d+\)/);
    close();
  });

  it('gives up when the shipped seed itself is broken, leaving no temp folder behind', async () => {
    writeUserFile('not json');
    writeFileSync(seedFile, 'not json either');
    const before = new Set(tempFolders());
    await expect(openLibrary(userFile, seedFile)).rejects.toMatchObject({ name: 'LibraryFileError', file: seedFile });
    expect(tempFolders().filter((name) => !before.has(name))).toEqual([]);
  });
});

function tempFolders(): string[] {
  return readdirSync(os.tmpdir()).filter((name) => name.startsWith('briefbook-default-library-'));
}
