// importFile and addImportToLibrary against a real library store: imports land whole, and every
// kind of bad input is a typed ImportError that leaves the library file byte for byte unchanged.
import { copyFile, mkdtemp, open, readFile, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeFixturePdf } from '../../../test/fixtures/import/make-fixture-pdf';
import { LibraryStore } from '../library';
import type { ImportErrorKind } from './errors';
import { ImportError } from './errors';
import { addImportToLibrary, importBytes, importFile, UNSORTED_TOPIC } from './import-source';
import { MAX_IMPORT_BYTES } from './read-document';

const root = path.resolve(import.meta.dirname, '../../..');
const seedFile = path.join(root, 'data/library.json');
const fixtures = path.join(root, 'test/fixtures/import');
let dir: string;
let libraryFile: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-import-'));
  libraryFile = path.join(dir, 'library.json');
  await copyFile(seedFile, libraryFile);
});

/** Opens the test library, runs an import of `file` and adds it; returns the store. */
async function importInto(file: string, options: { encoding?: string; maxBytes?: number } = {}): Promise<LibraryStore> {
  const store = await LibraryStore.open(libraryFile, { seedFile });
  const result = await importFile(file, { topics: store.data.topics, today: new Date('2026-01-02T00:00:00Z'), ...options });
  await addImportToLibrary(store, result, new Date('2026-01-02T00:00:00Z'));
  return store;
}

/** Asserts that importing `file` fails with an ImportError of `kind` naming the file, and changes no byte of the library. */
async function expectRefused(file: string, kind: ImportErrorKind, message: RegExp, options = {}): Promise<void> {
  const before = await readFile(libraryFile);
  const error = await importInto(file, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).kind).toBe(kind);
  expect((error as ImportError).message).toContain(path.basename(file));
  expect((error as ImportError).message).toMatch(message);
  expect((error as ImportError).hint.length).toBeGreaterThan(10);
  expect(await readFile(libraryFile)).toEqual(before);
}

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('importFile and addImportToLibrary', () => {
  it('adds the source and every candidate as records in one change, with unique ids and valid provenance', async () => {
    const store = await importInto(path.join(fixtures, 'prose-report.txt'));
    const saved = JSON.parse(await readFile(libraryFile, 'utf8'));
    const source = saved.sources.at(-1);
    expect(source).toMatchObject({
      id: 'nordic-russian-security-dialogue-2022',
      title: 'Retired Generals Urge Moscow and Washington to Revive Hotlines',
      authors: ['Margaret Ellison'],
      date: '2022-03-12',
      publisher: 'Unknown publisher',
      track: '2',
      language: 'en',
    });
    const records = saved.records.filter((r: { sourceId: string }) => r.sourceId === source.id);
    expect(records).toHaveLength(10);
    expect(records[0].id).toBe('nordic-russian-security-dialogue-2022-01');
    for (const record of records) {
      expect(record.statement).toBe(source.text.slice(record.location.start, record.location.end));
      expect(record.tags).toEqual(['imported', 'unreviewed']);
      expect(record.topics.length).toBeGreaterThan(0);
    }
    // A record no topic was suggested for is filed under the (then created) unsorted topic.
    expect(store.data.topics.some((t) => t.id === UNSORTED_TOPIC.id)).toBe(records.some((r: { topics: string[] }) => r.topics.includes('unsorted')));
  });

  it('lists the fields it could not find and fills them with placeholders', async () => {
    const file = await write('notes.txt', 'The group urged both sides to resume military contacts without delay.\n');
    const result = await importFile(file, { topics: [], today: new Date('2026-01-02T00:00:00Z') });
    expect(result.missing).toEqual(['date', 'publisher']);
    expect(result.source).toMatchObject({ date: '2026-01-02', publisher: 'Unknown publisher' });
  });

  it('reads a file already in memory (dropped on the window) exactly as one on disk', async () => {
    const file = path.join(fixtures, 'workshop-notes.md');
    const options = { topics: [], today: new Date('2026-01-02T00:00:00Z') };
    const fromBytes = await importBytes(await readFile(file), 'workshop-notes.md', options);
    expect({ ...fromBytes, file }).toEqual(await importFile(file, options));
    await expect(importBytes(new Uint8Array(), 'empty.md', options)).rejects.toMatchObject({ kind: 'empty' });
    await expect(importBytes(new Uint8Array(10), 'big.txt', { ...options, maxBytes: 5 })).rejects.toMatchObject({ kind: 'too-large' });
  });

  it('refuses a text the library already holds, leaving the library unchanged', async () => {
    await expectRefused(path.join(root, 'data/sources/elbe-group-track2-2019.txt'), 'duplicate', /already holds this text as source "elbe-2019"/);
  });
});

