import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { testHandlerContext } from '../../../test/fixtures/handler-context';
import { makeBriefing } from '../../../test/fixtures/library';
import type { Channel, RequestOf, Responses } from '../../api';
import { composeBriefing } from '../../core/compose/compose';
import { loadLibraryFile, LibraryStore } from '../../core/library';
import type { RecordQuery } from '../../core/library/query';
import { RecordSearch } from '../../core/library/search/record-search';
import { SearchWorker } from '../../core/library/search/worker/client';
import type { Briefing } from '../../core/model';
import { projectRoot } from '../../core/resources';
import { ExportFolders, shelfEntryStaleness } from '../../core/shelf';
import { dispatch, type HandlerTable } from '../dispatch';
import { createHandlers } from '../handlers';

// The worker runs the bundle the app ships, dist/search-worker.js (built by test/global-setup.ts).
const root = projectRoot();
const seed = await loadLibraryFile(path.join(root, 'data', 'library.json'));
const worker = new SearchWorker(path.join(root, 'dist', 'search-worker.js'));
afterAll(() => worker.close());

/** A saved briefing whose rule searches text: three records, plus one added by hand. */
const searching: Briefing = {
  ...makeBriefing('liaisons', 'Liaison missions'),
  selection: { topics: ['mil-to-mil-channels'], sources: [], kinds: [], search: 'liaisons', applyFilters: true, added: ['elbe-2019-01'] },
  items: [],
};

let dir: string;
let store: LibraryStore;
let handlers: HandlerTable;
/** The queries the app asked the search worker, in order. */
let asked: RecordQuery[];
/** Building or querying a search index in this thread (the app's main process). */
let inProcessSearch: MockInstance[];

async function call<C extends Channel>(channel: C, request?: RequestOf<C>): Promise<Responses[C]> {
  const result = await dispatch(handlers, channel, request, true);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as Responses[C];
}

const printedIds = (model: { sections: { records: { id: string }[] }[] }) => model.sections.flatMap((s) => s.records.map((r) => r.id));

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-rule-search-'));
  await mkdir(path.join(dir, 'exports'));
  const file = path.join(dir, 'library.json');
  writeFileSync(file, JSON.stringify({ ...seed, briefings: [searching] }));
  store = await LibraryStore.open(file, { seedFile: file });
  asked = [];
  handlers = createHandlers(
    testHandlerContext(store, {
      exportFolders: new ExportFolders(path.join(dir, 'export-folders.json')),
      findRecordPage: (library, query, offset, limit) => {
        asked.push(query);
        return worker.find(library, query, offset, limit);
      },
      chooseExportFile: async (name) => path.join(dir, 'exports', name),
    }),
  );
  inProcessSearch = [vi.spyOn(RecordSearch, 'build'), vi.spyOn(RecordSearch.prototype, 'sync'), vi.spyOn(RecordSearch.prototype, 'positions')];
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe("composing in the app: a rule's text search", () => {
  it('is answered by the search worker for compose, preview, template preview and the briefing list, with no index in main', async () => {
    const model = await call('briefing:compose', searching);
    const preview = await call('briefing:preview', searching);
    const copy = await call('template:duplicate', { id: 'memo' });
    const { text } = await call('template:open', { id: copy.id });
    const templatePreview = await call('template:preview', { id: copy.id, text, briefing: searching });
    const [listed] = await call('briefings:list');

    for (const spy of inProcessSearch) expect(spy).not.toHaveBeenCalled();
    expect(asked.map((query) => query.search)).toContain('liaisons');
    // The same briefing as composing in process, where findRecords builds the index.
    vi.restoreAllMocks();
    const inProcess = composeBriefing(store.data, searching);
    expect(model).toEqual(inProcess);
    expect(new Set(printedIds(model))).toEqual(new Set(['elbe-2019-01', 'elbe-2019-26', 'elbe-2019-27', 'eln-2021-14']));
    expect(listed).toMatchObject({ id: 'liaisons', records: 4 });
    expect(preview.pageCount).toBeGreaterThan(0);
    expect(templatePreview.pageCount).toBe(preview.pageCount);
  });

  it('is answered by the search worker for export, the shelf, its staleness and regenerating, with no index in main', async () => {
    const exported = await call('briefing:export', searching);
    if (exported.canceled) throw new Error('the export was cancelled');
    const [item] = await call('shelf:list');
    const staleness = await call('shelf:staleness', { id: item!.id });
    const regenerated = await call('shelf:regenerate', { id: item!.id });

    for (const spy of inProcessSearch) expect(spy).not.toHaveBeenCalled();
    expect(asked.map((query) => query.search)).toContain('liaisons');
    vi.restoreAllMocks();
    const entry = store.data.shelf.find((e) => e.id === item!.id)!;
    expect(entry.origin.kind === 'export' && entry.origin.records.map((r) => r.id)).toEqual(printedIds(composeBriefing(store.data, searching)));
    expect(item).toMatchObject({ stale: false });
    expect(staleness).toEqual(shelfEntryStaleness(store.data, entry));
    expect(regenerated).toMatchObject({ status: 'regenerated', item: { stale: false, export: { version: 2 } } });
  });

  it('is not needed for a rule of filters alone: composed in main without asking the worker', async () => {
    const filtersOnly = { ...searching, selection: { ...searching.selection, search: '' } };
    const model = await call('briefing:compose', filtersOnly);
    expect(asked).toEqual([]);
    expect(inProcessSearch[2]).not.toHaveBeenCalled();
    expect(model).toEqual(composeBriefing(store.data, filtersOnly));
  });
});
