import { describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { composeBriefing } from '../compose/compose';
import { checkLibrary } from '../library/library-file';
import type { Library } from '../model';
import { exportShelfEntry, findShelved, sha256Hex, shelve } from './shelve';

const BYTES = new TextEncoder().encode('%PDF-1.7 pretend');

function exportOf(library: Library, file: string, briefingId = 'brief-1', at = '2024-03-05T10:00:00Z') {
  const briefing = makeBriefing(briefingId, 'Crisis channels');
  return exportShelfEntry(library, {
    briefing,
    model: composeBriefing(library, briefing),
    bytes: BYTES,
    pageCount: 3,
    marking: 'TLP:AMBER',
    file,
    at: new Date(at),
  });
}

describe('exportShelfEntry', () => {
  it('records the file, digest, pages, marking, time, briefing, template and what was printed', () => {
    const library = makeLibrary();
    const entry = exportOf(library, '/briefings/Crisis.pdf');
    expect(entry).toMatchObject({
      title: 'Crisis channels',
      file: '/briefings/Crisis.pdf',
      sha256: sha256Hex(BYTES),
      pages: 3,
      marking: 'TLP:AMBER',
      addedAt: '2024-03-05T10:00:00.000Z',
      lastPage: 1,
      origin: { kind: 'export', briefingId: 'brief-1', templateId: 'memo', version: 1 },
    });
    expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entry.origin.kind === 'export' && entry.origin.records.map((r) => r.id)).toEqual(['elbe-2019-01']);
  });

  it('keeps the text of each field it printed, by printed name, without repeating the summary or empty fields', () => {
    const library = makeLibrary();
    library.records[0]!.topics = ['crisis-management', 'arms-control'];
    const entry = exportOf(library, '/briefings/Crisis.pdf');
    const [printed] = entry.origin.kind === 'export' ? entry.origin.records : [];
    expect(printed).toEqual({
      id: 'elbe-2019-01',
      summary: 'Summary of elbe-2019-01.',
      digests: expect.any(Object),
      texts: {
        statement: 'The sides should restore regular military-to-military channels.',
        speaker: 'Elbe Group joint statement',
        section: 'Crisis management',
        topics: 'Crisis management, Arms control',
        kind: 'recommendation',
      },
    });
    shelve(library, entry);
    expect(checkLibrary(library).ok).toBe(true);
  });
});

describe('shelve', () => {
  it('adds the entry, and the export to the history of its saved briefing; the library stays valid', () => {
    const library = makeLibrary();
    library.briefings.push(makeBriefing('brief-1'));
    const entry = exportOf(library, '/briefings/Crisis.pdf');
    shelve(library, entry);
    expect(library.shelf).toEqual([entry]);
    expect(library.briefings[0]!.exports).toEqual([
      { at: entry.addedAt, file: '/briefings/Crisis.pdf', templateId: 'memo', sha256: entry.sha256, pages: 3 },
    ]);
    expect(checkLibrary(library).ok).toBe(true);
  });

  it('numbers the exports of one briefing, and replaces the entry of a file written over', () => {
    const library = makeLibrary();
    const first = exportOf(library, '/briefings/Crisis.pdf');
    shelve(library, first);
    const second = exportOf(library, '/briefings/Crisis again.pdf');
    shelve(library, second);
    const other = exportOf(library, '/briefings/Other.pdf', 'brief-2');
    shelve(library, other);
    expect(library.shelf.map((e) => e.origin.kind === 'export' && e.origin.version)).toEqual([1, 2, 1]);

    const overwritten = exportOf(library, '/briefings/Crisis.pdf');
    shelve(library, overwritten);
    expect(library.shelf.map((e) => e.id)).toEqual([second.id, other.id, overwritten.id]);
    expect(overwritten.origin.kind === 'export' && overwritten.origin.version).toBe(3);
  });

  it('refuses two entries with one id, as the library does for every collection', () => {
    const library = makeLibrary();
    const entry = exportOf(library, '/briefings/Crisis.pdf');
    library.shelf.push(entry, { ...entry, file: '/elsewhere.pdf' });
    const check = checkLibrary(library);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.issues.map((i) => i.path.join('.'))).toEqual(['shelf.1.id']);
  });
});

describe('findShelved', () => {
  it('finds the entry for the same bytes at the same file only', () => {
    const library = makeLibrary();
    const entry = exportOf(library, '/briefings/Crisis.pdf');
    expect(findShelved([entry], '/briefings/../briefings/Crisis.pdf', entry.sha256)).toBe(entry);
    expect(findShelved([entry], '/briefings/Crisis.pdf', 'f'.repeat(64))).toBeUndefined();
    expect(findShelved([entry], '/elsewhere/Crisis.pdf', entry.sha256)).toBeUndefined();
  });
});
