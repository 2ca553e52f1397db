// `briefbook import` through the real built entry point: the JSON shape, dry runs, adding to the
// library, and errors that leave the library untouched.
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { makeFixturePdf } from './fixtures/import/make-fixture-pdf';
import { root, runBriefbook, seedFile } from './run-cli';

const fixture = path.join(root, 'test', 'fixtures', 'import', 'numbered-recommendations.txt');
let home: string;
let library: string;

const briefbook = (...args: string[]) => runBriefbook({ cwd: home, home: path.join(home, 'userdata') }, ...args);

beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-cli-import-'));
  library = path.join(home, 'library.json');
  await copyFile(seedFile, library);
});

describe('briefbook import', () => {
  it('--json --dry-run prints one JSON object { source, candidates } and changes nothing', async () => {
    const before = await readFile(library);
    const result = await briefbook('import', fixture, '--json', '--dry-run', '--library', library);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['source', 'candidates']);
    expect(output.source).toMatchObject({ id: 'task-force-2019', title: 'Task Force on U.S.-Russian Strategic Stability', date: '2019-11-14' });
    expect(output.candidates).toHaveLength(7);
    for (const candidate of output.candidates) {
      expect(candidate).toMatchObject({
        statement: expect.any(String),
        section: expect.any(String),
        kind: expect.stringMatching(/^(recommendation|proposal|finding|concern)$/),
        topics: expect.any(Array),
        location: { start: expect.any(Number), end: expect.any(Number) },
      });
      expect(candidate.statement).toBe(output.source.text.slice(candidate.location.start, candidate.location.end));
    }
    expect(await readFile(library)).toEqual(before);
  });

  it('adds the source and its candidates as records, and prints a summary', async () => {
    const result = await briefbook('import', fixture, '--library', library);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/7 candidate records: 5 recommendations, 1 finding, 1 concern\./);
    expect(result.stdout).toMatch(/Added source "task-force-2019" and 7 records/);
    const saved = Library.parse(JSON.parse(await readFile(library, 'utf8')));
    expect(saved.records.filter((r) => r.sourceId === 'task-force-2019')).toHaveLength(7);
  });

  it('imports a PDF: the built CLI hands pdf.js its bundled worker (no import() at run time)', async () => {
    const pdf = path.join(home, 'brief.pdf');
    await writeFile(pdf, await makeFixturePdf(path.join(root, 'test', 'fixtures', 'import', 'hyphenated-brief.pdf.json')));
    const result = await briefbook('import', pdf, '--library', library);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^brief\.pdf \(pdf\): "Restoring Military Contacts between NATO and Russia"/);
    const saved = Library.parse(JSON.parse(await readFile(library, 'utf8')));
    const source = saved.sources.find((s) => s.title === 'Restoring Military Contacts between NATO and Russia');
    expect(saved.records.filter((r) => r.sourceId === source?.id)).toHaveLength(7);
  });

  it('reports a bad file on stderr with a non-zero exit and leaves the library as it was', async () => {
    const before = await readFile(library);
    const binary = path.join(home, 'image.txt');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const result = await briefbook('import', binary, '--library', library);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^briefbook: Briefbook could not import image\.txt: it is a PNG image\./);
    expect(await readFile(library)).toEqual(before);
  });

  it('refuses a --library file that does not exist rather than starting a new one', async () => {
    const result = await briefbook('import', fixture, '--library', path.join(home, 'typo.json'));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/typo\.json/);
  });

  it('spells a Russian title in Latin letters for the source id (the bundled transliteration)', async () => {
    const article = path.join(home, 'mirnyi.txt');
    const text = 'Мирный диалог: итоги встречи\n\nДата: 12 марта 2024 года\n\n1. Восстановить каналы связи между военными.\n';
    await writeFile(article, text);
    const result = await briefbook('import', article, '--json', '--dry-run', '--library', library);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).source.id).toBe('mirniy-dialog-itogi-vstrechi-2024');
  });
});
