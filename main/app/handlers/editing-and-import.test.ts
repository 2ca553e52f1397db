// The editing and import channels through `dispatch`, as the window calls them: field-level
// problems come back as `field: message` issues, import problems with a hint, and nothing of an
// import reaches the library file before it is committed.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testHandlerContext } from '../../../test/fixtures/handler-context';
import { makeFixturePdf } from '../../../test/fixtures/import/make-fixture-pdf';
import { makeBriefing } from '../../../test/fixtures/library';
import { openTempStore, type TempStore } from '../../../test/fixtures/temp-store';
import type { ApiResult, Channel, ImportDraftView, ImportOpened, PendingImport, RequestOf } from '../../api';
import { dispatch } from '../dispatch';
import { createHandlers } from '../handlers';
import { importDraftsFolder } from '../../core/use-cases/import-review';

const ARTICLE = path.resolve(import.meta.dirname, '../../../test/fixtures/import/workshop-notes.md');
let temp: TempStore;
let fileToImport: string | undefined;
let call: <C extends Channel>(channel: C, payload: RequestOf<C>) => Promise<ApiResult<unknown>>;

/** A handler table over the temp library, as a newly started app has it. */
function startApp(): typeof call {
  const handlers = createHandlers(testHandlerContext(temp.store, { chooseFileToImport: async () => fileToImport }));
  return (channel, payload) => dispatch(handlers, channel, payload, true);
}

beforeEach(async () => {
  temp = await openTempStore();
  fileToImport = undefined;
  call = startApp();
});
afterEach(() => temp.remove());

const value = <T>(result: ApiResult<unknown>): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

