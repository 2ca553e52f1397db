import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../../../test/fixtures/temp-store';
import { ImportError } from '../importer/errors';
import { importFile, type ImportResult } from '../importer/import-source';
import { LibraryChangeError } from '../library';
import { NotFoundError } from '../errors';
import { confirmSource, decide, editCandidate } from './import-review';
import { ImportSessions, REVIEWED_IMPORT_TAGS } from './import-sessions';
import { addRecord } from './records';
import { addSource } from './sources';

const ARTICLE = path.resolve(import.meta.dirname, '../../../test/fixtures/import/workshop-notes.md');
const NOW = new Date('2026-01-02T03:04:05Z');
let temp: TempStore;
let sessions: ImportSessions;
let result: ImportResult;

beforeEach(async () => {
  temp = await openTempStore();
  sessions = new ImportSessions(temp.store);
  result = await importFile(ARTICLE, { topics: temp.store.data.topics, today: NOW });
});
afterEach(() => temp.remove());

describe('ImportSessions', () => {
  it('changes nothing in the library until commit, then adds the confirmed source and the accepted candidates only', async () => {
    const before = await temp.bytes();
    let draft = sessions.open(result);
    draft = sessions.change(draft.id, (d) => confirmSource(d, { ...d.source, publisher: 'Deep Cuts Commission', dialogue: 'Deep Cuts Commission' }));
    const [first, second, third] = draft.candidates;
    draft = sessions.change(draft.id, (d) => decide(d, first!.key, 'accepted'));
    draft = sessions.change(draft.id, (d, library) => editCandidate(d, second!.key, { ...second!, summary: 'Experts disagreed on early warning.', topics: ['arms-control'] }, library.topics));
    draft = sessions.change(draft.id, (d) => decide(d, third!.key, 'rejected'));
    expect(await temp.bytes()).toEqual(before);

    const added = await sessions.commit(draft.id, NOW);
    expect(added.sourceId).toBe('deep-cuts-commission-2020');
    const source = temp.store.data.sources.find((s) => s.id === added.sourceId)!;
    expect(source.publisher).toBe('Deep Cuts Commission');
    const records = temp.store.data.records.filter((r) => r.sourceId === added.sourceId);
    expect(records.map((r) => r.statement)).toEqual([first!.statement, second!.statement]);
    expect(records[1]).toMatchObject({ summary: 'Experts disagreed on early warning.', topics: ['arms-control'], tags: REVIEWED_IMPORT_TAGS });
    for (const record of records) expect(source.text.slice(record.location.start, record.location.end)).toBe(record.statement);
    // The draft is gone once committed.
    expect(() => sessions.view(draft.id)).toThrow(NotFoundError);
  });

  it('refuses to commit before the source is confirmed', async () => {
    const draft = sessions.open(result);
    await expect(sessions.commit(draft.id, NOW)).rejects.toMatchObject({ field: 'source' });
  });

  it('leaves the library and the draft as they were when a commit fails, so it can be committed again', async () => {
    let draft = sessions.open(result);
    draft = sessions.change(draft.id, (d) => confirmSource(d, d.source));
    draft = sessions.change(draft.id, (d) => decide(d, d.candidates[0]!.key, 'accepted'));
    // A topic the candidate carries disappears before the commit: the library refuses the records.
    const stale = sessions.change(draft.id, (d) => ({ ...d, candidates: d.candidates.map((c) => ({ ...c, topics: ['gone'] })) }));
    const before = await temp.bytes();
    await expect(sessions.commit(stale.id, NOW)).rejects.toBeInstanceOf(LibraryChangeError);
    expect(await temp.bytes()).toEqual(before);
    expect(sessions.view(stale.id)).toEqual(stale);

    sessions.change(stale.id, (d) => ({ ...d, candidates: d.candidates.map((c) => ({ ...c, topics: ['arms-control'] })) }));
    await sessions.commit(stale.id, NOW);
    expect(temp.store.data.records.filter((r) => r.tags.includes('imported'))).toHaveLength(1);
  });

  it('flags candidates whose statement the library already holds, the same or heavily overlapping', async () => {
    const statement = result.candidates.at(-2)!.statement;
    const earlier = `Earlier notes.\n\n${statement}\n\nExperts from all three countries should meet again before the 2020 NPT Review Conference.`;
    const source = await addSource(temp.store, { title: 'Earlier notes', publisher: 'Deep Cuts', date: '2019-01-01', kind: 'report', language: 'en', text: earlier });
    const same = await addRecord(temp.store, { sourceId: source.id, kind: 'recommendation', statement, summary: 'Same.', speaker: 'Deep Cuts', topics: ['arms-control'] }, NOW);
    const overlapping = await addRecord(
      temp.store,
      { sourceId: source.id, kind: 'recommendation', statement: 'Experts from all three countries should meet again before the 2020 NPT Review Conference.', summary: 'Meet.', speaker: 'Deep Cuts', topics: ['arms-control'] },
      NOW,
    );

    const draft = sessions.open(result);
    const flagged = draft.candidates.filter((c) => c.duplicate).map((c) => c.duplicate);
    expect(flagged).toContainEqual({ recordId: same.id, sourceId: source.id, statement, match: 'same' });
    expect(flagged).toContainEqual(expect.objectContaining({ recordId: overlapping.id, match: 'overlap' }));
  });

  it('refuses a text the library already holds as soon as it is opened', async () => {
    await addSource(temp.store, { title: 'Notes', publisher: 'Deep Cuts', date: '2020-02-18', kind: 'report', language: 'en', text: result.source.text });
    expect(() => sessions.open(result)).toThrow(ImportError);
  });

  it('forgets a discarded draft without touching the library', async () => {
    const before = await temp.bytes();
    const draft = sessions.open(result);
    sessions.discard(draft.id);
    expect(() => sessions.view(draft.id)).toThrow(/no longer open/);
    expect(await temp.bytes()).toEqual(before);
  });
});
