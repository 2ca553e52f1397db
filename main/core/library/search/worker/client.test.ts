import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibraryFile } from '../..';
import type { Library, RecordItem } from '../../../model';
import { findRecordPage, type RecordQuery } from '../../query';
import { projectRoot } from '../../../resources';
import { SAVED_INDEX_FORMAT } from '../saved-index';
import type { SearchableLibrary } from '../searchable-library';
import { SearchWorker } from './client';

// The worker runs the bundle the app ships, dist/search-worker.js (built by test/global-setup.ts).
const root = projectRoot();
const seed = await loadLibraryFile(path.join(root, 'data', 'library.json'));
const worker = new SearchWorker(path.join(root, 'dist', 'search-worker.js'));

afterAll(() => worker.close());

const idsIn = async (finder: SearchWorker, library: Library, query: RecordQuery) => (await finder.find(library, query, 0, 1000)).positions.map((position) => library.records[position]!.id);
const ids = (library: Library, query: RecordQuery) => idsIn(worker, library, query);

function edited(library: Library, id: string, change: Partial<RecordItem>): Library {
  // A validated copy, as the store makes on every edit: no record keeps its identity.
  const copy = structuredClone(library);
  const record = copy.records.find((r) => r.id === id)!;
  Object.assign(record, change);
  return copy;
}

describe('SearchWorker', () => {
  it('answers as a search in process does: the page, the total and the facet counts', async () => {
    const queries: RecordQuery[] = [{}, { search: 'liaisons' }, { search: 'Герасимов' }, { topics: ['arctic'], search: 'russ' }, { search: 'source:channels', kinds: ['recommendation'] }, { search: 'source:wikimedia' }];
    for (const query of queries) {
      expect(await worker.find(seed, query, 2, 5)).toEqual(findRecordPage(seed, query, 2, 5));
    }
  });

  it('follows an edited record: the new text is found, the old is not', async () => {
    expect(await ids(seed, { search: 'Gerasimov' })).toEqual(['eln-2021-10']);
    const library = edited(seed, 'eln-2021-10', { statement: 'Appoint a standing hotline officer.', summary: 'Hotline officer.', tags: [] });
    expect(await ids(library, { search: 'hotline' })).toEqual(['eln-2021-10']);
    expect(await ids(library, { search: 'Gerasimov' })).toEqual([]);
  });

  it('follows added and deleted records, and a renamed author', async () => {
    const template = seed.records.find((r) => r.id === 'eln-2021-03')!;
    const added = { ...structuredClone(seed), records: [...seed.records, { ...template, id: 'eln-2021-99', statement: 'Zanzibar protocol.' }] };
    expect(await ids(added, { search: 'zanzibar' })).toEqual(['eln-2021-99']);
    const deleted = edited(added, 'eln-2021-99', { status: 'deleted' });
    expect(await ids(deleted, { search: 'zanzibar' })).toEqual([]);
    const renamed = { ...deleted, sources: deleted.sources.map((s) => (s.id === 'elbe-2019' ? { ...s, authors: ['Jane Doe'] } : s)) };
    const elbe = seed.records.filter((r) => r.sourceId === 'elbe-2019' && r.status === 'active').map((r) => r.id);
    expect(await ids(renamed, { search: 'author:doe' })).toEqual(elbe);
    expect(await ids(renamed, { search: 'shapiro' })).toEqual([]);
  });

  it('answers each query on the library it was asked about, whichever order the libraries come in', async () => {
    const library = edited(seed, 'elbe-2019-26', { statement: 'Quetzal exchange.' });
    const [before, after, beforeAgain] = await Promise.all([ids(seed, { search: 'quetzal' }), ids(library, { search: 'quetzal' }), ids(seed, { search: 'quetzal' })]);
    expect([before, after, beforeAgain]).toEqual([[], ['elbe-2019-26'], []]);
  });

  it('answers in process when its worker cannot start', async () => {
    const broken = new SearchWorker(path.join(root, 'dist', 'no-such-worker.js'));
    try {
      expect(await broken.find(seed, { search: 'liaisons' }, 0, 10)).toEqual(findRecordPage(seed, { search: 'liaisons' }, 0, 10));
      expect(broken.stopped?.message).toMatch(/no-such-worker/);
    } finally {
      await broken.close();
    }
  });
});