describe('bad input', () => {
  it('refuses a file that does not exist', async () => {
    await expectRefused(path.join(dir, 'missing.txt'), 'not-found', /no such file/);
  });

  it('refuses an empty file, and one with only blank lines', async () => {
    await expectRefused(await write('empty.txt', ''), 'empty', /empty \(0 bytes\)/);
    await expectRefused(await write('blank.md', '\n  \n\t\n'), 'empty', /no text/);
  });

  it('refuses binary files: NUL bytes, images, and word-processor files by name', async () => {
    await expectRefused(await write('program.txt', Buffer.from('7f454c4602010100000000000000000003003e0001000000', 'hex')), 'binary', /binary/);
    await expectRefused(await write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'binary', /PNG image/);
    await expectRefused(await write('report.docx', Buffer.from('PK\x03\x04rest-of-zip', 'latin1')), 'unsupported', /Word \.docx/);
  });

  it('refuses invalid UTF-8 with the line and a guess, and reads it when the encoding is named', async () => {
    const russian = 'Заголовок статьи\n\nУчастники встречи согласились, что диалог между военными необходимо возобновить без промедления.\n';
    const cp1251 = Buffer.from(
      [...russian].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))),
    );
    const file = await write('cp1251.txt', cp1251);
    await expectRefused(file, 'encoding', /not valid UTF-8 \(line 1, byte 1\); it may be Russian text in Windows-1251/);
    const store = await importInto(file, { encoding: 'windows-1251' });
    expect(store.data.sources.at(-1)!.text).toBe(russian.trim());
    await expectRefused(await write('latin1.txt', Buffer.from('Caf\xe9 society in M\xfcnchen.\n', 'latin1')), 'encoding', /Windows-1252 or Latin-1/);
  });

  it('reads UTF-16 text with a byte-order mark, and names UTF-16 without one', async () => {
    const text = 'A Title\n\nThe group urged both governments to resume regular military contacts at once.';
    const store = await importInto(await write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    expect(store.data.sources.at(-1)!.text).toBe(text);
    await expectRefused(await write('utf16-nobom.txt', Buffer.from(`${text} Again.`, 'utf16le')), 'encoding', /UTF-16 text without a byte-order mark/);
  });

  it('refuses a file over 50 MB before reading it, naming its size and the limit', async () => {
    const huge = path.join(dir, 'huge.txt');
    await (await open(huge, 'w')).close();
    await truncate(huge, MAX_IMPORT_BYTES + 1);
    await expectRefused(huge, 'too-large', /: it is 52,428,801 bytes; the limit is 52,428,800 bytes \(50 MB\) for a file to import\./);
    await truncate(huge, Math.round(73.4 * 1024 * 1024));
    await expectRefused(huge, 'too-large', /: it is 73\.4 MB; the limit is 50 MB for a file to import\./);
    await expectRefused(await write('small.txt', 'x'.repeat(2048)), 'too-large', /it is 2 KB; the limit is 1 KB/, { maxBytes: 1024 });
  });

  it('refuses a PDF cut in half as truncated, and a damaged or fake PDF clearly', async () => {
    const pdf = await makeFixturePdf(path.join(fixtures, 'hyphenated-brief.pdf.json'));
    await expectRefused(await write('half.pdf', pdf.subarray(0, Math.floor(pdf.length / 2))), 'truncated', /without its end-of-file marker/);
    await expectRefused(await write('fake.pdf', 'This is not a PDF at all, just text named .pdf'), 'damaged', /not a PDF/);
    const garbled = Buffer.from(pdf);
    garbled.fill(0x20, 200, garbled.length - 100);
    await expectRefused(await write('garbled.pdf', garbled), 'damaged', /pdf\.js could not read the PDF/);
  });

  it('imports an HTML page cut off mid-tag (parsers recover), keeping what was read', async () => {
    const html = (await readFile(path.join(fixtures, 'dialogue-page.html'), 'utf8')).split('<h2>Transparency')[0]! + '<p class="cut';
    const store = await importInto(await write('cut.html', html));
    expect(store.data.sources.at(-1)!.text).toContain('Existing incidents-at-sea agreements be reviewed annually');
  });

  it('changes nothing when the store refuses the change', async () => {
    const store = await LibraryStore.open(libraryFile, { seedFile });
    const result = await importFile(path.join(fixtures, 'prose-report.txt'), { topics: store.data.topics });
    const before = await readFile(libraryFile);
    const broken = { ...result, candidates: [...result.candidates, { ...result.candidates[0]!, statement: 'not in the text' }] };
    await expect(addImportToLibrary(store, broken)).rejects.toThrow(/differs from the text of source/);
    expect(await readFile(libraryFile)).toEqual(before);
    expect(store.data.sources.some((s) => s.text === result.source.text)).toBe(false);
  });
});
