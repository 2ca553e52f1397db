import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { runBriefbook, seedFile } from './run-cli';
import { xmpOf } from './matterhorn';
import { watermarkShapes } from './page-content';
import { normalize, readPdf } from './read-pdf';

let home: string;

const briefbook = (...args: string[]) => runBriefbook({ cwd: home, home: path.join(home, 'userdata') }, ...args);

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-cli-'));
});

describe('briefbook --help', () => {
  it('lists the commands, and every command has its own help', async () => {
    const top = await briefbook('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/export/);
    expect(top.stdout).toMatch(/list/);
    for (const command of ['export', 'list']) {
      const help = await briefbook(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`Usage: briefbook ${command}`));
    }
    expect((await briefbook('export', '--help')).stdout).toMatch(/--marking/);
  });
});

describe('briefbook list', () => {
  it('lists topics, sources and filtered records as JSON', async () => {
    const seed = Library.parse(JSON.parse(await readFile(seedFile, 'utf8')));
    const topics = JSON.parse((await briefbook('list', 'topics', '--json', '--library', seedFile)).stdout);
    expect(topics.map((t: { id: string }) => t.id)).toEqual(seed.topics.map((t) => t.id));
    const sources = JSON.parse((await briefbook('list', 'sources', '--json', '--library', seedFile)).stdout);
    expect(sources.map((s: { records: number }) => s.records).reduce((a: number, b: number) => a + b)).toBe(seed.records.length);
    expect(sources[0]).not.toHaveProperty('text');

    const records = JSON.parse(
      (await briefbook('list', 'records', '--json', '--library', seedFile, '--topic', 'liaison-missions')).stdout,
    );
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r: { topics: string[] }) => r.topics.includes('liaison-missions'))).toBe(true);
  });

  it('prints a readable table', async () => {
    const result = await briefbook('list', 'topics', '--library', seedFile);
    expect(result.stdout.split('\n')[0]).toMatch(/^TOPIC\s+RECORDS\s+LABEL$/);
  });

  it('creates the user library from the default library on first use', async () => {
    const result = await briefbook('list', 'sources');
    expect(result.code).toBe(0);
    const created = await readFile(path.join(home, 'userdata', 'library.json'), 'utf8');
    expect(JSON.parse(created)).toEqual(JSON.parse(await readFile(seedFile, 'utf8')));
  });

  it('rejects an unknown topic or listing with exit code 2 and says what is known', async () => {
    const unknown = await briefbook('list', 'records', '--library', seedFile, '--topic', 'nukes');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown topic "nukes"\. Known topics: .*mil-to-mil-channels/);
    const what = await briefbook('list', 'things', '--library', seedFile);
    expect(what.code).toBe(2);
    expect(what.stderr).toMatch(/cannot list "things"/);
  });
});