describe('SearchWorker with a saved index', () => {
  const folder = mkdtemp(path.join(tmpdir(), 'search-worker-'));
  afterAll(async () => rm(await folder, { recursive: true, force: true }));
  const bundle = path.join(root, 'dist', 'search-worker.js');

  /**
   * Runs `work` with a worker saving its index in `file` (at once after a change), then closes
   * it. `versions`: the library file each library is exactly, as the app's store tells.
   */
  async function withWorker<T>(file: string, work: (worker: SearchWorker) => Promise<T>, versions = new Map<SearchableLibrary, string>(), saveDelayMs = 0): Promise<T> {
    const worker = new SearchWorker(bundle, { savedIndexFile: file, saveDelayMs }, (library) => versions.get(library));
    try {
      return await work(worker);
    } finally {
      await worker.close();
    }
  }
  const written = (worker: SearchWorker) => worker.savedIndexEvent((event) => 'written' in event);
  const loaded = (worker: SearchWorker) => worker.savedIndexEvent((event) => 'loaded' in event);

  it('builds and saves the index on a first start, and loads it on the next instead of building', async () => {
    const file = path.join(await folder, 'first');
    await withWorker(file, async (first) => {
      expect(await first.find(seed, { search: 'liaisons' }, 0, 10)).toEqual(findRecordPage(seed, { search: 'liaisons' }, 0, 10));
      expect(await loaded(first)).toEqual({ loaded: false, problem: 'none saved yet' });
      expect(await written(first)).toEqual({ written: true });
    });
    await withWorker(file, async (second) => {
      for (const query of [{ search: 'liaisons' }, { search: 'Герасимов' }, { search: 'speaker:delegation secur' }]) {
        expect(await second.find(seed, query, 0, 10)).toEqual(findRecordPage(seed, query, 0, 10));
      }
      expect(await loaded(second)).toEqual({ loaded: true, reindexed: 0 });
      // An edit after the load is found by its new text, not its old.
      const library = edited(seed, 'eln-2021-10', { statement: 'Appoint a standing hotline officer.', summary: 'Hotline officer.', tags: [] });
      expect((await second.find(library, { search: 'hotline' }, 0, 10)).positions.map((p) => library.records[p]!.id)).toEqual(['eln-2021-10']);
      expect((await second.find(library, { search: 'Gerasimov' }, 0, 10)).total).toBe(0);
      // Saved again once edits go quiet.
      expect(await written(second)).toEqual({ written: true });
    });
  });

  it('indexes only the records changed since the index was saved', async () => {
    const file = path.join(await folder, 'changed');
    await withWorker(file, async (first) => {
      await first.follow(seed);
      await written(first);
    });
    const library = edited(seed, 'elbe-2019-26', { statement: 'Quetzal exchange.' });
    await withWorker(file, async (second) => {
      expect((await second.find(library, { search: 'quetzal' }, 0, 10)).positions.map((p) => library.records[p]!.id)).toEqual(['elbe-2019-26']);
      expect(await loaded(second)).toEqual({ loaded: true, reindexed: 1 });
    });
  });

  it('ignores a damaged saved index: builds the index, answers rightly, and saves it again', async () => {
    const file = path.join(await folder, 'damaged');
    await writeFile(file, `{"format":"${SAVED_INDEX_FORMAT}","parts":[["slots",5]]}\n{"ids`);
    await withWorker(file, async (worker) => {
      expect(await worker.find(seed, { search: 'liaisons' }, 0, 10)).toEqual(findRecordPage(seed, { search: 'liaisons' }, 0, 10));
      expect(await loaded(worker)).toEqual({ loaded: false, problem: expect.stringMatching(/damaged/) });
      expect(await written(worker)).toEqual({ written: true });
    });
    await withWorker(file, async (worker) => {
      await worker.find(seed, { search: 'liaisons' }, 0, 10);
      expect(await loaded(worker)).toEqual({ loaded: true, reindexed: 0 });
    });
  });
  describe('opening the very library the index was saved from', () => {
    const queries: RecordQuery[] = [{}, { search: 'liaisons' }, { search: 'Герасимов' }, { topics: ['arctic'], search: 'russ' }, { search: 'source:channels', kinds: ['recommendation'] }, { search: 'source:wikimedia' }];
    const hotline = edited(seed, 'eln-2021-10', { statement: 'Appoint a standing hotline officer.', summary: 'Hotline officer.', tags: [] });
    const versions = new Map<SearchableLibrary, string>([
      [seed, 'sha-seed'],
      [hotline, 'sha-hotline'],
    ]);

    const opened = <T>(file: string, work: (worker: SearchWorker) => Promise<T>, saveDelayMs = 0) => withWorker(file, work, versions, saveDelayMs);

    async function savedFrom(name: string, library: Library): Promise<string> {
      const file = path.join(await folder, name);
      await opened(file, async (first) => {
        await first.follow(library);
        await written(first);
      });
      return file;
    }

    it('sends no record, and answers queries and facet counts from the saved copy', async () => {
      const file = await savedFrom('exact', seed);
      await opened(file, async (worker) => {
        for (const query of queries) expect(await worker.find(seed, query, 2, 5), JSON.stringify(query)).toEqual(findRecordPage(seed, query, 2, 5));
        // Words only in a source's text: the saved copy leaves texts out, and main sends them with `open`.
        expect((await worker.find(seed, { search: 'source:wikimedia' }, 0, 5)).total).toBeGreaterThan(0);
        expect(worker.recordsSent).toBe(0);
        expect(await loaded(worker)).toEqual({ loaded: true, reindexed: 0, exact: true });
      });
    });

    it('sends the library and indexes what differs when the library file is another', async () => {
      const file = await savedFrom('other', seed);
      await opened(file, async (worker) => {
        for (const query of queries) expect(await worker.find(hotline, query, 2, 5), JSON.stringify(query)).toEqual(findRecordPage(hotline, query, 2, 5));
        expect(worker.recordsSent).toBe(hotline.records.length);
        expect(await loaded(worker)).toEqual({ loaded: true, reindexed: 1 });
      });
    });

    it('follows an edit after opening: sent alone, found by its new text, and saved for the next start', async () => {
      const file = await savedFrom('edited', seed);
      await opened(file, async (worker) => {
        expect(await idsIn(worker, seed, { search: 'Gerasimov' })).toEqual(['eln-2021-10']);
        expect(await idsIn(worker, hotline, { search: 'hotline' })).toEqual(['eln-2021-10']);
        expect(await idsIn(worker, hotline, { search: 'Gerasimov' })).toEqual([]);
        expect(worker.recordsSent).toBe(1);
        expect(await written(worker)).toEqual({ written: true });
      });
      await opened(file, async (worker) => {
        expect(await idsIn(worker, hotline, { search: 'hotline' })).toEqual(['eln-2021-10']);
        expect(worker.recordsSent).toBe(0);
      });
    });

    it('saves at once when asked (at quitting) if a save is due, and only then', async () => {
      const file = path.join(await folder, 'quitting');
      await opened(file, async (worker) => {
        await worker.saveIfDue(seed);
        expect(worker.savedIndexEvents.filter((event) => 'written' in event)).toEqual([{ written: true }]);
        await worker.saveIfDue(seed);
        expect(worker.savedIndexEvents.filter((event) => 'written' in event)).toHaveLength(1);
      }, 60_000);
      await opened(file, async (worker) => {
        await worker.follow(seed);
        expect(worker.recordsSent).toBe(0);
      });
    });
  });
});
