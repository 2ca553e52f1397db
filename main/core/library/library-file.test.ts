import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { composeBriefing } from '../compose/compose';
import { exportShelfEntry } from '../shelf/shelve';
import { LIBRARY_SCHEMA_VERSION } from '../model';
import { LibraryFileError } from './errors';
import type { LibraryFileErrorKind } from './errors';
import { loadLibraryFile } from './library-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefbook-library-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A copy of `value` without `keys`, as a file that leaves those fields out would read. */
function without<T extends object>(value: T, ...keys: (keyof T)[]): Partial<T> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

function writeLibrary(contents: string | Uint8Array): string {
  const file = path.join(dir, 'library.json');
  writeFileSync(file, contents);
  return file;
}

/** 1-based number of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`${needle} is not in the text`);
  return text.slice(0, index).split('\n').length;
}

/** Loads `file`, expecting a LibraryFileError of `kind`, and checks the file's bytes did not change. */
async function loadError(file: string, kind: LibraryFileErrorKind): Promise<LibraryFileError> {
  const before = readFileSync(file);
  const error = await loadLibraryFile(file).then(
    () => {
      throw new Error(`expected ${file} to be refused`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LibraryFileError);
  const fileError = error as LibraryFileError;
  expect(fileError.kind).toBe(kind);
  expect(fileError.file).toBe(file);
  expect(fileError.message).toContain(file);
  expect(fileError.message).toContain(fileError.hint);
  expect(readFileSync(file)).toEqual(before);
  return fileError;
}

describe('loadLibraryFile', () => {
  it('returns the validated library', async () => {
    await expect(loadLibraryFile(writeLibrary(pretty(makeLibrary())))).resolves.toEqual(makeLibrary());
  });

  it('fills in defaults for fields the file leaves out', async () => {
    const written = makeLibrary();
    const record = without(written.records[0]!, 'addressees', 'tags');
    const file = writeLibrary(pretty({ ...without(written, 'briefings'), records: [record, written.records[1]] }));
    const library = await loadLibraryFile(file);
    expect(library.briefings).toEqual([]);
    expect(library.records[0]).toMatchObject({ addressees: [], tags: [] });
  });

  it('accepts a byte order mark at the start of the file', async () => {
    await expect(loadLibraryFile(writeLibrary(`\uFEFF${pretty(makeLibrary())}`))).resolves.toEqual(makeLibrary());
  });

  it('reports a missing file as not-found', async () => {
    const file = path.join(dir, 'nowhere.json');
    await expect(loadLibraryFile(file)).rejects.toMatchObject({
      name: 'LibraryFileError',
      kind: 'not-found',
      file,
      message: expect.stringContaining(`${file}: there is no such file.`),
    });
  });

  it('reports a folder as unreadable', async () => {
    const file = path.join(dir, 'folder.json');
    mkdirSync(file);
    await expect(loadLibraryFile(file)).rejects.toMatchObject({
      kind: 'unreadable',
      message: expect.stringContaining(`${file}: it is a folder, not a file.`),
    });
  });

  it('reports a truncated file with the line and column where it was cut', async () => {
    const text = pretty(makeLibrary());
    const cut = text.slice(0, text.indexOf('"speaker"') + 12);
    const file = writeLibrary(cut);
    const error = await loadError(file, 'parse');
    const lines = cut.split('\n');
    expect(error).toMatchObject({ line: lines.length, column: lines.at(-1)!.length + 1, position: cut.length });
    expect(error.message).toBe(
      `Briefbook could not read its library: ${file}, line ${lines.length}, column ${lines.at(-1)!.length + 1}: ` +
        'it is not valid JSON: unterminated string. The file has not been changed. Correct the JSON at that place, ' +
        'restore it from a backup, or move it aside to start from the default library.',
    );
  });

  it('reports garbage bytes with the line and column of the first bad character', async () => {
    const file = writeLibrary(Uint8Array.from([0x7b, 0x0a, 0x00, 0xff, 0xfe, 0x13, 0x37]));
    const error = await loadError(file, 'parse');
    expect(error).toMatchObject({ line: 2, column: 1, position: 2 });
    expect(error.message).toContain(`${file}, line 2, column 1: it is not valid JSON:`);
  });

  it('reports an empty file', async () => {
    const error = await loadError(writeLibrary(''), 'parse');
    expect(error.message).toContain('it is not valid JSON: the file is empty.');
  });

  it('reports a field of the wrong type with its path, line and the schema message', async () => {
    const library = makeLibrary();
    const text = pretty(library).replace(`"end": ${library.records[1]!.location.end}`, '"end": "late"');
    const file = writeLibrary(text);
    const error = await loadError(file, 'invalid');
    const line = lineOf(text, '"end": "late"');
    expect(error).toMatchObject({ field: 'records[1].location.end', line, column: 16 });
    expect(error.message).toContain(
      `${file}: it does not match the library format: records[1].location.end (line ${line}): ` +
        'Invalid input: expected number, received string.',
    );
  });

  it('reports a missing field as missing, at the line of the entry that lacks it', async () => {
    const library = makeLibrary();
    const text = pretty({ ...library, records: [without(library.records[0]!, 'summary'), library.records[1]] });
    const error = await loadError(writeLibrary(text), 'invalid');
    expect(error).toMatchObject({ field: 'records[0].summary', line: lineOf(text, '"records": [') + 1 });
    expect(error.message).toContain('records[0].summary (line');
    expect(error.message).toContain('missing (expected string)');
  });

  it('lists the first few issues, not all of them', async () => {
    const library = makeLibrary();
    for (const topic of library.topics) topic.id = 'Not An Id';
    for (const record of library.records) record.kind = 'rumour' as never;
    const error = await loadError(writeLibrary(pretty(library)), 'invalid');
    expect(error.issues).toHaveLength(4);
    expect(error.message).toMatch(/topics\[0\]\.id \(line \d+\): use lowercase letters.*; topics\[1\]\.id .*; records\[0\]\.kind .*; and 1 more\./);
  });

  it('reports a file that is not one JSON object', async () => {
    const error = await loadError(writeLibrary('[1, 2]\n'), 'invalid');
    expect(error.message).toContain('the file must hold one JSON object');
  });

  it('refuses a file from a newer Briefbook, naming both versions', async () => {
    const newer = LIBRARY_SCHEMA_VERSION + 1;
    const file = writeLibrary(pretty({ ...makeLibrary(), schemaVersion: newer }));
    const error = await loadError(file, 'too-new');
    expect(error).toMatchObject({ field: 'schemaVersion', line: 2 });
    expect(error.message).toBe(
      `Briefbook could not read its library: ${file}, line 2, column 20: it was written by a newer Briefbook ` +
        `(schema version ${newer}); this version reads up to schema version ${LIBRARY_SCHEMA_VERSION}. The file has not been changed. ` +
        'Update Briefbook to open it, or choose another library file.',
    );
  });

  it('refuses a file without schemaVersion, saying what to add', async () => {
    const error = await loadError(writeLibrary(pretty(without(makeLibrary(), 'schemaVersion'))), 'invalid');
    expect(error.field).toBe('schemaVersion');
    expect(error.message).toContain(`it has no schemaVersion; a library for this version of Briefbook starts with "schemaVersion": ${LIBRARY_SCHEMA_VERSION}.`);
  });

  it('refuses a briefing dated a day that is not on the calendar, naming the briefing, its date and its line', async () => {
    const library = makeLibrary();
    library.briefings.push(makeBriefing('briefing-mk3x9q', 'Arctic channels'), { ...makeBriefing('briefing-mk3xa1', 'Leap day'), date: '2026-02-30' });
    const text = pretty(library);
    const file = writeLibrary(text);
    const error = await loadError(file, 'invalid');
    const line = lineOf(text, '"date": "2026-02-30"');
    expect(error).toMatchObject({ field: 'briefings[1].date', line });
    expect(error.message).toContain(
      `${file}: it does not match the library format: briefings[1].date (line ${line}, briefing “Leap day”): ` +
        'there is no such day as "2026-02-30": February 2026 has 28 days. The file has not been changed. Correct what is named above,',
    );
  });

  it('opens a library whose shelf holds an export dated a day that is not on the calendar: what was printed is history', async () => {
    const library = makeLibrary();
    const briefing = { ...makeBriefing('briefing-mk3x9q', 'Exported with --date 2026-02-30'), date: '2026-02-30' };
    const facts = { model: composeBriefing(library, briefing), bytes: new Uint8Array([37, 80, 68, 70]), pageCount: 1, marking: '', file: '/b.pdf', at: new Date('2026-03-01T00:00:00Z') };
    library.shelf.push(exportShelfEntry(library, { ...facts, briefing }));
    const loaded = await loadLibraryFile(writeLibrary(pretty(library)));
    expect(loaded.shelf[0]!.origin).toMatchObject({ kind: 'export', request: { date: '2026-02-30' } });
  });

  it('reports broken references as integrity errors with path and line', async () => {
    const library = makeLibrary();
    library.records[1]!.sourceId = 'no-such-source';
    const text = pretty(library);
    const file = writeLibrary(text);
    const error = await loadError(file, 'integrity');
    const line = lineOf(text, '"sourceId": "no-such-source"');
    expect(error).toMatchObject({ field: 'records[1].sourceId', line });
    expect(error.issues).toEqual([
      { path: ['records', 1, 'sourceId'], message: 'no source has the id "no-such-source"', line },
    ]);
    expect(error.message).toContain(
      `${file}: its entries do not fit together: records[1].sourceId (line ${line}): no source has the id "no-such-source".`,
    );
  });
});
