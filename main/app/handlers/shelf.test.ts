import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { readPdf } from '../../../test/read-pdf';
import type { Channel, RequestOf, Responses } from '../../api';
import { LibraryStore } from '../../core/library';
import type * as CoreLibrary from '../../core/library';
import { formatDate } from '../../core/render/helpers';
import { resourceLayout } from '../../core/resources';
import { ExportFolders } from '../../core/shelf';
import { dispatch, type HandlerTable } from '../dispatch';
import { createHandlers } from '../handlers';

/** The error the next durable write of a file fails with, as the file system would raise it; none: writes work. */
let nextWriteFails: string | undefined;

vi.mock('../../core/library', async (importOriginal) => {
  const library = await importOriginal<typeof CoreLibrary>();
  return {
    ...library,
    writeFileDurably: async (file: string, contents: Uint8Array) => {
      const code = nextWriteFails;
      nextWriteFails = undefined;
      if (!code) return library.writeFileDurably(file, contents);
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-1.tmp`);
      throw Object.assign(new Error(`${code}: no space left on device, write '${temp}'`), { code, path: temp });
    },
  };
});

let dir: string;
let exportDir: string;
let store: LibraryStore;
/** Files the stand-in open dialog chooses, one per call; none left means the analyst cancelled. */
let filesToOpen: string[];
let clock: Date;
/** What the app asked the OS to open or show in the file manager. */
let shell: [string, string][];
/** The names the save dialog suggested, one per time it was shown. */
let saveDialogs: string[];
/** What the stand-in save dialog answers: by default the suggested name in the export folder. */
let answerSaveDialog: (suggestedName: string) => string | undefined;
/** One table for the whole test, as the app has one for its whole run. */
let handlers: HandlerTable;

async function call<C extends Channel>(channel: C, request?: RequestOf<C>): Promise<Responses[C]> {
  const result = await dispatch(handlers, channel, request, true);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as Responses[C];
}

/** Moves the clock on, as time passes between an export and what follows. */
function later(): void {
  clock = new Date(clock.getTime() + 60_000);
}

const briefing = () => ({ ...makeBriefing('brief-1', 'Crisis channels'), marking: 'TLP:AMBER' });

async function exportBriefing() {
  const result = await call('briefing:export', briefing());
  if (result.canceled) throw new Error('the export was cancelled');
  const [item] = (await call('shelf:list')).filter((i) => i.file === result.file);
  return { result, item: item! };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-shelf-'));
  exportDir = path.join(dir, 'exports');
  await mkdir(exportDir);
  const file = path.join(dir, 'library.json');
  const library = makeLibrary();
  library.briefings.push(briefing());
  writeFileSync(file, JSON.stringify(library));
  store = await LibraryStore.open(file, { seedFile: file });
  filesToOpen = [];
  shell = [];
  nextWriteFails = undefined;
  saveDialogs = [];
  answerSaveDialog = (name) => path.join(exportDir, name);
  clock = new Date('2025-01-02T03:04:05Z');
  handlers = createHandlers({
    store,
    layout: resourceLayout(),
    templatesDir: path.join(dir, 'templates'),
    exportFolders: new ExportFolders(path.join(dir, 'export-folders.json')),
    chooseExportFile: async (name) => {
      saveDialogs.push(name);
      return answerSaveDialog(name);
    },
    chooseFileToOpen: async () => filesToOpen.shift(),
    chooseFileToImport: async () => undefined,
    chooseTemplateFile: async () => undefined,
    chooseTemplateExportFile: async () => undefined,
    openPath: async (file) => void shell.push(['open', file]),
    showInFolder: (file) => void shell.push(['reveal', file]),
    emit: () => undefined,
    now: () => clock,
  });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exporting onto the shelf', () => {
  it('records every export with title, time, template, file, digest, pages and marking', async () => {
    const { result, item } = await exportBriefing();
    expect(result).toMatchObject({ canceled: false, file: path.join(exportDir, 'Crisis-channels.pdf') });
    expect(result).not.toHaveProperty('notShelved');
    expect(item).toMatchObject({
      title: 'Crisis channels',
      marking: 'TLP:AMBER',
      pages: !result.canceled && result.pageCount,
      addedAt: '2025-01-02T03:04:05.000Z',
      lastPage: 1,
      export: { briefingId: 'brief-1', templateId: 'memo', version: 1, date: '2024-03-02' },
      missing: false,
      stale: false,
    });
    const [entry] = store.data.shelf;
    expect(entry!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(store.data.briefings[0]!.exports).toEqual([
      { at: entry!.addedAt, file: entry!.file, templateId: 'memo', sha256: entry!.sha256, pages: entry!.pages },
    ]);
  });

  it('keeps the export history when the renderer saves an older copy of the briefing', async () => {
    await exportBriefing();
    later();
    await call('briefing:save', { ...briefing(), title: 'Renamed' });
    expect(store.data.briefings[0]!.title).toBe('Renamed');
    expect(store.data.briefings[0]!.exports).toHaveLength(1);
  });

  it('still exports when the library cannot be changed, and says why it is not on the shelf', async () => {
    store.update = () => Promise.reject(new Error('the library is read-only this session'));
    const result = await call('briefing:export', briefing());
    expect(result).toMatchObject({ canceled: false, notShelved: 'the library is read-only this session' });
    expect(readFileSync(path.join(exportDir, 'Crisis-channels.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('a PDF that cannot be written', () => {
  async function exportFailure() {
    const result = await dispatch(handlers, 'briefing:export', briefing(), true);
    if (result.ok) throw new Error('the export did not fail');
    return result.error;
  }

  it('says the disk is full, naming the export and not the temp file, and shelves nothing', async () => {
    nextWriteFails = 'ENOSPC';
    const error = await exportFailure();
    expect(error).toEqual({
      code: 'file',
      message: `${path.join(exportDir, 'Crisis-channels.pdf')} was not saved: there is not enough space left on the disk that holds ${exportDir}.`,
      hint: 'Free some space on that disk, or save it on another one.',
    });
    expect(store.data.shelf).toEqual([]);
  });

  it('says a folder that is really a file is not a folder', async () => {
    const notAFolder = path.join(dir, 'notes.txt');
    writeFileSync(notAFolder, 'notes');
    answerSaveDialog = (name) => path.join(notAFolder, name);
    expect(await exportFailure()).toMatchObject({
      code: 'file',
      message: `${path.join(notAFolder, 'Crisis-channels.pdf')} was not saved: ${notAFolder} is not a folder (a file has that name).`,
    });
  });

  it('names the new version when regenerating it fails', async () => {
    const { item } = await exportBriefing();
    nextWriteFails = 'EROFS';
    const result = await dispatch(handlers, 'shelf:regenerate', { id: item.id }, true);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'file', message: `${path.join(exportDir, 'Crisis-channels (v2).pdf')} was not saved: ${exportDir} is on a read-only disk or share.` },
    });
    expect(store.data.shelf).toHaveLength(1);
  });
});

describe('regenerating an export whose date is no day', () => {
  it('refuses before asking where to save, and says how to fix the date', async () => {
    const { item } = await exportBriefing();
    // As exports made before dates were checked could be: 30 February.
    await store.update((library) => {
      const origin = library.shelf[0]!.origin;
      if (origin.kind === 'export') origin.request.date = '2026-02-30';
    });
    later();
    const dialogsBefore = saveDialogs.length;
    const result = await dispatch(handlers, 'shelf:regenerate', { id: item.id }, true);
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^“Crisis channels” cannot be regenerated .*February 2026 has 28 days\. Open the briefing, set its date and save it/) },
    });
    expect(saveDialogs).toHaveLength(dialogsBefore);
    expect(store.data.shelf).toHaveLength(1);
  });
});

describe('reading from the shelf', () => {
  it('reads the bytes of the file; a moved file is reported missing, and found again by its digest', async () => {
    const { result, item } = await exportBriefing();
    const file = !result.canceled ? result.file : '';
    const read = await call('shelf:read', { id: item.id });
    expect(read).toEqual({ status: 'found', pdf: new Uint8Array(readFileSync(file)), changed: false });

    const moved = path.join(dir, 'moved.pdf');
    await rename(file, moved);
    expect(await call('shelf:read', { id: item.id })).toEqual({ status: 'missing', file });
    expect((await call('shelf:list'))[0]).toMatchObject({ missing: true });

    const impostor = path.join(dir, 'other.pdf');
    writeFileSync(impostor, '%PDF-1.7 another document');
    filesToOpen.push(impostor);
    expect(await call('shelf:relocate', { id: item.id })).toEqual({ status: 'mismatch', file: impostor });
    expect(await call('shelf:relocate', { id: item.id })).toEqual({ status: 'canceled' });

    filesToOpen.push(moved);
    expect(await call('shelf:relocate', { id: item.id })).toMatchObject({ status: 'relocated', item: { file: moved, missing: false } });
    expect(await call('shelf:read', { id: item.id })).toMatchObject({ status: 'found', changed: false });
  });

  it('says when the file has changed since it was shelved', async () => {
    const { result, item } = await exportBriefing();
    writeFileSync(!result.canceled ? result.file : '', '%PDF-1.7 edited elsewhere');
    expect(await call('shelf:read', { id: item.id })).toMatchObject({ status: 'found', changed: true });
  });

  it('remembers the page last read, within the document', async () => {
    const { item } = await exportBriefing();
    await call('shelf:remember-page', { id: item.id, page: 2 });
    expect((await call('shelf:list'))[0]!.lastPage).toBe(Math.min(2, item.pages));
    await call('shelf:remember-page', { id: item.id, page: 999 });
    expect(JSON.parse(await readFile(store.file, 'utf8')).shelf[0].lastPage).toBe(item.pages);
  });

  it('removes a document from the shelf, leaving its file, and puts it back as it was on Undo', async () => {
    const { result, item } = await exportBriefing();
    await call('shelf:remember-page', { id: item.id, page: 2 });
    const [shelved] = JSON.parse(await readFile(store.file, 'utf8')).shelf;
    await call('shelf:remove', { id: item.id });
    expect(await call('shelf:list')).toEqual([]);
    expect(readFileSync(result.file).subarray(0, 5).toString()).toBe('%PDF-');

    expect(await call('shelf:put-back', { id: item.id })).toMatchObject({ id: item.id, file: result.file, lastPage: shelved.lastPage });
    expect(JSON.parse(await readFile(store.file, 'utf8')).shelf).toEqual([shelved]);
    await expect(call('shelf:put-back', { id: item.id })).rejects.toThrow(/can no longer be put back/);
  });

  it('does not put back an entry whose file a newer export has taken', async () => {
    const { item } = await exportBriefing();
    await call('shelf:remove', { id: item.id });
    later();
    await exportBriefing();
    await expect(call('shelf:put-back', { id: item.id })).rejects.toThrow(/is on the shelf again already/);
    expect(await call('shelf:list')).toHaveLength(1);
  });

  it('opens the file in the system viewer or shows it in its folder; a moved file is said to be gone', async () => {
    const { result, item } = await exportBriefing();
    await call('shelf:open-external', { id: item.id });
    await call('shelf:reveal', { id: item.id });
    expect(shell).toEqual([
      ['open', result.file],
      ['reveal', result.file],
    ]);
    await rename(result.file, `${result.file}.moved`);
    await expect(call('shelf:reveal', { id: item.id })).rejects.toThrow(/is not there any more\.$/);
    expect(shell).toHaveLength(2);
  });

  it('refuses an id that is not on the shelf', async () => {
    await expect(call('shelf:read', { id: 'not-there' })).rejects.toThrow(/Nothing on the shelf has the id "not-there"/);
  });
});

describe('out-of-date briefings', () => {
  it('reports what changed, then regenerates a new version beside the old one, leaving it untouched', async () => {
    const { result, item } = await exportBriefing();
    const original = !result.canceled ? result.file : '';
    const originalBytes = readFileSync(original);
    expect(await call('shelf:staleness', { id: item.id })).toEqual({ stale: false, added: [], removed: [], edited: [] });

    later();
    await store.update((library) => {
      library.records[0]!.summary = 'Restore the channels now.';
    });
    expect(await call('shelf:staleness', { id: item.id })).toEqual({
      stale: true,
      added: [],
      removed: [],
      edited: [
        {
          id: 'elbe-2019-01',
          summary: 'Restore the channels now.',
          fields: ['summary'],
          changes: [{ field: 'summary', diff: [{ text: 'Summary of elbe-2019-01.', change: 'removed' }, { text: 'Restore the channels now.', change: 'added' }] }],
        },
      ],
    });
    expect((await call('shelf:list'))[0]!.stale).toBe(true);

    later();
    const regenerated = await call('shelf:regenerate', { id: item.id });
    // Beside the original without asking: the analyst exported into that folder.
    expect(saveDialogs).toEqual(['Crisis-channels.pdf']);
    const v2 = path.join(exportDir, 'Crisis-channels (v2).pdf');
    expect(regenerated).toMatchObject({ status: 'regenerated', item: { file: v2, stale: false, export: { version: 2 } } });
    expect(readFileSync(original)).toEqual(originalBytes);
    expect(readFileSync(v2).toString('latin1')).toContain('%PDF-');
    // Its first page and its metadata say what it replaces; the first version said nothing of the kind.
    const firstVersion = await readPdf(originalBytes);
    const secondVersion = await readPdf(readFileSync(v2));
    const firstOrigin = store.data.shelf.find((entry) => entry.file === original)!.origin;
    const date = formatDate(firstOrigin.kind === 'export' ? firstOrigin.request.date : '');
    expect(secondVersion.pages[0]).toContain(`Version 2 — supersedes version 1 of ${date}`);
    expect(secondVersion.info.Custom).toMatchObject({ Version: '2', Supersedes: `Version 1 of ${date}` });
    expect(firstVersion.pages[0]).not.toMatch(/supersedes/);
    expect(firstVersion.info.Custom).toMatchObject({ Version: '1' });

    const list = await call('shelf:list');
    expect(list.map((i) => [path.basename(i.file), i.export?.version, i.stale])).toEqual([
      ['Crisis-channels (v2).pdf', 2, false],
      ['Crisis-channels.pdf', 1, true],
    ]);
  });

  it('does not regenerate beside a file that is gone', async () => {
    const { result, item } = await exportBriefing();
    await rm(!result.canceled ? result.file : '');
    expect(await call('shelf:regenerate', { id: item.id })).toEqual({ status: 'missing', file: !result.canceled && result.file });
  });

  it('has no staleness for a PDF added from disk', async () => {
    const { result } = await exportBriefing();
    const copy = path.join(dir, 'copy.pdf');
    writeFileSync(copy, readFileSync(!result.canceled ? result.file : ''));
    filesToOpen.push(copy);
    const added = await call('shelf:add-file');
    expect(await call('shelf:staleness', { id: added.status === 'added' ? added.item.id : '' })).toBeNull();
  });
});

describe('adding a PDF from disk', () => {
  /** A copy of the exported PDF under another name: a PDF Briefbook did not put on the shelf. */
  async function someoneElsesPdf(name: string) {
    const { result } = await exportBriefing();
    const copy = path.join(dir, name);
    writeFileSync(copy, readFileSync(!result.canceled ? result.file : ''));
    return { copy, pages: !result.canceled ? result.pageCount : 0 };
  }

  it('adds it with the title, marking and page count the PDF gives, once', async () => {
    const { copy, pages } = await someoneElsesPdf('Someone else’s memo.pdf');
    filesToOpen.push(copy, copy);
    const added = await call('shelf:add-file');
    expect(added).toMatchObject({
      status: 'added',
      item: { title: 'Crisis channels', file: copy, marking: 'TLP:AMBER', pages, export: undefined, stale: false, missing: false },
    });
    expect(store.data.shelf.at(-1)).toMatchObject({ file: copy, sha256: store.data.shelf[0]!.sha256, origin: { kind: 'file' } });
    const again = await call('shelf:add-file');
    expect(again.status === 'added' && again.item.id).toBe(added.status === 'added' && added.item.id);
    expect(store.data.shelf).toHaveLength(2);
  });

  it('says when the file cannot be read or is not a PDF, and does nothing when the analyst cancels', async () => {
    const gone = path.join(dir, 'gone.pdf');
    const text = path.join(dir, 'notes.pdf');
    writeFileSync(text, 'just some notes');
    filesToOpen.push(gone, text);
    expect(await call('shelf:add-file')).toMatchObject({ status: 'unreadable', file: gone, reason: `${gone} is not there any more.` });
    expect(await call('shelf:add-file')).toMatchObject({
      status: 'unreadable',
      file: text,
      reason: `${text} is not a PDF (it does not start with %PDF-), so Briefbook will not open it.`,
    });
    expect(await call('shelf:add-file')).toEqual({ status: 'canceled' });
    expect(store.data.shelf).toEqual([]);
  });
});

describe('shelf entries are not trusted as paths', () => {
  /** An exported briefing whose shelf entry was then edited by hand to name `file`. */
  async function entryNaming(file: string, exported?: Awaited<ReturnType<typeof exportBriefing>>) {
    const { item } = exported ?? (await exportBriefing());
    await store.update((library) => {
      library.shelf[0]!.file = file;
    });
    saveDialogs = [];
    return item.id;
  }

  async function failure(channel: 'shelf:read' | 'shelf:open-external' | 'shelf:reveal', id: string) {
    const result = await dispatch(handlers, channel, { id }, true);
    if (result.ok) throw new Error(`${channel} was not refused`);
    return result.error;
  }

  const hostile: [string, () => Promise<string>][] = [
    ['/etc/passwd', async () => '/etc/passwd'],
    ['a program', async () => process.execPath],
    [
      'a named pipe',
      async () => {
        const fifo = path.join(dir, 'pipe.pdf');
        execFileSync('mkfifo', [fifo]);
        return fifo;
      },
    ],
    [
      'a folder',
      async () => {
        const folder = path.join(dir, 'folder.pdf');
        await mkdir(folder);
        return folder;
      },
    ],
    [
      'a file named .pdf that is not one',
      async () => {
        const file = path.join(dir, 'notes.pdf');
        writeFileSync(file, 'CANARY: the analyst’s private notes');
        return file;
      },
    ],
  ];

  it.each(hostile)('neither reads, opens nor shows %s, and says why', async (_name, make) => {
    const file = await make();
    const id = await entryNaming(file);
    for (const channel of ['shelf:read', 'shelf:open-external', 'shelf:reveal'] as const) {
      const error = await failure(channel, id);
      expect(error.code).toBe('file');
      expect(error.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is (not a PDF|a folder|not a regular file).*so Briefbook will not open it\\.$`));
      expect(error.hint).toMatch(/Remove it from the shelf/);
      expect(JSON.stringify(error)).not.toContain('CANARY');
    }
    expect(shell).toEqual([]);
  });

  it.each(hostile)('asks where to save a regenerated version instead of writing beside %s', async (_name, make) => {
    const file = await make();
    const id = await entryNaming(file);
    const folderBefore = readdirSync(path.dirname(file));
    answerSaveDialog = () => undefined;
    expect(await call('shelf:regenerate', { id })).toEqual({ status: 'canceled' });
    expect(saveDialogs).toEqual([`${path.basename(file, path.extname(file))} (v2)${path.extname(file) || '.pdf'}`]);
    expect(readdirSync(path.dirname(file))).toEqual(folderBefore);
    expect(store.data.shelf).toHaveLength(1);
  });

  it('asks where to save when the original is a PDF in a folder the analyst never exported into', async () => {
    const exported = await exportBriefing();
    const elsewhere = path.join(dir, 'synced from another machine');
    await mkdir(elsewhere);
    const original = path.join(elsewhere, 'Crisis-channels.pdf');
    await copyFile(exported.result.canceled ? '' : exported.result.file, original);
    const id = await entryNaming(original, exported);
    expect(await call('shelf:read', { id })).toMatchObject({ status: 'found', changed: false });

    const chosen = path.join(exportDir, 'Chosen.pdf');
    answerSaveDialog = () => chosen;
    expect(await call('shelf:regenerate', { id })).toMatchObject({ status: 'regenerated', item: { file: chosen, export: { version: 2 } } });
    expect(saveDialogs).toEqual(['Crisis-channels (v2).pdf']);
    expect(readdirSync(elsewhere)).toEqual(['Crisis-channels.pdf']);
    expect(readFileSync(chosen).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('opens and shows only the PDF a relocation found, and relocates only to a PDF', async () => {
    const { result, item } = await exportBriefing();
    const file = result.canceled ? '' : result.file;
    const notes = path.join(dir, 'notes.pdf');
    writeFileSync(notes, 'CANARY notes');
    filesToOpen.push(notes);
    const refused = await dispatch(handlers, 'shelf:relocate', { id: item.id }, true);
    expect(refused).toMatchObject({ ok: false, error: { code: 'file', message: `${notes} is not a PDF (it does not start with %PDF-), so Briefbook will not open it.` } });
    expect(store.data.shelf[0]!.file).toBe(file);
    expect(existsSync(file)).toBe(true);
  });
});