describe('briefbook export', () => {
  it('exports the whole default library to a PDF that holds every record', async () => {
    const seed = Library.parse(JSON.parse(await readFile(seedFile, 'utf8')));
    const out = path.join(home, 'all.pdf');
    const result = await briefbook('export', '--library', seedFile, '--out', out, '--title', 'Стратегическая стабильность: Track 2');
    expect(result.stderr).toMatch(/^briefbook: warning: the bottom line up front was not written by an analyst[^\n]*\n$/); // no error, only the note that no analyst wrote the bottom line
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*all\.pdf: \d+ pages, 57 records on \d+ topics from 2 sources\.$/m);

    const pdf = await readPdf(await readFile(out));
    for (const record of seed.records) expect(pdf.pages.join(' ')).toContain(normalize(record.statement));
    expect(pdf.pages[0]).toContain(`Page 1 of ${pdf.numPages}`);
    expect(pdf.pages.at(-1)).toContain(`Page ${pdf.numPages} of ${pdf.numPages}`);
    expect(pdf.pages.every((page) => (page.match(/UNCLASSIFIED/g) ?? []).length >= 2)).toBe(true);
    expect(pdf.pages.join(' ')).toContain('Стратегическая стабильность');
    expect(pdf.info.Title).toBe('Стратегическая стабильность: Track 2');
  });

  it('exports only the selection, with marking and draft watermark, as PDF/A when asked', async () => {
    const out = path.join(home, 'eln.pdf');
    const result = await briefbook(
      'export', '--library', seedFile, '--out', out, '--source', 'eln-2021', '--kind', 'proposal',
      '--marking', 'TLP:AMBER', '--draft', '--pdfa',
    );
    expect(result.code).toBe(0);
    const seed = Library.parse(JSON.parse(await readFile(seedFile, 'utf8')));
    const chosen = seed.records.filter((r) => r.sourceId === 'eln-2021' && r.kind === 'proposal');
    const others = seed.records.filter((r) => !chosen.includes(r));
    const pdf = await readPdf(await readFile(out));
    for (const record of chosen) expect(pdf.pages.join(' ')).toContain(normalize(record.statement));
    for (const record of others) expect(pdf.pages.join(' ')).not.toContain(normalize(record.statement));
    expect(pdf.pages[0]).toContain('TLP:AMBER');
    expect(watermarkShapes(await readFile(out))).toEqual(pdf.pages.map(() => 'DRAFT'.length));
    expect(await xmpOf(await readFile(out))).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
  });

  it('exports a briefing whose selection matches nothing when asked to, and says so', async () => {
    const out = path.join(home, 'empty.pdf');
    const result = await briefbook('export', '--library', seedFile, '--out', out, '--search', 'no-such-word-anywhere', '--allow-empty');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 page, 0 records/);
    expect((await readPdf(await readFile(out))).pages[0]).toContain('No records match');
  });

  it('refuses to replace a file that is not a PDF', async () => {
    const notes = path.join(home, 'notes.txt');
    await writeFile(notes, 'my notes');
    const result = await briefbook('export', '--library', seedFile, '--out', notes);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/notes\.txt exists and is not a PDF/);
    expect(await readFile(notes, 'utf8')).toBe('my notes');
  });

  it('names an --out folder that cannot take the file, plainly and before laying anything out', async () => {
    const notes = path.join(home, 'notes-for-out.txt');
    await writeFile(notes, 'my notes');
    const folder = path.join(home, 'a-folder.pdf');
    await mkdir(folder);
    const cases: [string, string][] = [
      [path.join(home, 'no-such-folder', 'memo.pdf'), `the folder ${path.join(home, 'no-such-folder')} does not exist. Create it first, or choose another --out.`],
      [path.join(notes, 'memo.pdf'), `${notes} is a file, not a folder. Choose another --out.`],
      [path.join(notes, 'sub', 'memo.pdf'), `${path.join(notes, 'sub')} is not a folder (part of that path is a file). Choose another --out.`],
    ];
    for (const [out, says] of cases) {
      const result = await briefbook('export', '--library', seedFile, '--out', out);
      expect(result.code, out).toBe(2);
      expect(result.stderr).toBe(`briefbook: --out ${out}: ${says}\n`);
    }
    const onFolder = await briefbook('export', '--library', seedFile, '--out', folder);
    expect(onFolder.code).toBe(2);
    expect(onFolder.stderr).toBe(`briefbook: --out ${folder} is a folder; name a file in it, such as ${path.join(folder, 'briefing.pdf')}.\n`);
    expect(await readFile(notes, 'utf8')).toBe('my notes');
  });

  it('leaves a named pipe given as --out alone, without waiting on it', async () => {
    const fifo = path.join(home, 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    const result = await briefbook('export', '--library', seedFile, '--out', fifo);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`briefbook: --out ${fifo} exists and is not a regular file; it was left untouched. Choose another file name.\n`);
  });

  it('reports a corrupt library with file and position, exits non-zero and leaves the file as it was', async () => {
    const corrupt = path.join(home, 'corrupt.json');
    const bytes = (await readFile(seedFile, 'utf8')).slice(0, 5000);
    await writeFile(corrupt, bytes);
    const result = await briefbook('export', '--library', corrupt, '--out', path.join(home, 'never.pdf'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(corrupt);
    expect(result.stderr).toMatch(/line \d+, column \d+/);
    expect(await readFile(corrupt, 'utf8')).toBe(bytes);
  });

  it('rejects a bad date with exit code 2', async () => {
    const result = await briefbook('export', '--library', seedFile, '--date', '22/11/2026');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--date: "22/11/2026" is not a date of the form YYYY-MM-DD');
  });
});

