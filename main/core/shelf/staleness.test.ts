import { describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary, SOURCE_TEXT } from '../../../test/fixtures/library';
import { composeBriefing } from '../compose/compose';
import type { Briefing, Library, RecordItem, ShelfEntry } from '../model';
import { exportShelfEntry } from './shelve';
import { currentRequest, findStaleness, shelfEntryStaleness as stalenessOf } from './staleness';

const EXPORTED_AT = new Date('2024-03-05T10:00:00Z');
const RUSSIAN = 'Участники договорились продолжить диалог.';

/** The fixture briefing, selecting every crisis-management record (no items: library order). */
function briefing(): Briefing {
  return { ...makeBriefing('brief-1', 'Crisis channels'), items: [] };
}

/** A library with the fixture records plus a third crisis-management record, and the briefing saved. */
function library(): Library {
  const base = makeLibrary();
  base.briefings.push(briefing());
  return base;
}

/** A valid record quoting the Russian sentence of the fixture source. */
function russianRecord(topics = ['crisis-management']): RecordItem {
  const start = SOURCE_TEXT.indexOf(RUSSIAN);
  return {
    ...makeLibrary().records[0]!,
    id: 'elbe-2019-03',
    statement: RUSSIAN,
    summary: 'Continue the dialogue.',
    location: { start, end: start + RUSSIAN.length },
    topics,
  };
}

/** What exporting `briefing()` from `at` would put on the shelf. */
function exported(at: Library) {
  const request = briefing();
  return exportShelfEntry(at, {
    briefing: request,
    model: composeBriefing(at, request),
    bytes: new Uint8Array([1, 2, 3]),
    pageCount: 2,
    marking: request.marking,
    file: '/briefings/Crisis channels.pdf',
    at: EXPORTED_AT,
  });
}

/**
 * The staleness of `entry` in `at` as the store would see it: record queries are cached per
 * library object, which the store replaces on every change, while these tests change it in place.
 */
function shelfEntryStaleness(at: Library, entry: ShelfEntry) {
  return stalenessOf(structuredClone(at), entry);
}

function exportedRecords(entry: ReturnType<typeof exported>) {
  if (entry.origin.kind !== 'export') throw new Error('not an export');
  return entry.origin.records;
}

