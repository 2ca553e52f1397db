// `briefbook templates`, `briefbook check-template` and `export --template` with the user's own
// templates, through the real command line.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from './read-pdf';
import { root, runBriefbook, seedFile } from './run-cli';

let work: string;
let home: string;

const briefbook = (...args: string[]) => runBriefbook({ cwd: work, home }, ...args);

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'briefbook-cli-templates-'));
  home = path.join(work, 'userdata');
  await mkdir(path.join(home, 'templates'), { recursive: true });
  const memo = await readFile(path.join(root, 'templates', 'memo.hbs'), 'utf8');
  await writeFile(path.join(home, 'templates', 'elbe-memo.hbs'), memo.replace('name: Memo', 'name: Elbe memo').replace('MEMORANDUM', 'ELBE GROUP FOLLOW-UP'));
  await writeFile(path.join(home, 'templates', 'broken.hbs'), '---\nname: Broken\n---\n<h1>{{titel}}</h1>\n');
});

describe('briefbook templates', () => {
  it('lists built-in and user templates as a table', async () => {
    const result = await briefbook('templates');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^TEMPLATE\s+KIND\s+NAME\s+FILE$/);
    expect(lines.map((line) => line.split(/\s{2,}/).slice(0, 3))).toEqual([
      ['TEMPLATE', 'KIND', 'NAME'],
      ['book', 'built-in', 'Briefing book'],
      ['comparison', 'built-in', 'Comparison'],
      ['memo', 'built-in', 'Memo'],
      ['one-pager', 'built-in', 'One-pager'],
      ['broken', 'user', 'Broken (has errors: briefbook check-template broken)'],
      ['elbe-memo', 'user', 'Elbe memo'],
    ]);
    expect(lines.at(-1)).toContain(path.join(home, 'templates', 'elbe-memo.hbs'));
  });

  it('lists them as JSON with descriptions and files', async () => {
    const templates = JSON.parse((await briefbook('templates', '--json')).stdout);
    expect(templates.find((t: { id: string }) => t.id === 'book')).toMatchObject({
      name: 'Briefing book',
      builtIn: true,
      file: path.join(root, 'templates', 'book.hbs'),
      description: expect.stringMatching(/^A full briefing book/),
    });
    expect(templates.find((t: { id: string }) => t.id === 'broken')).toMatchObject({ builtIn: false, problem: 'broken.hbs:4:7: "titel" is not a field of the briefing; did you mean "title"?' });
  });
});

describe('briefbook check-template', () => {
  it('prints ok and exits 0 for a clean template, by file or by id', async () => {
    for (const target of [path.join(root, 'templates', 'book.hbs'), 'one-pager', 'elbe-memo']) {
      const result = await briefbook('check-template', target);
      expect([result.code, result.stdout, result.stderr]).toEqual([0, 'ok\n', '']);
    }
  });

  it('prints file:line:col: message for every problem and exits non-zero', async () => {
    await writeFile(path.join(work, 'draft.hbs'), '---\nname: Draft\npapersize: A4\n---\n<h1>{{titel}}</h1>\n{{#each sections}}\n  {{shout topic.label}} {{@index}}\n{{/each}}\n{{@index}}\n');
    const result = await briefbook('check-template', 'draft.hbs');
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^draft\.hbs:3:1: front matter: unknown key "papersize"/),
      'draft.hbs:5:7: "titel" is not a field of the briefing; did you mean "title"?',
      expect.stringMatching(/^draft\.hbs:7:5: unknown helper "shout"; helpers: if, unless, each/),
      'draft.hbs:9:3: @index exists only inside {{#each}}',
    ]);
    expect(result.stderr).toBe('briefbook: draft.hbs: 4 errors\n');
  });

  it('reports a syntax error at its line and column', async () => {
    await writeFile(path.join(work, 'syntax.hbs'), '<p>{{title}}</p>\n<p>{{formatDate date format=}}</p>\n');
    const result = await briefbook('check-template', 'syntax.hbs');
    expect([result.code, result.stdout]).toEqual([1, 'syntax.hbs:2:29: syntax error: unexpected "}}"\n']);
  });

  it('prints warnings but exits 0 when there are no errors', async () => {
    await writeFile(path.join(work, 'warned.hbs'), '<h1>{{{title}}}</h1>\n');
    const result = await briefbook('check-template', 'warned.hbs');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('warned.hbs:1:5: warning: {{{…}}} prints text as HTML: a record containing < or & would be misread or lost; use {{…}}\nok (1 warning)\n');
  });

  it('exits 2 for a file that does not exist or an unknown id', async () => {
    expect(await briefbook('check-template', 'missing.hbs')).toMatchObject({ code: 2, stderr: `briefbook: no template file ${path.join(work, 'missing.hbs')}\n` });
    expect((await briefbook('check-template', 'nope')).code).toBe(2);
  });
});