describe('briefbook export and the reading room', () => {
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

  it("records an export from your library on its shelf, so the app's reading room lists it", async () => {
    const userData = await mkdtemp(path.join(os.tmpdir(), 'briefbook-cli-shelf-'));
    const run = (...args: string[]) => runBriefbook({ cwd: userData, home: userData }, ...args);
    const out = path.join(userData, 'amber.pdf');
    const result = await run('export', '--out', out, '--title', 'Liaison missions', '--topic', 'liaison-missions', '--marking', 'TLP:AMBER');
    expect(result.stderr).toMatch(/^briefbook: warning: the bottom line up front was not written by an analyst[^\n]*\n$/); // no error, only the note that no analyst wrote the bottom line
    expect(result.stdout).toMatch(/^Added to the reading room's shelf in .*library\.json\.$/m);

    const library = Library.parse(JSON.parse(await readFile(path.join(userData, 'library.json'), 'utf8')));
    const bytes = await readFile(out);
    expect(library.shelf).toEqual([
      expect.objectContaining({
        title: 'Liaison missions',
        file: out,
        sha256: sha256(bytes),
        pages: (await readPdf(bytes)).numPages,
        marking: 'TLP:AMBER',
        origin: expect.objectContaining({ kind: 'export', templateId: 'memo', version: 1 }),
      }),
    ]);

    // The app may save a regenerated version beside it: the analyst chose this folder.
    expect(JSON.parse(await readFile(path.join(userData, 'export-folders.json'), 'utf8'))).toEqual({ folders: [await realpath(userData)] });

    // --no-shelve leaves the shelf as it was.
    await run('export', '--out', path.join(userData, 'unshelved.pdf'), '--no-shelve');
    expect(JSON.parse(await readFile(path.join(userData, 'library.json'), 'utf8')).shelf).toHaveLength(1);

    // `list shelf` says how it stands: current; out of date once a record it printed changes; missing once moved.
    const listed = await run('list', 'shelf');
    expect(listed.stdout.split('\n')[1]).toMatch(/^current\s+v1\s+\d+\s+TLP:AMBER\s+\d{4}-\d\d-\d\d\s+Liaison missions\s+.*amber\.pdf$/);
    const printed = (library.shelf[0]!.origin as { records: { id: string }[] }).records[0]!.id;
    const edited = { ...library, records: library.records.map((r) => (r.id === printed ? { ...r, summary: 'Reopen liaison missions.' } : r)) };
    await writeFile(path.join(userData, 'library.json'), JSON.stringify(edited));
    const [stale] = JSON.parse((await run('list', 'shelf', '--json')).stdout);
    expect(stale).toMatchObject({ state: 'out of date', changes: { edited: [{ id: printed, summary: 'Reopen liaison missions.', fields: ['summary'] }] } });
    await rename(out, `${out}.moved`);
    expect((await run('list', 'shelf')).stdout.split('\n')[1]).toMatch(/^missing\s/);
  });

  it('leaves a --library file untouched unless --shelve is given', async () => {
    const file = path.join(home, 'shared-library.json');
    const original = await readFile(seedFile, 'utf8');
    await writeFile(file, original);
    await briefbook('export', '--library', file, '--out', path.join(home, 'from-shared.pdf'));
    expect(await readFile(file, 'utf8')).toBe(original);

    const out = path.join(home, 'shelved-from-shared.pdf');
    const result = await briefbook('export', '--library', file, '--out', out, '--shelve');
    expect(result.code).toBe(0);
    const shelf = Library.parse(JSON.parse(await readFile(file, 'utf8'))).shelf;
    expect(shelf.map((entry) => [entry.file, entry.sha256])).toEqual([[out, sha256(await readFile(out))]]);
  });
});
