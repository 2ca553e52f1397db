// The window names templates by id only. A path where a template id goes, through any channel
// that takes one, is refused before main reads anything: checked with a canary template whose
// text must never come back, and a missing file whose refusal must read the same (so a refusal
// does not tell whether a file exists).
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import type { ApiResult, Channel } from '../../api';
import { LibraryStore } from '../../core/library';
import { TemplateNotFoundError } from '../../core/render';
import { resourceLayout } from '../../core/resources';
import { dispatch, type HandlerTable } from '../dispatch';
import { createHandlers } from '../handlers';

const MARKER = `CANARY-${randomUUID()}`;

let dir: string;
let libraryFile: string;
let templatesDir: string;
let canary: string;
let absent: string;
/** Dialogs main was asked to show: none may open for a refused id. */
let dialogs: string[];

async function openHandlers(): Promise<HandlerTable> {
  const store = await LibraryStore.open(libraryFile, { seedFile: libraryFile });
  return createHandlers({
    store,
    layout: resourceLayout(),
    templatesDir,
    chooseExportFile: async (name) => (dialogs.push('export'), path.join(dir, 'exports', name)),
    chooseTemplateFile: async () => (dialogs.push('template-import'), undefined),
    chooseTemplateExportFile: async () => (dialogs.push('template-export'), path.join(dir, 'exported.hbs')),
    chooseFileToImport: async () => (dialogs.push('import'), undefined),
    chooseFileToOpen: async () => (dialogs.push('open'), undefined),
    openPath: async () => undefined,
    showInFolder: () => undefined,
    emit: () => undefined,
    now: () => new Date('2025-01-02T03:04:05Z'),
  });
}

/** Every file under the data folder, with its bytes: a refused call changes none of them. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.join(entry.parentPath, entry.name)] = readFileSync(path.join(entry.parentPath, entry.name), 'base64');
  }
  return files;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-template-ids-'));
  templatesDir = path.join(dir, 'templates');
  await mkdir(path.join(dir, 'exports'));
  await mkdir(templatesDir);
  // A user template, so the id channels have something real beside the refused ids.
  writeFileSync(path.join(templatesDir, 'mine.hbs'), '---\nname: Mine\n---\n<h1>{{title}}</h1>\n');
  // The canary is a good template, so nothing but the id check can keep it from being rendered.
  canary = path.join(dir, 'canary.hbs');
  absent = path.join(dir, 'absent.hbs');
  writeFileSync(canary, `---\nname: ${MARKER}\n---\n<h1>${MARKER}</h1>\n`);
  libraryFile = path.join(dir, 'library.json');
  const library = makeLibrary();
  library.briefings.push(makeBriefing('brief-1'));
  writeFileSync(libraryFile, JSON.stringify(library));
  dialogs = [];
});

afterEach(() => rm(dir, { recursive: true, force: true }));

/**
 * Pairs of path-like ids: the first names the canary, the second a file that does not exist,
 * spelled alike (absolute, relative to the templates folder, a bare file name, backslashes).
 */
function pathPairs(): [string, string][] {
  const relative = (file: string) => path.relative(templatesDir, file);
  return [
    [canary, absent],
    [relative(canary), relative(absent)],
    ['canary.hbs', 'absent.hbs'],
    ['..\\canary', '..\\absent'],
    ['/proc/self/environ', '/proc/self/nothing'],
  ];
}

/** Each channel that takes a template id, as a request carrying `id`. */
const CHANNELS: Partial<Record<Channel, (id: string) => unknown>> = {
  'briefing:save': (id) => ({ ...makeBriefing('brief-1'), templateId: id }),
  'briefing:compose': (id) => ({ ...makeBriefing('brief-1'), templateId: id }),
  'briefing:preview': (id) => ({ ...makeBriefing('brief-1'), templateId: id }),
  'briefing:export': (id) => ({ ...makeBriefing('brief-1'), templateId: id }),
  'template:open': (id) => ({ id }),
  'template:create': (id) => ({ name: 'Copied', from: id }),
  'template:duplicate': (id) => ({ id }),
  'template:save': (id) => ({ id, text: '<p>{{title}}</p>' }),
  'template:save-draft': (id) => ({ id, text: '<p>{{title}}</p>' }),
  'template:discard-draft': (id) => ({ id }),
  'template:rename': (id) => ({ id, name: 'Renamed' }),
  'template:delete': (id) => ({ id }),
  'template:check': (id) => ({ id, text: '<p>{{title}}</p>' }),
  'template:preview': (id) => ({ id, text: '<p>{{title}}</p>', briefing: makeBriefing('brief-1') }),
  'template:export': (id) => ({ id }),
  'template:restore': (id) => ({ trashId: `${id}--20250102T030405000Z` }),
};

/** The refusal with the id taken out of it, so refusals of two different ids can be compared. */
function refusal(result: ApiResult<unknown>, id: string): string {
  expect(result.ok, id).toBe(false);
  const text = JSON.stringify(result);
  expect(text).not.toContain(MARKER);
  if (!result.ok) expect(result.error.code, `${id}: ${result.error.message}`).toMatch(/^(invalid-request|not-found)$/);
  return text.split(JSON.stringify(id).slice(1, -1)).join('<id>');
}

