// What `briefbook export` takes and checks before a memo goes upward: kinds in the default
// title, the bottom line's author, unreviewed imports, key records, source dates, paper, and
// the marking, author and version in the PDF's metadata.
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { readPdf } from './read-pdf';
import { root, runBriefbook, seedFile } from './run-cli';

let home: string;
let seed: Library;

/** No locale variables unless a test sets them: each test says which paper it expects. */
const NO_LOCALE = { LC_ALL: '', LC_PAPER: '', LANG: '' };

const briefbook = (...args: string[]) => runBriefbook({ cwd: home, home: path.join(home, 'userdata'), env: { ...NO_LOCALE, LANG: 'en_GB.UTF-8' } }, ...args);
const briefbookIn = (env: NodeJS.ProcessEnv, ...args: string[]) => runBriefbook({ cwd: home, home: path.join(home, 'userdata'), env: { ...NO_LOCALE, ...env } }, ...args);

/** Exports with `args` from `library` (default: the seed) to a fresh file; returns the run and the PDF's bytes. */
async function exported(name: string, args: string[], library = seedFile) {
  const out = path.join(home, `${name}.pdf`);
  const result = await briefbook('export', '--library', library, '--out', out, ...args);
  expect(result.code, result.stderr).toBe(0);
  return { result, bytes: await readFile(out) };
}

/** The XMP packet (PDFKit writes it uncompressed). */
function xmpOf(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('utf8');
  return text.slice(text.indexOf('<x:xmpmeta'), text.indexOf('</x:xmpmeta>'));
}

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-memo-inputs-'));
  seed = Library.parse(JSON.parse(await readFile(seedFile, 'utf8')));
});

describe('defaults follow the selection', () => {
  it('titles a book of concerns "Concerns", never "Recommendations"', async () => {
    const { bytes } = await exported('concerns', ['--kind', 'concern', '--template', 'book']);
    const pdf = await readPdf(bytes);
    expect(pdf.info.Title).toBe('Track 2 Dialogue Concerns');
    expect(pdf.info.Subject).toBe('Concerns of Track 2 security dialogues');
    expect(pdf.pages[0]).toContain('Track 2 Dialogue Concerns');
    expect(pdf.pages.join(' ')).not.toMatch(/Dialogue Recommendations/);
  });

  it('names two kinds in the title', async () => {
    const { bytes } = await exported('two-kinds', ['--kind', 'proposal,recommendation']);
    expect((await readPdf(bytes)).info.Title).toBe('Track 2 Dialogue Recommendations and Proposals');
  });
});

describe('a bottom line the analyst did not write', () => {
  it('is exported with a warning on stderr, and nothing about it on stdout', async () => {
    const { result } = await exported('no-bluf', ['--topic', 'arctic']);
    expect(result.stderr).toMatch(/^briefbook: warning: the bottom line up front was not written by an analyst/m);
    expect(result.stdout).not.toMatch(/bottom line/);
  });

  it('gives no warning when the analyst wrote it', async () => {
    const { result } = await exported('with-bluf', ['--topic', 'arctic', '--bluf', 'Arctic cooperation is the easiest restart.']);
    expect(result.stderr).toBe('');
  });
});

