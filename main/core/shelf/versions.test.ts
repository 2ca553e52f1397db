import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShelfEntry } from '../model';
import { freeVersionFile, nextVersion, supersededVersion, supersedingVersion, versionFile } from './versions';

const folder = path.join(path.sep, 'briefings');

function entry(briefingId: string, version: number, date = '2024-03-05'): ShelfEntry {
  return {
    id: `entry-${briefingId}-${version}`,
    title: 'T',
    file: path.join(folder, `${briefingId}.pdf`),
    sha256: '0'.repeat(64),
    pages: 1,
    marking: '',
    addedAt: '2024-03-05T10:00:00Z',
    lastPage: 1,
    origin: {
      kind: 'export',
      briefingId,
      templateId: 'memo',
      version,
      request: {
        title: 'T', subject: '', to: '', from: '', date, marking: '', bluf: '', draft: false,
        selection: { topics: [], sources: [], kinds: [], search: '', applyFilters: true, added: [] }, items: [], templateId: 'memo',
      },
      records: [],
    },
  };
}

describe('nextVersion', () => {
  it('is one more than the highest version of the same briefing on the shelf', () => {
    const shelf = [entry('a', 1), entry('a', 3), entry('b', 7)];
    expect(nextVersion(shelf, 'a')).toBe(4);
    expect(nextVersion(shelf, 'c')).toBe(1);
    expect(nextVersion([{ ...entry('a', 1), origin: { kind: 'file' } }], 'a')).toBe(1);
  });
});

describe('supersededVersion', () => {
  it('is the highest earlier version of the same briefing, with its date', () => {
    const shelf = [entry('a', 1, '2024-03-05'), entry('a', 3, '2024-04-01'), entry('a', 5, '2024-06-01'), entry('b', 4, '2024-05-01')];
    expect(supersededVersion(shelf, 'a', 4)).toEqual({ version: 3, date: '2024-04-01' });
    expect(supersededVersion(shelf, 'a', 2)).toEqual({ version: 1, date: '2024-03-05' });
  });

  it('is undefined for a first version and for PDFs added from disk', () => {
    expect(supersededVersion([entry('a', 1)], 'a', 1)).toBeUndefined();
    expect(supersededVersion([{ ...entry('a', 1), origin: { kind: 'file' } }], 'a', 2)).toBeUndefined();
  });
});

describe('supersedingVersion', () => {
  it('is the newest version of the same briefing, for every older one; none for the newest or a PDF from disk', () => {
    const shelf = [entry('a', 1), entry('a', 2), entry('a', 3), entry('b', 1)];
    expect(shelf.map((e) => supersedingVersion(shelf, e))).toEqual([3, 3, undefined, undefined]);
    expect(supersedingVersion(shelf, { ...entry('a', 1), origin: { kind: 'file' } })).toBeUndefined();
  });
});

describe('versionFile', () => {
  it('names the version beside the original, replacing a version already in the name', () => {
    expect(versionFile(path.join(folder, 'Memo.pdf'), 2)).toBe(path.join(folder, 'Memo (v2).pdf'));
    expect(versionFile(path.join(folder, 'Memo (v2).pdf'), 3)).toBe(path.join(folder, 'Memo (v3).pdf'));
    expect(versionFile(path.join(folder, 'Memo (v2) draft.PDF'), 3)).toBe(path.join(folder, 'Memo (v2) draft (v3).PDF'));
  });
});

describe('freeVersionFile', () => {
  it('skips versions whose file exists, so no file is ever replaced', () => {
    const taken = new Set([path.join(folder, 'Memo (v2).pdf'), path.join(folder, 'Memo (v3).pdf')]);
    expect(freeVersionFile(path.join(folder, 'Memo.pdf'), 2, (file) => taken.has(file))).toEqual({
      version: 4,
      file: path.join(folder, 'Memo (v4).pdf'),
    });
  });
});