describe('a path where a template id goes', () => {
  it('is refused by every channel that takes a template id, with nothing read, written or shown', async () => {
    const handlers = await openHandlers();
    const before = snapshot();
    for (const [channel, request] of Object.entries(CHANNELS) as [Channel, (id: string) => unknown][]) {
      for (const [present, missing] of pathPairs()) {
        const [seen, unseen] = [await dispatch(handlers, channel, request(present), true), await dispatch(handlers, channel, request(missing), true)];
        expect(refusal(seen, present), `${channel} ${present}`).toBe(refusal(unseen, missing));
      }
    }
    // The preview of a template's unsaved text refuses a path in its briefing too.
    const preview = await dispatch(handlers, 'template:preview', { id: 'mine', text: '<p>{{title}}</p>', briefing: { ...makeBriefing('b'), templateId: canary } }, true);
    refusal(preview, canary);
    expect(dialogs).toEqual([]);
    expect(snapshot()).toEqual(before);
  });

  it('is refused in main/core too, for a caller that skipped the request schemas', async () => {
    const handlers = await openHandlers();
    const calls: [string, (id: string) => Promise<unknown>][] = [
      ['briefing:preview', (id) => handlers['briefing:preview']({ ...makeBriefing('brief-1'), templateId: id })],
      ['template:open', (id) => handlers['template:open']({ id })],
      ['template:save', (id) => handlers['template:save']({ id, text: '<p>{{title}}</p>' })],
      ['template:preview', (id) => handlers['template:preview']({ id, text: '<p>{{title}}</p>', briefing: makeBriefing('brief-1') })],
      ['template:export', (id) => handlers['template:export']({ id })],
    ];
    for (const [channel, call] of calls) {
      for (const [present, missing] of pathPairs()) {
        const [seen, unseen] = [await call(present).catch((e: unknown) => e), await call(missing).catch((e: unknown) => e)];
        expect(seen, `${channel} ${present}`).toBeInstanceOf(TemplateNotFoundError);
        expect((seen as Error).message).not.toContain(MARKER);
        const shown = (error: unknown, id: string) => (error as Error).message.split(JSON.stringify(id)).join('<id>');
        expect(shown(seen, present)).toBe(shown(unseen, missing));
      }
    }
    expect(dialogs).toEqual([]);
  });

  it('in a saved briefing, leaves the library loadable and the briefing an unknown template, never a file read', async () => {
    const library = JSON.parse(readFileSync(libraryFile, 'utf8'));
    library.briefings[0].templateId = canary;
    writeFileSync(libraryFile, JSON.stringify(library));
    const handlers = await openHandlers();
    const saved = await dispatch(handlers, 'briefing:get', { id: 'brief-1' }, true);
    expect(saved).toMatchObject({ ok: true, value: { templateId: canary } });
    const preview = await dispatch(handlers, 'briefing:preview', saved.ok ? saved.value : undefined, true);
    expect(refusal(preview, canary)).toMatch(/templateId: not a template id/);
  });

  it('in a shelved export (hand-edited, or exported with --template FILE), is an unknown template when regenerated', async () => {
    const first = await openHandlers();
    const exported = await dispatch(first, 'briefing:export', makeBriefing('brief-1'), true);
    expect(exported).toMatchObject({ ok: true, value: { canceled: false } });
    const results: string[] = [];
    for (const file of [canary, absent]) {
      const library = JSON.parse(readFileSync(libraryFile, 'utf8'));
      const [entry] = library.shelf;
      entry.origin.templateId = file;
      entry.origin.request.templateId = file;
      writeFileSync(libraryFile, JSON.stringify(library));
      const handlers = await openHandlers();
      const before = snapshot();
      const regenerated = await dispatch(handlers, 'shelf:regenerate', { id: entry.id }, true);
      expect(regenerated).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('is not a template id') } });
      results.push(refusal(regenerated, file));
      expect(snapshot()).toEqual(before);
    }
    expect(results[0]).toBe(results[1]);
  });
});

describe('template:export', () => {
  it('checks the id before it shows its save dialog', async () => {
    const handlers = await openHandlers();
    const unknown = await dispatch(handlers, 'template:export', { id: 'no-such-template' }, true);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('no-such-template') } });
    expect(dialogs).toEqual([]);
    expect(await dispatch(handlers, 'template:export', { id: 'mine' }, true)).toMatchObject({ ok: true, value: { canceled: false } });
    expect(dialogs).toEqual(['template-export']);
  });
});

describe('mistakes with templates', () => {
  it('are the analyst’s to fix, never an internal error to report', async () => {
    const handlers = await openHandlers();
    const mistakes: [Channel, unknown, string][] = [
      ['template:open', { id: 'no-such-template' }, 'not-found'],
      ['template:save', { id: 'memo', text: '<p>{{title}}</p>' }, 'invalid-request'],
      ['template:rename', { id: 'mine', name: '   ' }, 'invalid-request'],
      ['template:restore', { trashId: 'mine--20250102T030405000Z' }, 'not-found'],
      ['briefing:preview', { ...makeBriefing('brief-1'), templateId: 'no-such-template' }, 'not-found'],
    ];
    for (const [channel, request, code] of mistakes) {
      const result = await dispatch(handlers, channel, request, true);
      expect(result, channel).toMatchObject({ ok: false, error: { code } });
      expect(JSON.stringify(result), channel).not.toMatch(/report it/);
    }
  });
});