describe('editing channels', () => {
  const record = {
    sourceId: 'elbe-2019',
    kind: 'finding' as const,
    statement: 'Участники договорились продолжить диалог.',
    summary: 'They agreed to keep talking.',
    speaker: 'Elbe Group',
    topics: ['crisis-management'],
  };

  it('answers a form with problems field by field, before anything is saved', async () => {
    const before = await temp.bytes();
    const result = await call('record:add', { ...record, summary: ' ', topics: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.issues).toEqual(['summary: Give a summary: the point of the passage, in your words', 'topics: Choose at least one topic']);
    expect(await temp.bytes()).toEqual(before);
  });

  it('refuses to save a briefing dated a day that is not on the calendar, naming the date field', async () => {
    const before = await temp.bytes();
    const result = await call('briefing:save', { ...makeBriefing('briefing-mk3x9q'), date: '2026-02-30' });
    expect(!result.ok && result.error.issues).toEqual(['date: there is no such day as "2026-02-30": February 2026 has 28 days']);
    expect(await temp.bytes()).toEqual(before);
  });

  it('names the field core refused, e.g. a passage that is not in the source', async () => {
    const result = await call('record:add', { ...record, statement: 'Words the source never used.' });
    expect(!result.ok && result.error.issues).toEqual([expect.stringMatching(/^statement: These words are not in the source text/)]);
  });

  it('adds, deletes and restores a record, listing it under Recently deleted in between', async () => {
    const added = value<{ id: string }>(await call('record:add', record));
    value(await call('record:delete', { id: added.id }));
    expect(value<{ records: { id: string }[] }>(await call('trash:list', undefined)).records.map((r) => r.id)).toEqual([added.id]);
    value(await call('record:restore', { id: added.id }));
    expect(JSON.parse(await readFile(temp.file, 'utf8')).records.at(-1)).toMatchObject({ id: added.id, status: 'active' });
  });
});

describe('import channels', () => {
  it('opens the file chosen in main’s dialog, or nothing when the dialog is cancelled', async () => {
    expect(value<ImportOpened>(await call('import:open-file', undefined))).toEqual({ canceled: true });
    fileToImport = ARTICLE;
    const opened = value<ImportOpened>(await call('import:open-file', undefined));
    expect(opened.canceled === false && opened.draft.fileName).toBe('workshop-notes.md');
  });

  it('reads a dropped file’s bytes, holds the review in memory, and commits only what was accepted', async () => {
    const before = await temp.bytes();
    const bytes = new Uint8Array(await readFile(ARTICLE));
    let draft = value<ImportDraftView>(await call('import:open-dropped', { name: '/etc/../workshop-notes.md', bytes }));
    expect(draft.fileName).toBe('workshop-notes.md');
    draft = value(await call('import:confirm-source', { draftId: draft.id, fields: { ...draft.source, publisher: 'Deep Cuts Commission' } }));
    draft = value(await call('import:decide', { draftId: draft.id, key: draft.candidates[0]!.key, decision: 'accepted' }));
    expect(await temp.bytes()).toEqual(before);

    const added = value<{ sourceId: string; recordIds: string[] }>(await call('import:commit', { draftId: draft.id }));
    expect(added.recordIds).toHaveLength(1);
    const saved = JSON.parse(await readFile(temp.file, 'utf8'));
    expect(saved.sources.at(-1)).toMatchObject({ id: added.sourceId, publisher: 'Deep Cuts Commission' });
  });

  it('keeps where a dropped PDF’s pages begin through the review, a restart and the commit', async () => {
    const bytes = new Uint8Array(await makeFixturePdf(path.resolve(import.meta.dirname, '../../../test/fixtures/import/hyphenated-brief.pdf.json')));
    let draft = value<ImportDraftView>(await call('import:open-dropped', { name: 'brief.pdf', bytes }));
    draft = value(await call('import:confirm-source', { draftId: draft.id, fields: { ...draft.source, publisher: 'EASLG' } }));
    const hotline = draft.candidates.find((c) => c.statement.includes('permanent hotline'))!;
    draft = value(await call('import:decide', { draftId: draft.id, key: hotline.key, decision: 'accepted' }));
    const added = value<{ sourceId: string }>(await startApp()('import:commit', { draftId: draft.id }));
    const saved = JSON.parse(await readFile(temp.file, 'utf8')) as { sources: Array<{ id: string; text: string; pageStarts?: number[] }> };
    const source = saved.sources.find((s) => s.id === added.sourceId)!;
    expect(source.pageStarts).toEqual([source.text.indexOf('  • establish a permanent hotline')]);
  });

  it('says what is wrong with a file that cannot be imported, and what to do', async () => {
    const result = await call('import:open-dropped', { name: 'scan.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]) });
    expect(result).toMatchObject({ ok: false, error: { code: 'import', message: expect.stringMatching(/scan\.png.*PNG image/) } });
    expect(!result.ok && result.error.hint).toMatch(/\.txt/);
  });

  it('keeps an unfinished import on disk, so the next start offers it again as it was left', async () => {
    const bytes = new Uint8Array(await readFile(ARTICLE));
    let draft = value<ImportDraftView>(await call('import:open-dropped', { name: 'workshop-notes.md', bytes }));
    draft = value(await call('import:confirm-source', { draftId: draft.id, fields: { ...draft.source, publisher: 'Deep Cuts Commission' } }));
    draft = value(await call('import:decide', { draftId: draft.id, key: draft.candidates[1]!.key, decision: 'rejected' }));
    const folder = importDraftsFolder(temp.store.file);
    expect(await readdir(folder)).toEqual([`${draft.id}.json`]);

    // A new start (a new handler table, nothing in memory) offers it, decisions and all.
    const restarted = startApp();
    const pending = value<PendingImport>(await restarted('import:pending', undefined));
    expect(pending).toEqual({ draft, problems: [] });
    const added = value<{ recordIds: string[] }>(await restarted('import:commit', { draftId: draft.id }));
    expect(added.recordIds).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
    expect(value<PendingImport>(await startApp()('import:pending', undefined))).toEqual({ draft: undefined, problems: [] });
  });

  it('forgets a discarded import, and sets aside a kept draft it cannot read, saying which file and why', async () => {
    const bytes = new Uint8Array(await readFile(ARTICLE));
    const draft = value<ImportDraftView>(await call('import:open-dropped', { name: 'workshop-notes.md', bytes }));
    value(await call('import:discard', { draftId: draft.id }));
    const folder = importDraftsFolder(temp.store.file);
    expect(await readdir(folder)).toEqual([]);

    const damaged = path.join(folder, 'import-0d.json');
    await writeFile(damaged, '{"id": "import-0d", "fileName": ');
    const pending = value<PendingImport>(await startApp()('import:pending', undefined));
    expect(pending.draft).toBeUndefined();
    expect(pending.problems).toEqual([expect.stringMatching(/import-0d\.json: not valid JSON .*kept as import-0d\.json\.unreadable\.$/)]);
    expect(await readFile(`${damaged}.unreadable`, 'utf8')).toBe('{"id": "import-0d", "fileName": ');
  });

  it('answers a step on an import that is not open as not found', async () => {
    expect(await call('import:commit', { draftId: 'import-9' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