describe('records imported without review', () => {
  let library: string;
  let imported: string;

  beforeAll(async () => {
    library = path.join(home, 'with-import.json');
    await copyFile(seedFile, library);
    const result = await briefbook('import', path.join(root, 'test', 'fixtures', 'import', 'numbered-recommendations.txt'), '--library', library);
    expect(result.code, result.stderr).toBe(0);
    const after = Library.parse(JSON.parse(await readFile(library, 'utf8')));
    imported = after.sources.find((source) => !seed.sources.some((s) => s.id === source.id))!.id;
  });

  it('are left out of an export of the whole library, with a note saying how many and how to include them', async () => {
    const { result, bytes } = await exported('without-unreviewed', [], library);
    const recordCount = seed.records.filter((r) => r.status === 'active').length;
    expect(result.stdout).toMatch(new RegExp(`${recordCount} records on`));
    expect(result.stderr).toMatch(/note: 7 unreviewed imported records matching the selection were left out; .* --include-unreviewed/);
    const text = (await readPdf(bytes)).pages.join(' ');
    expect(text).not.toMatch(/Unknown publisher|UNREVIEWED/);
  });

  it('refuse an export whose selection finds only them (exit 2), and nothing is written', async () => {
    const out = path.join(home, 'only-unreviewed.pdf');
    const result = await briefbook('export', '--library', library, '--source', imported, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/matches only unreviewed imported records: --source task-force-2019; nothing was written\. .*--include-unreviewed/);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('print with --include-unreviewed, each marked, with a warning naming the guessed publisher', async () => {
    const { result, bytes } = await exported('with-unreviewed', ['--source', imported, '--include-unreviewed', '--bluf', 'Checked.'], library);
    expect(result.stdout).toMatch(/7 records on/);
    expect(result.stderr).toMatch(/warning: 7 unreviewed imported records printed, marked UNREVIEWED; .*publisher: Unknown publisher/);
    const text = (await readPdf(bytes)).pages.join(' ');
    expect(text.match(/UNREVIEWED IMPORT/g)).toHaveLength(7);
  });
});

describe('key records on the one-pager', () => {
  it('says honestly that it shows each topic’s first recommendation when no record is marked key', async () => {
    const { bytes } = await exported('no-key', ['--template', 'one-pager']);
    const text = (await readPdf(bytes)).pages.join(' ');
    expect(text).toContain('First recommendation of each topic (no records marked key)');
    expect(text).not.toContain('Key records');
  });

  it('leads with the records marked key, whatever their kind and section', async () => {
    const library = Library.parse(JSON.parse(await readFile(seedFile, 'utf8')));
    const arms = library.records.filter((r) => r.status === 'active' && r.topics[0] === 'strategic-arms-control');
    const concern = library.records.find((r) => r.status === 'active' && r.kind === 'concern')!;
    const marked = [arms.at(-1)!, concern];
    for (const record of marked) record.key = true;
    const file = path.join(home, 'key-records.json');
    await writeFile(file, JSON.stringify(library, null, 2));
    const { bytes } = await exported('key', ['--template', 'one-pager'], file);
    const text = (await readPdf(bytes)).pages.join(' ');
    expect(text).toContain('Key records');
    expect(text).not.toContain('no records marked key');
    for (const record of marked) expect(text).toContain(record.summary.replace(/\s+/g, ' '));
    expect(text).toContain('CONCERN');
  });
});

describe('record dates and old records', () => {
  it('prints the date of each record’s source, and flags records older than the memo’s five years', async () => {
    const elbe = seed.sources.find((s) => s.id.startsWith('elbe'))!;
    const { bytes } = await exported('old', ['--source', elbe.id, '--date', '2026-03-02']);
    const text = (await readPdf(bytes)).pages.join(' ');
    const [year, month, day] = elbe.date.split('-').map(Number) as [number, number, number];
    const long = `${day} ${new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`;
    expect(text).toContain(long);
    const months = (2026 - year) * 12 + (3 - month) - (2 < day ? 1 : 0);
    expect(text).toMatch(new RegExp(`SOURCE ${months} MONTHS OLD`));
  });

  it('flags nothing when the sources are younger than the threshold', async () => {
    const elbe = seed.sources.find((s) => s.id.startsWith('elbe'))!;
    const { bytes } = await exported('recent', ['--source', elbe.id, '--date', `${Number(elbe.date.slice(0, 4)) + 1}-01-01`]);
    expect((await readPdf(bytes)).pages.join(' ')).not.toMatch(/MONTHS OLD/);
  });
});

describe('briefbook export --paper', () => {
  const sizeOf = async (args: string[], env: NodeJS.ProcessEnv) => {
    const out = path.join(home, `paper-${Math.random().toString(36).slice(2)}.pdf`);
    const result = await briefbookIn(env, 'export', '--library', seedFile, '--topic', 'arctic', '--out', out, ...args);
    expect(result.code, result.stderr).toBe(0);
    return (await readPdf(await readFile(out))).sizes[0];
  };
  const LETTER = { width: 612, height: 792 };
  const A4 = { width: 595.28, height: 841.89 };

  it('lays out on the paper asked for, whatever the locale', async () => {
    expect(await sizeOf(['--paper', 'letter'], { LANG: 'de_DE.UTF-8' })).toEqual(LETTER);
    expect(await sizeOf(['--paper', 'A4'], { LANG: 'en_US.UTF-8' })).toEqual(A4);
  });

  it('defaults to Letter in the United States and Canada and to A4 elsewhere, LC_ALL before LC_PAPER before LANG', async () => {
    expect(await sizeOf([], { LANG: 'en_US.UTF-8' })).toEqual(LETTER);
    expect(await sizeOf([], { LANG: 'fr_CA.UTF-8' })).toEqual(LETTER);
    expect(await sizeOf([], { LANG: 'en_GB.UTF-8' })).toEqual(A4);
    expect(await sizeOf([], { LANG: 'C.UTF-8' })).toEqual(A4);
    expect(await sizeOf([], { LANG: 'en_US.UTF-8', LC_PAPER: 'de_DE.UTF-8' })).toEqual(A4);
    expect(await sizeOf([], { LC_ALL: 'en_CA.UTF-8', LC_PAPER: 'de_DE.UTF-8' })).toEqual(LETTER);
  });

  it('lays out on the paper the template names, whatever the locale, unless --paper names another', async () => {
    const template = path.join(home, 'letter-memo.hbs');
    await writeFile(template, '---\nname: Letter memo\npageSize: LETTER\n---\n<h1>{{title}}</h1>\n');
    expect(await sizeOf(['--template', template], { LANG: 'de_DE.UTF-8' })).toEqual(LETTER);
    expect(await sizeOf(['--template', template, '--paper', 'a4'], { LANG: 'en_US.UTF-8' })).toEqual(A4);
  });

  it('keeps a landscape template landscape on Letter', async () => {
    expect(await sizeOf(['--paper', 'letter', '--template', 'comparison'], {})).toEqual({ width: 792, height: 612 });
  });

  it('refuses a paper it does not lay out as a usage error', async () => {
    const result = await briefbook('export', '--library', seedFile, '--paper', 'legal', '--out', path.join(home, 'legal.pdf'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--paper "legal" is not a paper Briefbook lays out; use --paper letter or --paper a4/);
  });
});

describe('the PDF’s metadata', () => {
  it('carries the handling marking in the information dictionary and in the XMP', async () => {
    const { bytes } = await exported('marking', ['--topic', 'arctic', '--marking', 'TLP:AMBER', '--from', 'Jane Analyst']);
    const { info } = await readPdf(bytes);
    expect((info.Custom as Record<string, string>).Marking).toBe('TLP:AMBER');
    expect(info.Keywords).toMatch(/^TLP:AMBER, /);
    expect(info.Author).toBe('Jane Analyst');
    const xmp = xmpOf(bytes);
    expect(xmp).toMatch(/<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">TLP:AMBER<\/rdf:li><\/rdf:Alt><\/dc:rights>/);
    expect(xmp).toMatch(/<xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang="x-default">TLP:AMBER<\/rdf:li>/);
    expect(xmp).toMatch(/<pdf:Keywords>TLP:AMBER, /);
    expect(xmp).toMatch(/<rdf:li>Jane Analyst<\/rdf:li>/);
  });

  it('carries it in an archival PDF/A file too, escaped for XML', async () => {
    const { bytes } = await exported('marking-pdfa', ['--topic', 'arctic', '--marking', 'SECRET & <NOFORN>', '--pdfa']);
    const xmp = xmpOf(bytes);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">SECRET &#38; &#60;NOFORN&#62;</rdf:li>');
    expect(((await readPdf(bytes)).info.Custom as Record<string, string>).Marking).toBe('SECRET & <NOFORN>');
  });

  it('leaves the author out with --no-author, while the FROM line still prints', async () => {
    const { bytes } = await exported('no-author', ['--topic', 'arctic', '--from', 'Jane Analyst', '--no-author']);
    const pdf = await readPdf(bytes);
    expect(pdf.info.Author).toBeUndefined();
    expect(xmpOf(bytes)).not.toMatch(/dc:creator|Jane Analyst/);
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/\/Author/);
    expect(pdf.pages[0]).toContain('Jane Analyst');
  });

  it('says a first export is version 1 and supersedes nothing', async () => {
    const { bytes } = await exported('version-1', ['--topic', 'arctic']);
    const pdf = await readPdf(bytes);
    expect((pdf.info.Custom as Record<string, string>).Version).toBe('1');
    expect((pdf.info.Custom as Record<string, string>).Supersedes).toBeUndefined();
    expect(xmpOf(bytes)).toContain('<xmpMM:VersionID>1</xmpMM:VersionID>');
    expect(pdf.pages[0]).not.toMatch(/supersedes/);
  });
});
