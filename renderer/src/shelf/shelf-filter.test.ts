import { describe, expect, it } from 'vitest';
import type { ShelfItem } from '../../../main/api';
import { countShows, filterShelf, markingsOf, NO_FILTER } from './shelf-filter';

function item(id: string, fields: Partial<ShelfItem> = {}): ShelfItem {
  return {
    id,
    title: `Title ${id}`,
    file: `/briefings/${id}.pdf`,
    marking: 'UNCLASSIFIED',
    pages: 3,
    addedAt: '2025-01-02T03:04:05Z',
    lastPage: 1,
    export: { briefingId: 'b', templateId: 'memo', version: 1, date: '2025-01-02' },
    missing: false,
    stale: false,
    ...fields,
  };
}

const items = [
  item('nato-russia', { title: 'NATO–Russia risk reduction', marking: 'TLP:AMBER', stale: true }),
  item('elbe', { title: 'Elbe Group statement' }),
  item('report', { title: 'Think-tank report', file: 'C:\\Reports\\annual.pdf', marking: '', export: undefined }),
];
const ids = (list: ShelfItem[]) => list.map((i) => i.id);

describe('filterShelf', () => {
  it('shows everything by default', () => {
    expect(ids(filterShelf(items, NO_FILTER))).toEqual(['nato-russia', 'elbe', 'report']);
  });

  it('finds every word in the title, file name, marking or template, ignoring case', () => {
    expect(ids(filterShelf(items, { ...NO_FILTER, text: 'russia RISK' }))).toEqual(['nato-russia']);
    expect(ids(filterShelf(items, { ...NO_FILTER, text: 'annual' }))).toEqual(['report']);
    expect(ids(filterShelf(items, { ...NO_FILTER, text: 'amber' }))).toEqual(['nato-russia']);
    expect(ids(filterShelf(items, { ...NO_FILTER, text: 'memo elbe' }))).toEqual(['elbe']);
  });

  it('shows exported briefings, added PDFs, or out-of-date briefings, and one marking', () => {
    expect(ids(filterShelf(items, { ...NO_FILTER, show: 'briefings' }))).toEqual(['nato-russia', 'elbe']);
    expect(ids(filterShelf(items, { ...NO_FILTER, show: 'files' }))).toEqual(['report']);
    expect(ids(filterShelf(items, { ...NO_FILTER, show: 'stale' }))).toEqual(['nato-russia']);
    expect(ids(filterShelf(items, { ...NO_FILTER, marking: 'UNCLASSIFIED' }))).toEqual(['elbe']);
  });
});

describe('countShows and markingsOf', () => {
  it('count each choice and list the markings in use', () => {
    expect(countShows(items)).toEqual({ all: 3, briefings: 2, files: 1, stale: 1 });
    expect(markingsOf(items)).toEqual(['TLP:AMBER', 'UNCLASSIFIED']);
  });
});
