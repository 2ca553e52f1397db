import type { Library } from '../model';

/** A fresh id for a trash entry: `trash-1`, `trash-2`... one past the highest in use. */
export function nextTrashId(library: Library): string {
  const highest = library.trash.reduce((max, entry) => Math.max(max, Number(/^trash-(\d+)$/.exec(entry.id)?.[1] ?? 0)), 0);
  return `trash-${highest + 1}`;
}

/** Ids of `kind` in use, live or waiting in the trash: a new id must avoid both, so a restore never clashes. */
export function idsInUse(library: Library, kind: 'source' | 'topic'): Set<string> {
  const ids = new Set((kind === 'source' ? library.sources : library.topics).map((item) => item.id));
  for (const entry of library.trash) {
    if (entry.kind === 'source' && kind === 'source') ids.add(entry.source.id);
    if (entry.kind === 'topic' && kind === 'topic') ids.add(entry.topic.id);
  }
  return ids;
}
