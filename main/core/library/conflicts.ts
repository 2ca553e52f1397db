import { isDeepStrictEqual } from 'node:util';
import type { Library } from '../model';
import type { ConflictedEntry } from './errors';

/** The library's collections of entries with ids, and what one entry of each is called. */
const COLLECTIONS = {
  topics: 'topic',
  sources: 'source',
  records: 'record',
  briefings: 'briefing',
  trash: 'deleted item',
  shelf: 'shelf entry',
} as const satisfies Partial<Record<keyof Library, string>>;

/**
 * The entries that a change and another writer's change both touched, differently: three-way,
 * from `base` (the library this process read), `ours` (base with this change applied) and
 * `theirs` (what the file holds now).
 *
 * Only entries that existed in `base` can conflict: an entry this change edits or deletes that
 * the other writer also edited or deleted, unless both left it the same. Added entries never
 * conflict: the change is re-run on the other writer's library, which picks fresh ids, and
 * validation catches anything that no longer fits.
 */
export function findConflicts(base: Library, ours: Library, theirs: Library): ConflictedEntry[] {
  const conflicts: ConflictedEntry[] = [];
  for (const [collection, noun] of Object.entries(COLLECTIONS) as [keyof typeof COLLECTIONS, string][]) {
    const entries = (library: Library): readonly { id: string }[] => library[collection];
    const oursById = byId(entries(ours));
    const theirsById = byId(entries(theirs));
    for (const entry of entries(base)) {
      const mine = oursById.get(entry.id);
      if (isDeepStrictEqual(mine, entry)) continue;
      const other = theirsById.get(entry.id);
      if (!isDeepStrictEqual(other, entry) && !isDeepStrictEqual(other, mine)) conflicts.push({ noun, id: entry.id });
    }
  }
  return conflicts;
}

function byId(entries: readonly { id: string }[]): Map<string, { id: string }> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}