describe('briefbook export --template', () => {
  it("exports with one of the user's templates, by id", async () => {
    const out = path.join(work, 'elbe.pdf');
    const result = await briefbook('export', '--library', seedFile, '--template', 'elbe-memo', '--source', 'elbe-2019', '--out', out);
    expect(result.stderr).toMatch(/^briefbook: warning: the bottom line up front was not written by an analyst[^\n]*\n$/); // no error, only the note that no analyst wrote the bottom line
    expect(result.code).toBe(0);
    const pdf = await readPdf(await readFile(out));
    expect(pdf.pages[0]).toContain('ELBE GROUP FOLLOW-UP');
  });

  it('exports with each built-in template', async () => {
    for (const id of ['one-pager', 'comparison']) {
      const out = path.join(work, `${id}.pdf`);
      const result = await briefbook('export', '--library', seedFile, '--template', id, '--out', out);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Wrote ${id}\\.pdf: \\d+ pages?`));
    }
  });

  it('refuses a template file over 1 MB before reading it, with exit code 2', async () => {
    const big = path.join(work, 'big.hbs');
    await writeFile(big, `---\nname: Big\n---\n<p>{{title}}</p>\n${'{{!-- padding --}}\n'.repeat(60_000)}`);
    const out = path.join(work, 'big.pdf');
    const result = await briefbook('export', '--library', seedFile, '--template', big, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`briefbook: --template ${big} is 1.1 MB; the limit is 1 MB for a template. Check that it names the right file.\n`);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('says which templates exist when the id is unknown, with exit code 2', async () => {
    const result = await briefbook('export', '--library', seedFile, '--template', 'brief', '--out', path.join(work, 'x.pdf'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('briefbook: unknown template "brief"; built-in templates: book, comparison, memo, one-pager; your templates: broken, elbe-memo\n');
    const notAnId = await briefbook('export', '--library', seedFile, '--template', 'Memo!', '--out', path.join(work, 'x.pdf'));
    expect(notAnId).toMatchObject({ code: 2, stderr: expect.stringMatching(/^briefbook: "Memo!" is not a template id/) });
  });

  it('exports with a template file named on the command line, and shelves the export under that file', async () => {
    const folder = path.join(work, 'shared-templates');
    await mkdir(folder, { recursive: true });
    const memo = await readFile(path.join(root, 'templates', 'memo.hbs'), 'utf8');
    await writeFile(path.join(folder, 'colleague.hbs'), memo.replace('MEMORANDUM', 'FROM A COLLEAGUE'));
    const library = path.join(work, 'shelved-library.json');
    await writeFile(library, await readFile(seedFile));
    const out = path.join(work, 'colleague.pdf');
    const result = await briefbook('export', '--library', library, '--shelve', '--template', path.join('shared-templates', 'colleague.hbs'), '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect((await readPdf(await readFile(out))).pages[0]).toContain('FROM A COLLEAGUE');
    const [entry] = JSON.parse(await readFile(library, 'utf8')).shelf;
    expect(entry.origin).toMatchObject({ templateId: path.join(folder, 'colleague.hbs'), request: { templateId: path.join(folder, 'colleague.hbs') } });
  });

  it('names a template file that is not there, with exit code 2', async () => {
    const result = await briefbook('export', '--library', seedFile, '--template', 'missing.hbs', '--out', path.join(work, 'x.pdf'));
    expect(result).toMatchObject({ code: 2, stderr: 'briefbook: --template: no template file missing.hbs\n' });
  });
});
