import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { writeFileDurably } from '../library/safe-write';
import { TemplateNotFoundError, loadTemplate, renderTemplate } from '../render';
import { defaultResourceLayout } from '../resources';
import { exportPdf } from '../pdf';
import {
  checkTemplateText,
  createTemplate,
  deleteTemplate,
  discardDraft,
  duplicateTemplate,
  exportTemplate,
  importTemplate,
  listTemplates,
  listTrash,
  openTemplate,
  parseTemplateText,
  renameTemplate,
  restoreTemplate,
  saveDraft,
  saveTemplate,
  templateEditorReference,
} from './index';

// Every write must be durable: count them through the real writeFileDurably.
vi.mock('../library/safe-write', async (importOriginal) => {
  const actual = await importOriginal<{ writeFileDurably: typeof writeFileDurably }>();
  return { ...actual, writeFileDurably: vi.fn(actual.writeFileDurably) };
});

let home: string;
let dir: string;
const options = () => ({ dir, layout: defaultResourceLayout() });
const BUILT_IN_IDS = ['book', 'comparison', 'memo', 'one-pager'];

beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-user-templates-'));
  dir = path.join(home, 'templates');
  vi.mocked(writeFileDurably).mockClear();
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const GOOD = '---\nname: Mine\n---\n<h1>{{title}}</h1>\n';
const BROKEN = '---\nname: Mine\n---\n<h1>{{titel}}</h1>\n{{shout title}}\n';

