import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { defaultResourceLayout } from '../resources';
import { renderTemplate } from './engine';
import { DEFAULT_PAGE_SETUP } from './page-setup';
import { TemplateError } from './template-error';
import { loadTemplateFile } from './template-file';
import { TemplateNotFoundError, listBuiltInTemplates, loadTemplate } from './templates';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-templates-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadTemplate', () => {
  it('loads the built-in memo by id, with its partials and the default page setup', async () => {
    const memo = await loadTemplate('memo');
    const source = await readFile(path.join(defaultResourceLayout().templates, 'memo.hbs'), 'utf8');
    // The memo flags records from sources more than five years older than it; the rest is the default setup.
    expect(memo).toMatchObject({ id: 'memo', name: 'Memo', builtIn: true, setup: { ...DEFAULT_PAGE_SETUP, flagOlderThanMonths: 60 } });
    expect(memo.description).toMatch(/decision memo/);
    expect(Object.keys(memo.partials).sort()).toEqual(['endnotes', 'note', 'record', 'record-body', 'record-head', 'title-block', 'version-note']);
    // The body starts on the line after the closing ---.
    expect(source.split('\n')[memo.bodyStartLine - 2]).toBe('---');
    expect(source.split('\n')[memo.bodyStartLine - 1]).toBe(memo.body.split('\n')[0]);
  });

  it('caches templates until a file changes', async () => {
    expect(await loadTemplate('memo')).toBe(await loadTemplate('memo'));

    const file = path.join(dir, 'cached.hbs');
    await writeFile(file, '---\nname: First\n---\n<p>{{title}}</p>\n');
    const first = await loadTemplateFile(file);
    expect(await loadTemplateFile(file)).toBe(first);
    await writeFile(file, '---\nname: Second, longer\n---\n<p>{{title}}</p>\n');
    expect((await loadTemplateFile(file)).name).toBe('Second, longer');
  });

  it("loads a template file (the command line's --template FILE), its own partials overriding the built-in ones", async () => {
    const folder = path.join(dir, 'mine');
    await mkdir(path.join(folder, 'partials'), { recursive: true });
    await writeFile(path.join(folder, 'partials', 'record.hbs'), '<li>{{summary}}</li>');
    await writeFile(path.join(folder, 'short.hbs'), '---\npageSize: LETTER\n---\n{{> title-block}}<ul>{{#each sections}}{{#each records}}{{> record}}{{/each}}{{/each}}</ul>');
    const short = await loadTemplateFile(path.join(folder, 'short.hbs'));
    expect(short).toMatchObject({ id: 'short', name: 'short', builtIn: false, description: '' });
    expect(short.setup.pageSize).toBe('LETTER');
    expect(short.partials.record!.file).toBe(path.join(folder, 'partials', 'record.hbs'));
    const html = renderTemplate(short, briefingModel());
    expect(html).toContain('<td class="label">TO</td>'); // the built-in title block
    expect(html).toContain('<li>Keep the core provisions of the INF Treaty alive for a future agreement.</li>');
  });

  it("names the user's file in template errors", async () => {
    const file = path.join(dir, 'broken.hbs');
    await writeFile(file, '---\nname: Broken\n---\n<h1>{{title}}</h1>\n{{#each sections}}\n');
    const error = await loadTemplateFile(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).message).toBe('broken.hbs:5:1: {{#each}} is never closed: add {{/each}}');
  });

  it('refuses a template file over the size limit, by path or by id, before reading it', async () => {
    const own = path.join(dir, 'big-templates');
    await mkdir(own, { recursive: true });
    const big = path.join(own, 'big.hbs');
    await writeFile(big, `---\nname: Big\n---\n<p>${'x'.repeat(1024 * 1024)}</p>\n`);
    for (const load of [() => loadTemplateFile(big), () => loadTemplate('big', defaultResourceLayout(), own)]) {
      const error = await load().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).message).toBe('big.hbs: the file is 1048602 bytes; a template may have at most 1048576 (1 MB)');
    }
  });

  it('says which templates exist when an id is unknown', async () => {
    const noUserTemplates = path.join(dir, 'no-user-templates');
    await expect(loadTemplate('brief', defaultResourceLayout(), noUserTemplates)).rejects.toThrow('unknown template "brief"; built-in templates: book, comparison, memo, one-pager');
  });

  it('takes no paths for ids: refuses them before looking at any file, alike whether the file exists or not', async () => {
    const canary = path.join(dir, 'canary.hbs');
    await writeFile(canary, '---\nname: Canary\n---\n<p>CANARY-7f3a9c</p>\n');
    const missing = path.join(dir, 'absent.hbs');
    const refusal = async (id: string) => {
      const error = await loadTemplate(id, defaultResourceLayout(), dir).catch((caught: unknown) => caught);
      expect(error, id).toBeInstanceOf(TemplateNotFoundError);
      const message = (error as Error).message;
      expect(message).not.toContain('CANARY');
      return message.replace(JSON.stringify(id), '<id>');
    };
    const expected = await refusal('Memo!');
    expect(expected).toMatch(/^<id> is not a template id .*import it as a template first$/);
    // The canary sits in the user templates folder itself: by path, by relative path, by file name.
    for (const id of [canary, missing, path.relative(process.cwd(), canary), path.relative(process.cwd(), missing), 'canary.hbs', 'absent.hbs', '..', '../templates/memo', 'memo\\..', '/etc/passwd', '/proc/self/environ', 'x'.repeat(61)]) {
      expect(await refusal(id), id).toBe(expected);
    }
  });
});

describe('loadTemplate with user templates', () => {
  it("finds the user's templates by id after the built-in ones, with the built-in partials", async () => {
    const own = path.join(dir, 'user-templates');
    await mkdir(own, { recursive: true });
    await writeFile(path.join(own, 'short-memo.hbs'), '---\nname: Short memo\n---\n{{> title-block}}<p>{{title}}</p>');
    await writeFile(path.join(own, 'short-memo.draft.hbs'), '---\nname: Unsaved\n---\n{{titel}}');
    // A user file named like a built-in template is never chosen over it.
    await writeFile(path.join(own, 'memo.hbs'), '---\nname: Impostor\n---\n<p>{{title}}</p>');

    const short = await loadTemplate('short-memo', defaultResourceLayout(), own);
    expect(short).toMatchObject({ id: 'short-memo', name: 'Short memo', builtIn: false, file: path.join(own, 'short-memo.hbs') });
    expect(renderTemplate(short, briefingModel())).toContain('<td class="label">TO</td>');
    expect((await loadTemplate('memo', defaultResourceLayout(), own)).name).toBe('Memo');
    await expect(loadTemplate('nope', defaultResourceLayout(), own)).rejects.toThrow('unknown template "nope"; built-in templates: book, comparison, memo, one-pager; your templates: memo, short-memo');
  });
});

describe('listBuiltInTemplates', () => {
  it('lists the shipped templates for the picker', async () => {
    const templates = await listBuiltInTemplates();
    expect(templates.map(({ id, name, builtIn }) => ({ id, name, builtIn }))).toEqual([
      { id: 'book', name: 'Briefing book', builtIn: true },
      { id: 'comparison', name: 'Comparison', builtIn: true },
      { id: 'memo', name: 'Memo', builtIn: true },
      { id: 'one-pager', name: 'One-pager', builtIn: true },
    ]);
    expect(templates[2]!.file).toBe(path.join(defaultResourceLayout().templates, 'memo.hbs'));
  });
});
