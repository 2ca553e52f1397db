import type { ShelfItem } from '../../../main/api';
import { fileName } from '../shared/file-path';

/** Which documents the shelf shows. */
export type ShelfShow = 'all' | 'briefings' | 'files' | 'stale';

export interface ShelfFilter {
  /** Every word must occur in the title, file name, marking or template. */
  text: string;
  show: ShelfShow;
  /** Only documents with this marking; empty for any. */
  marking: string;
}

export const NO_FILTER: ShelfFilter = { text: '', show: 'all', marking: '' };

const SHOWS: Record<ShelfShow, (item: ShelfItem) => boolean> = {
  all: () => true,
  briefings: (item) => item.export !== undefined,
  files: (item) => item.export === undefined,
  stale: (item) => item.stale,
};

/** The items `filter` lets through, in the order given. */
export function filterShelf(items: readonly ShelfItem[], filter: ShelfFilter): ShelfItem[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (!SHOWS[filter.show](item)) return false;
    if (filter.marking && item.marking !== filter.marking) return false;
    const haystack = [item.title, fileName(item.file), item.marking, item.export?.templateId ?? ''].join('\n').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** How many of `items` each `show` choice would list. */
export function countShows(items: readonly ShelfItem[]): Record<ShelfShow, number> {
  const count = (show: ShelfShow) => items.filter(SHOWS[show]).length;
  return { all: items.length, briefings: count('briefings'), files: count('files'), stale: count('stale') };
}

/** The markings on the shelf, each once, in alphabetical order (unknown markings left out). */
export function markingsOf(items: readonly ShelfItem[]): string[] {
  return [...new Set(items.map((item) => item.marking).filter(Boolean))].sort();
}
