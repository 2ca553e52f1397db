import { access, copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findRecords } from '../main/core/library/query';
import { Library } from '../main/core/model';
import { readPdf } from './read-pdf';
import { root, runBriefbook, seedFile } from './run-cli';

let home: string;

const briefbook = (...args: string[]) => runBriefbook({ cwd: home, home: path.join(home, 'userdata') }, ...args);
const exists = (file: string) => access(file).then(() => true, () => false);

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-cli-inputs-'));
});

describe('briefbook export --date', () => {
  it('refuses a day that is not on the calendar as a usage error, before writing anything', async () => {
    const out = path.join(home, 'no-such-day.pdf');
    const result = await briefbook('export', '--library', seedFile, '--date', '2026-02-30', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--date: there is no such day as "2026-02-30": February 2026 has 28 days');
    expect(await exists(out)).toBe(false);
  });

  it('says how long the month is for a day past its end, and that there is no month 13', async () => {
    const april = await briefbook('export', '--library', seedFile, '--date', '2026-04-31', '--out', path.join(home, 'april.pdf'));
    expect([april.code, april.stderr]).toEqual([2, expect.stringContaining('--date: there is no such day as "2026-04-31": April 2026 has 30 days')]);
    const month = await briefbook('export', '--library', seedFile, '--date', '2026-13-01', '--out', path.join(home, 'month.pdf'));
    expect([month.code, month.stderr]).toEqual([2, expect.stringContaining('--date: there is no such day as "2026-13-01": months run from 01 to 12')]);
  });

  it('takes 29 February in a leap year', async () => {
    const out = path.join(home, 'leap-day.pdf');
    const result = await briefbook('export', '--library', seedFile, '--date', '2028-02-29', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(await exists(out)).toBe(true);
  });
});

describe('a library holding a briefing dated a day that is not on the calendar', () => {
  it('is refused as it is, naming the file, the briefing, its date field and line, and left unchanged', async () => {
    const library = path.join(home, 'leap-day-library.json');
    const seed = JSON.parse(await readFile(seedFile, 'utf8')) as { briefings: object[] };
    const saved = '2026-03-01T09:00:00Z';
    seed.briefings.push({ id: 'briefing-mk3x9q', title: 'Arctic channels', date: '2026-02-30', createdAt: saved, updatedAt: saved });
    const text = `${JSON.stringify(seed, null, 2)}\n`;
    await writeFile(library, text);
    const line = text.slice(0, text.indexOf('"date": "2026-02-30"')).split('\n').length;
    const result = await briefbook('list', 'sources', '--library', library);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(library);
    expect(result.stderr).toContain(`briefings[0].date (line ${line}, briefing “Arctic channels”): there is no such day as "2026-02-30": February 2026 has 28 days.`);
    expect(await readFile(library, 'utf8')).toBe(text);
  });
});

describe('briefbook export of a selection that matches nothing', () => {
  it('is refused, saying what was asked, and nothing is written or shelved', async () => {
    const library = path.join(home, 'empty-selection-library.json');
    await copyFile(seedFile, library);
    const before = await readFile(library, 'utf8');
    const out = path.join(home, 'empty.pdf');
    const result = await briefbook('export', '--library', library, '--shelve', '--kind', 'concern', '--search', 'zqxjv', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the selection matches no records: --kind concern --search "zqxjv"; nothing was written/);
    expect(await exists(out)).toBe(false);
    expect(await readFile(library, 'utf8')).toBe(before);
  });

  it('is exported and shelved with --allow-empty', async () => {
    const library = path.join(home, 'allow-empty-library.json');
    await copyFile(seedFile, library);
    const out = path.join(home, 'allowed-empty.pdf');
    const result = await briefbook('export', '--library', library, '--shelve', '--search', 'zqxjv', '--allow-empty', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/0 records/);
    expect(await exists(out)).toBe(true);
    expect(await readFile(library, 'utf8')).toMatch(/allowed-empty\.pdf/);
  });
});

describe('briefbook --version', () => {
  it("prints the version in package.json", async () => {
    const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const result = await briefbook('--version');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });
});

describe('briefbook export --json', () => {
  it('prints what was written as one JSON object, and nothing else on stdout', async () => {
    const out = path.join(home, 'as-json.pdf');
    const result = await briefbook('export', '--library', seedFile, '--source', 'eln-2021', '--kind', 'proposal', '--template', 'one-pager', '--out', out, '--json');
    expect(result.code, result.stderr).toBe(0);
    const written = JSON.parse(result.stdout) as Record<string, unknown>;
    const seed = Library.parse(JSON.parse(await readFile(seedFile, 'utf8')));
    const records = seed.records.filter((r) => r.sourceId === 'eln-2021' && r.kind === 'proposal');
    const topics = new Set(records.map((r) => r.topics[0]));
    const pdf = await readPdf(await readFile(out));
    expect(written).toEqual({
      file: out,
      pages: pdf.pages.length,
      records: records.length,
      topics: topics.size,
      sources: 1,
      template: 'one-pager',
      shelf: null,
    });
  });
});

describe('briefbook export, the "Wrote" line', () => {
  it('puts its counts in the singular for one record on one topic from one source', async () => {
    const seed = Library.parse(JSON.parse(await readFile(seedFile, 'utf8')));
    // A selection of exactly one record: its topic, source and kind, when no other record shares all three.
    const single = seed.records.find(
      (record) => findRecords(seed, { topics: [record.topics[0]!], sources: [record.sourceId], kinds: [record.kind] }).length === 1,
    )!;
    const out = path.join(home, 'single.pdf');
    const result = await briefbook('export', '--library', seedFile, '--topic', single.topics[0]!, '--source', single.sourceId, '--kind', single.kind, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*single\.pdf: \d+ pages?, 1 record on 1 topic from 1 source\.$/m);
  });
});