describe('listTemplates', () => {
  it('lists the built-in templates when the user has none (and no folder yet)', async () => {
    const listed = await listTemplates(options());
    expect(listed.map((t) => [t.id, t.builtIn])).toEqual(BUILT_IN_IDS.map((id) => [id, true]));
    expect(listed.every((t) => !t.hasDraft && !t.problem && t.modifiedAt)).toBe(true);
  });

  it('says which paper a template names, and none for one that leaves it to the region', async () => {
    const { id } = await createTemplate('Letter brief', 'memo', options());
    await saveTemplate(id, '---\nname: Letter brief\npageSize: LETTER\n---\n<h1>{{title}}</h1>\n', options());
    const listed = await listTemplates(options());
    expect(listed.find((t) => t.id === id)?.namedPaper).toBe('LETTER');
    expect(listed.filter((t) => t.builtIn).map((t) => t.namedPaper)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("lists the user's templates after them by name, a broken one with its problem", async () => {
    await createTemplate('Zeta brief', 'memo', options());
    await createTemplate('Alpha brief', 'one-pager', options());
    await writeFile(path.join(dir, 'broken.hbs'), BROKEN);
    const own = (await listTemplates(options())).filter((t) => !t.builtIn);
    expect(own.map((t) => [t.id, t.name])).toEqual([['alpha-brief', 'Alpha brief'], ['broken', 'Mine'], ['zeta-brief', 'Zeta brief']]);
    expect(own.find((t) => t.id === 'broken')!.problem).toBe('broken.hbs:4:7: "titel" is not a field of the briefing; did you mean "title"?');
    expect(own.filter((t) => t.id !== 'broken').every((t) => t.problem === undefined)).toBe(true);
  });
});

describe('createTemplate and duplicateTemplate', () => {
  it('copies a built-in under a fresh id made from the name, keeping its setup and description', async () => {
    const created = await createTemplate('Elbe Group: short memo', 'memo', options());
    expect(created).toMatchObject({ id: 'elbe-group-short-memo', name: 'Elbe Group: short memo', builtIn: false, file: path.join(dir, 'elbe-group-short-memo.hbs') });
    expect(created.description).toMatch(/decision memo/);
    const loaded = await loadTemplate('elbe-group-short-memo', defaultResourceLayout(), dir);
    expect(renderTemplate(loaded, briefingModel())).toContain('<td class="label">TO</td>');
  });

  it('never takes a built-in or existing id, and transliterates Russian names', async () => {
    expect((await createTemplate('Memo', 'memo', options())).id).toBe('memo-2');
    expect((await createTemplate('Memo', 'memo', options())).id).toBe('memo-3');
    expect((await createTemplate('Записка для директора', 'memo', options())).id).toBe('zapiska-dlya-direktora');
    expect((await createTemplate('!!!', 'memo', options())).id).toBe('template');
  });

  it('gives concurrent copies distinct ids', async () => {
    const ids = await Promise.all([1, 2, 3].map(() => createTemplate('Same', 'memo', options()).then((t) => t.id)));
    expect(ids.sort()).toEqual(['same', 'same-2', 'same-3']);
  });

  it('duplicates a template as "(copy)", "(copy 2)"', async () => {
    expect((await duplicateTemplate('book', options())).name).toBe('Briefing book (copy)');
    const second = await duplicateTemplate('book', options());
    expect([second.id, second.name]).toEqual(['briefing-book-copy-2', 'Briefing book (copy 2)']);
  });

  it('refuses an empty name and an unknown source template', async () => {
    await expect(createTemplate('   ', 'memo', options())).rejects.toThrow('a template needs a name');
    await expect(createTemplate('X', 'nope', options())).rejects.toThrow('there is no template "nope" among your templates');
  });
});

describe('saveTemplate', () => {
  it('saves text that checks out, with its warnings, and removes the draft', async () => {
    const { id } = await createTemplate('Mine', 'memo', options());
    await saveDraft(id, 'half-typed {{', options());
    const outcome = await saveTemplate(id, `${GOOD}{{{title}}}\n`, options());
    expect(outcome).toMatchObject({ saved: true, template: { id, name: 'Mine', hasDraft: false } });
    expect(outcome.problems.map((p) => [p.line, p.severity])).toEqual([[5, 'warning']]);
    expect(await readFile(path.join(dir, `${id}.hbs`), 'utf8')).toBe(`${GOOD}{{{title}}}\n`);
    expect(await readdir(dir)).toEqual([`${id}.hbs`]);
  });

  it('does not save a template with errors, and says where they are', async () => {
    const { id } = await createTemplate('Mine', 'memo', options());
    const before = await readFile(path.join(dir, `${id}.hbs`), 'utf8');
    const outcome = await saveTemplate(id, BROKEN, options());
    expect(outcome.saved).toBe(false);
    expect(outcome.problems.map((p) => `${p.line}:${p.column}: ${p.message.split(';')[0]}`)).toEqual(['4:7: "titel" is not a field of the briefing', '5:3: unknown helper "shout"']);
    expect(await readFile(path.join(dir, `${id}.hbs`), 'utf8')).toBe(before);
  });

  it('never writes over a built-in template or outside the folder', async () => {
    await expect(saveTemplate('memo', GOOD, options())).rejects.toThrow('"memo" is a built-in template, which cannot be changed; make a copy of it first');
    for (const id of ['../evil', 'a/b', '.trash', '', 'Mine', 'x'.repeat(61), 'a.draft']) {
      await expect(saveTemplate(id, GOOD, options()), id).rejects.toThrow(/is not a template id/);
      await expect(saveDraft(id, GOOD, options()), id).rejects.toThrow(/is not a template id/);
    }
    await expect(saveTemplate('missing', GOOD, options())).rejects.toThrow('there is no template "missing" among your templates');
    await expect(saveTemplate('x', 'x'.repeat(1024 * 1024 + 1), options())).rejects.toThrow(/at most 1048576/);
  });
});

describe('drafts', () => {
  it('offers a draft newer than the saved template, and not an older one', async () => {
    const { id } = await createTemplate('Mine', 'memo', options());
    expect((await openTemplate(id, options())).draft).toBeUndefined();
    await saveDraft(id, `${GOOD}<p>unsaved</p>`, options());
    const opened = await openTemplate(id, options());
    expect(opened.draft?.text).toBe(`${GOOD}<p>unsaved</p>`);
    expect(opened.template.hasDraft).toBe(true);
    expect(opened.text).toMatch(/^---\nname: Mine\n/);

    const past = new Date(Date.now() - 60_000);
    await utimes(path.join(dir, `${id}.draft.hbs`), past, past);
    expect((await openTemplate(id, options())).draft).toBeUndefined();
  });

  it('keeps a broken draft as typed, and discards it on request', async () => {
    const { id } = await createTemplate('Mine', 'memo', options());
    await saveDraft(id, BROKEN, options());
    expect((await openTemplate(id, options())).draft?.text).toBe(BROKEN);
    // The saved template is what exports use.
    expect((await loadTemplate(id, defaultResourceLayout(), dir)).name).toBe('Mine');
    await discardDraft(id, options());
    expect((await openTemplate(id, options())).draft).toBeUndefined();
    await discardDraft(id, options());
  });

  it('opens built-in templates read-only, without drafts', async () => {
    const opened = await openTemplate('memo', options());
    expect(opened.template).toMatchObject({ id: 'memo', builtIn: true });
    expect(opened.text).toMatch(/^---\nname: Memo/);
    await expect(saveDraft('memo', GOOD, options())).rejects.toThrow(/built-in template/);
  });
});

describe('renameTemplate', () => {
  it('changes the name in the template and its draft, and keeps the id', async () => {
    const { id } = await createTemplate('Mine', 'memo', options());
    await saveDraft(id, `${GOOD}<p>draft</p>`, options());
    const renamed = await renameTemplate(id, 'For the Director', options());
    expect([renamed.id, renamed.name]).toEqual([id, 'For the Director']);
    expect((await openTemplate(id, options())).draft?.text).toBe('---\nname: For the Director\n---\n<h1>{{title}}</h1>\n<p>draft</p>');
    await expect(renameTemplate('memo', 'X', options())).rejects.toThrow(/built-in/);
  });
});

describe('deleteTemplate and restoreTemplate', () => {
  it('moves a template and its draft to the trash, and brings them back', async () => {
    const { id } = await createTemplate('Mine', 'memo', options());
    await saveDraft(id, `${GOOD}<p>draft</p>`, options());
    const trashed = await deleteTemplate(id, options());
    expect(trashed).toMatchObject({ id, name: 'Mine' });
    expect(trashed.trashId).toMatch(/^mine--\d{8}T\d{9}Z$/);
    expect((await listTemplates(options())).map((t) => t.id)).not.toContain(id);
    expect(await listTrash(options())).toEqual([trashed]);
    await expect(loadTemplate(id, defaultResourceLayout(), dir)).rejects.toThrow(/unknown template "mine"/);

    const restored = await restoreTemplate(trashed.trashId, options());
    expect([restored.id, restored.name, restored.hasDraft]).toEqual([id, 'Mine', true]);
    expect(await listTrash(options())).toEqual([]);
    await expect(restoreTemplate(trashed.trashId, options())).rejects.toThrow(/not in the template trash/);
  });

  it('restores under a fresh id when the old one was taken meanwhile', async () => {
    const { id } = await createTemplate('Mine', 'memo', options());
    const trashed = await deleteTemplate(id, options());
    await createTemplate('Mine', 'book', options());
    expect((await restoreTemplate(trashed.trashId, options())).id).toBe('mine-2');
  });

  it('refuses trash ids that are not entries, and built-in templates', async () => {
    await expect(restoreTemplate('../../etc/passwd--20260101T000000000Z', options())).rejects.toThrow(/not an entry of the template trash/);
    await expect(restoreTemplate('mine', options())).rejects.toThrow(/not an entry of the template trash/);
    await expect(deleteTemplate('memo', options())).rejects.toThrow(/built-in/);
  });
});

describe('importTemplate and exportTemplate', () => {
  it('imports a good file under the name in its front matter, or its file name', async () => {
    const outside = path.join(home, 'shared');
    await mkdir(outside);
    await writeFile(path.join(outside, 'from-colleague.hbs'), GOOD);
    await writeFile(path.join(outside, 'plain.hbs'), '<h1>{{title}}</h1>');
    const named = await importTemplate(path.join(outside, 'from-colleague.hbs'), options());
    expect(named).toMatchObject({ saved: true, template: { id: 'mine', name: 'Mine' }, problems: [] });
    const plain = await importTemplate(path.join(outside, 'plain.hbs'), options());
    expect(plain).toMatchObject({ saved: true, template: { id: 'plain', name: 'plain' } });
    expect(await readFile(path.join(dir, 'plain.hbs'), 'utf8')).toBe('---\nname: plain\n---\n<h1>{{title}}</h1>');
  });

  it('reports a broken file and imports nothing', async () => {
    const file = path.join(home, 'broken.hbs');
    await writeFile(file, BROKEN);
    const outcome = await importTemplate(file, options());
    expect(outcome.saved).toBe(false);
    expect(outcome.problems.map((p) => p.line)).toEqual([4, 5]);
    expect((await listTemplates(options())).filter((t) => !t.builtIn)).toEqual([]);
    await expect(importTemplate(path.join(home, 'notes.txt'), options())).rejects.toThrow(/choose a \.hbs file/);
  });

  it('exports the saved text of a built-in or own template to a .hbs file only', async () => {
    const out = path.join(home, 'memo-copy.hbs');
    const offered: string[] = [];
    const choose = (file: string | undefined) => async (suggested: string) => (offered.push(suggested), file);
    expect(await exportTemplate('memo', choose(out), options())).toBe(out);
    expect(offered).toEqual(['memo.hbs']);
    expect(await readFile(out, 'utf8')).toBe(await readFile(path.join(defaultResourceLayout().templates, 'memo.hbs'), 'utf8'));
    await expect(exportTemplate('memo', choose(path.join(home, 'library.json')), options())).rejects.toThrow(/exported as a \.hbs file/);
    expect(await exportTemplate('memo', choose(undefined), options())).toBeUndefined();
  });

  it('checks the id before it asks where to export', async () => {
    let asked = false;
    const choose = async () => ((asked = true), path.join(home, 'never.hbs'));
    await expect(exportTemplate('no-such-template', choose, options())).rejects.toThrow(TemplateNotFoundError);
    await expect(exportTemplate('../memo', choose, options())).rejects.toThrow(/is not a template id/);
    expect(asked).toBe(false);
  });

  it('says plainly why an export could not be written, naming the file chosen', async () => {
    const gone = path.join(home, 'gone', 'memo-copy.hbs');
    await expect(exportTemplate('memo', async () => gone, options())).rejects.toThrow(
      `${gone} was not saved: the folder ${path.dirname(gone)} does not exist. Create the folder first, or save it in another one.`,
    );
  });
});

describe('for the editor', () => {
  it("checks unsaved text against the built-in partials and the user's own", async () => {
    await mkdir(path.join(dir, 'partials'), { recursive: true });
    await writeFile(path.join(dir, 'partials', 'signature.hbs'), '<p>{{from}}</p>');
    expect(await checkTemplateText('{{> signature}}{{> title-block}}', 'x.hbs', options())).toEqual([]);
    expect((await checkTemplateText('{{> nope}}', 'x.hbs', options()))[0]!.message).toMatch(/^unknown partial "nope"; partials: endnotes, note, record, record-body, record-head, signature, title-block/);
  });

  it('previews unsaved text as a real PDF', async () => {
    const template = await parseTemplateText('mine', `${GOOD}{{> endnotes}}`, options());
    const { pageCount } = await exportPdf(briefingModel(), template);
    expect(pageCount).toBe(1);
    await expect(parseTemplateText('mine', BROKEN, options())).rejects.toThrow(/unknown helper "shout"/);
    await expect(parseTemplateText('../x', GOOD, options())).rejects.toThrow(/is not a template id/);
  });

  it('describes fields, helpers, partials and front matter as plain data', async () => {
    const reference = await templateEditorReference(options());
    expect(structuredClone(reference)).toEqual(reference);
    expect(reference.root).toBe('BriefingModel');
    expect(Object.keys(reference.shapes.ModelRecord.fields)).toContain('statement');
    expect(reference.helpers.map((h) => h.name)).toContain('citeSource');
    expect(reference.partials).toEqual(['endnotes', 'note', 'record', 'record-body', 'record-head', 'title-block', 'version-note']);
    expect(reference.frontMatter.find((entry) => entry.key === 'pageSize')).toEqual({ key: 'pageSize', summary: expect.stringContaining('Left out: the paper of the analyst’s region'), default: 'A4' });
  });
});

it('writes every file durably', async () => {
  const { id } = await createTemplate('Mine', 'memo', options());
  await saveDraft(id, GOOD, options());
  await saveTemplate(id, GOOD, options());
  await renameTemplate(id, 'Renamed', options());
  const { trashId } = await deleteTemplate(id, options());
  await restoreTemplate(trashId, options());
  const written = vi.mocked(writeFileDurably).mock.calls.map(([file]) => path.relative(dir, String(file)).replace(/\d{8}T\d{9}Z/, 'T'));
  expect(written).toEqual(['mine.hbs', 'mine.draft.hbs', 'mine.hbs', 'mine.hbs', '.trash/mine--T.hbs', 'mine.hbs']);
});