describe('findStaleness', () => {
  it('finds nothing right after the export', () => {
    const at = library();
    const entry = exported(at);
    expect(exportedRecords(entry).map((r) => r.id)).toEqual(['elbe-2019-01']);
    expect(shelfEntryStaleness(at, entry)).toEqual({ stale: false, added: [], removed: [], edited: [] });
  });

  it('names records the selection finds now that the export did not print as added', () => {
    const at = library();
    const entry = exported(at);
    at.records.push(russianRecord());
    expect(shelfEntryStaleness(at, entry)).toEqual({
      stale: true,
      added: [{ id: 'elbe-2019-03', summary: 'Continue the dialogue.' }],
      removed: [],
      edited: [],
    });
  });

  it('ignores new records the selection does not find', () => {
    const at = library();
    const entry = exported(at);
    at.records.push(russianRecord(['arms-control']));
    expect(shelfEntryStaleness(at, entry)?.stale).toBe(false);
  });

  it('names printed records that are deleted, or gone from the library, as removed', () => {
    const marked = library();
    const entry = exported(marked);
    marked.records[0]!.status = 'deleted';
    expect(shelfEntryStaleness(marked, entry)?.removed).toEqual([
      { id: 'elbe-2019-01', summary: 'Summary of elbe-2019-01.', reason: 'deleted' },
    ]);

    const gone = library();
    gone.records.shift();
    expect(findStaleness(structuredClone(gone), exportedRecords(entry), briefing()).removed).toEqual([
      { id: 'elbe-2019-01', summary: 'Summary of elbe-2019-01.', reason: 'deleted' },
    ]);
  });

  it('names printed records the briefing no longer selects as removed, not deleted', () => {
    const at = library();
    const entry = exported(at);
    at.records[0]!.topics = ['arms-control'];
    expect(shelfEntryStaleness(at, entry)).toMatchObject({
      stale: true,
      removed: [{ id: 'elbe-2019-01', reason: 'not-selected' }],
      edited: [],
    });
  });

  it('names edited records with the printed fields that changed', () => {
    const at = library();
    const entry = exported(at);
    const record = at.records[0]!;
    record.summary = 'Restore the channels.';
    record.kind = 'finding';
    record.topics = ['crisis-management', 'arms-control'];
    record.tags = ['not printed'];
    expect(shelfEntryStaleness(at, entry)).toEqual({
      stale: true,
      added: [],
      removed: [],
      edited: [
        {
          id: 'elbe-2019-01',
          summary: 'Restore the channels.',
          fields: ['summary', 'topics', 'kind'],
          changes: [
            {
              field: 'summary',
              diff: [{ text: 'Summary of elbe-2019-01.', change: 'removed' }, { text: 'Restore the channels.', change: 'added' }],
            },
            { field: 'topics', diff: [{ text: 'Crisis management' }, { text: ', Arms control', change: 'added' }] },
            { field: 'kind', diff: [{ text: 'recommendation', change: 'removed' }, { text: 'finding', change: 'added' }] },
          ],
        },
      ],
    });
  });

  it('shows an edited statement word by word, old text to new, in Russian as in English', () => {
    const at = library();
    at.records.push(russianRecord());
    const entry = exported(at);
    at.records[0]!.statement = 'The sides must restore military-to-military channels now.';
    at.records[2]!.statement = 'Участники решили продолжить диалог.';
    const edited = shelfEntryStaleness(at, entry)?.edited;
    expect(edited?.map((record) => record.changes)).toEqual([
      [
        {
          field: 'statement',
          diff: [
            { text: 'The sides ' },
            { text: 'should', change: 'removed' },
            { text: 'must', change: 'added' },
            { text: ' restore ' },
            { text: 'regular ', change: 'removed' },
            { text: 'military-to-military channels ' },
            { text: 'now', change: 'added' },
            { text: '.' },
          ],
        },
      ],
      [
        {
          field: 'statement',
          diff: [{ text: 'Участники ' }, { text: 'договорились', change: 'removed' }, { text: 'решили', change: 'added' }, { text: ' продолжить диалог.' }],
        },
      ],
    ]);
  });

  it('names the fields of an export shelved before its text was kept, with the summary as the only old text it has', () => {
    const at = library();
    const entry = exported(at);
    for (const record of exportedRecords(entry)) delete record.texts;
    at.records[0]!.summary = 'Restore the channels.';
    at.records[0]!.speaker = 'The Russian delegation';
    expect(shelfEntryStaleness(at, entry)?.edited).toEqual([
      {
        id: 'elbe-2019-01',
        summary: 'Restore the channels.',
        fields: ['summary', 'speaker'],
        changes: [
          {
            field: 'summary',
            diff: [{ text: 'Summary of elbe-2019-01.', change: 'removed' }, { text: 'Restore the channels.', change: 'added' }],
          },
          { field: 'speaker' },
        ],
      },
    ]);
  });

  it('counts a changed note once the briefing is saved with it after the export', () => {
    const at = library();
    const entry = exported(at);
    const saved = at.briefings[0]!;
    saved.items = [{ recordId: 'elbe-2019-01', included: true, note: 'Raise at the council.' }];
    expect(shelfEntryStaleness(at, entry)?.stale).toBe(false);

    saved.updatedAt = '2024-03-06T09:00:00Z';
    expect(shelfEntryStaleness(at, entry)?.edited).toEqual([
      {
        id: 'elbe-2019-01',
        summary: 'Summary of elbe-2019-01.',
        fields: ['note'],
        changes: [{ field: 'note', diff: [{ text: 'Raise at the council.', change: 'added' }] }],
      },
    ]);
  });
});

describe('currentRequest', () => {
  it('is the request as exported until the briefing is saved after the export', () => {
    const at = library();
    const entry = exported(at);
    at.briefings[0]!.title = 'Renamed, saved before the export';
    expect(currentRequest(at, entry)?.title).toBe('Crisis channels');

    at.briefings[0]!.updatedAt = '2024-03-05T10:00:01Z';
    expect(currentRequest(at, entry)?.title).toBe('Renamed, saved before the export');
    expect(currentRequest(at, entry)).not.toHaveProperty('exports');
  });

  it('is the request as exported when the briefing was never saved or is deleted', () => {
    const at = library();
    const entry = exported(at);
    at.briefings = [];
    expect(currentRequest(at, entry)).toEqual(entry.origin.kind === 'export' && entry.origin.request);
  });

  it('is undefined for a PDF added from disk', () => {
    const at = library();
    const entry = { ...exported(at), origin: { kind: 'file' as const } };
    expect(currentRequest(at, entry)).toBeUndefined();
    expect(shelfEntryStaleness(at, entry)).toBeUndefined();
  });
});
