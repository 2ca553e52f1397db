import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { readPdf } from '../../../test/read-pdf';
import type { ApiResult, Channel, RequestOf, Responses } from '../../api';
import { LibraryStore } from '../../core/library';
import { resourceLayout } from '../../core/resources';
import { dispatch } from '../dispatch';
import { createHandlers } from '../handlers';

describe('template studio channels', () => {
  let dir: string;
  let chosen: { importFile?: string; exportFile?: string };
  let invoke: <C extends Channel>(channel: C, payload?: RequestOf<C>) => Promise<ApiResult<Responses[C]>>;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-template-studio-'));
    const file = path.join(dir, 'library.json');
    writeFileSync(file, JSON.stringify(makeLibrary()));
    const store = await LibraryStore.open(file, { seedFile: file });
    chosen = {};
    const handlers = createHandlers({
      store,
      layout: resourceLayout(),
      templatesDir: path.join(dir, 'templates'),
      chooseExportFile: async () => undefined,
      chooseTemplateFile: async () => chosen.importFile,
      chooseTemplateExportFile: async () => chosen.exportFile,
      chooseFileToImport: async () => undefined,
      chooseFileToOpen: async () => undefined,
      openPath: async () => undefined,
      showInFolder: () => undefined,
      emit: () => undefined,
      now: () => new Date('2025-01-02T03:04:05Z'),
    });
    invoke = (channel, payload) => dispatch(handlers, channel, payload, true) as never;
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  const value = <T>(result: ApiResult<T>): T => {
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };

  it('keeps templates in the context folder: duplicate, save, list, and the briefing exports with it', async () => {
    const copy = value(await invoke('template:duplicate', { id: 'memo' }));
    expect(copy).toMatchObject({ name: 'Memo (copy)', builtIn: false });
    expect(existsSync(path.join(dir, 'templates', `${copy.id}.hbs`))).toBe(true);

    const { text } = value(await invoke('template:open', { id: copy.id }));
    const broken = text.replace('{{title}}', '{{titel}}');
    const problems = value(await invoke('template:check', { id: copy.id, text: broken }));
    expect(problems).toMatchObject([{ severity: 'error', message: expect.stringContaining('"titel"') }]);
    expect(value(await invoke('template:save', { id: copy.id, text: broken }))).toMatchObject({ saved: false });

    const fixed = text.replace('{{title}}', '{{title}} Quillwort');
    const preview = value(await invoke('template:preview', { id: copy.id, text: fixed, briefing: makeBriefing('b') }));
    expect((await readPdf(preview.pdf)).pages.join(' ')).toContain('Quillwort');

    expect(value(await invoke('template:save', { id: copy.id, text: fixed }))).toMatchObject({ saved: true });
    expect(value(await invoke('templates:list')).map((t) => t.id)).toContain(copy.id);
    const exported = value(await invoke('briefing:preview', { ...makeBriefing('b'), templateId: copy.id }));
    expect((await readPdf(exported.pdf)).pages.join(' ')).toContain('Quillwort');
  });

  it('deletes to the trash and restores; keeps and discards drafts', async () => {
    const copy = value(await invoke('template:create', { name: 'Desk memo', from: 'memo' }));
    value(await invoke('template:save-draft', { id: copy.id, text: 'draft text' }));
    expect(value(await invoke('template:open', { id: copy.id })).draft?.text).toBe('draft text');
    value(await invoke('template:discard-draft', { id: copy.id }));
    expect(value(await invoke('template:open', { id: copy.id })).draft).toBeUndefined();

    const trashed = value(await invoke('template:delete', { id: copy.id }));
    expect(value(await invoke('templates:trash')).map((t) => t.trashId)).toEqual([trashed.trashId]);
    expect(value(await invoke('template:restore', { trashId: trashed.trashId }))).toMatchObject({ id: copy.id, name: 'Desk memo' });
  });

  it('imports and exports only through the files main asks for, and refuses ids that are paths', async () => {
    expect(value(await invoke('template:import'))).toEqual({ canceled: true });
    chosen.exportFile = path.join(dir, 'shared.hbs');
    expect(value(await invoke('template:export', { id: 'memo' }))).toEqual({ canceled: false, file: chosen.exportFile });
    expect(await readFile(chosen.exportFile, 'utf8')).toContain('name: Memo');

    chosen.importFile = chosen.exportFile;
    expect(value(await invoke('template:import'))).toMatchObject({ canceled: false, saved: true, template: { builtIn: false } });

    for (const id of ['../library', '/etc/passwd', 'memo/../../x']) {
      const result = await invoke('template:save', { id, text: 'x' });
      expect(result.ok).toBe(false);
    }
    expect(existsSync(path.join(dir, 'library.hbs'))).toBe(false);
  });
});
