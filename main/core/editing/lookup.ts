import type { Library, RecordItem, Source, Topic } from '../model';
import { NotFoundError } from '../errors';
import { EditError } from './errors';

/** The part of `LibraryStore` edits need: the current library and one validated, all-or-nothing change. */
export interface EditableLibrary {
  readonly data: Library;
  /** See `LibraryChange`: the draft lives only while `change` runs. */
  update(change: (draft: Library) => void | Promise<void>): Promise<Library>;
}

/** The source with `id` in `library`; a `NotFoundError` when there is none. */
export function requireSource(library: Library, id: string): Source {
  const source = library.sources.find((s) => s.id === id);
  if (!source) throw new NotFoundError(`There is no source "${id}" in the library; it may have been deleted.`, 'sourceId');
  return source;
}

/** The record with `id` in `library` (active or deleted); a `NotFoundError` when there is none. */
export function requireRecord(library: Library, id: string): RecordItem {
  const record = library.records.find((r) => r.id === id);
  if (!record) throw new NotFoundError(`There is no record "${id}" in the library; it may have been deleted with its source.`);
  return record;
}

/** The topic with `id` in `library`; a `NotFoundError` on `field` when there is none. */
export function requireTopic(library: Library, id: string, field = 'topic'): Topic {
  const topic = library.topics.find((t) => t.id === id);
  if (!topic) throw new NotFoundError(`There is no topic "${id}" in the library; it may have been deleted or merged.`, field);
  return topic;
}

/** Refuses topic ids `taxonomy` does not hold, on the `topics` field. */
export function requireTopics(taxonomy: readonly Topic[], ids: readonly string[]): void {
  const known = new Set(taxonomy.map((t) => t.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new EditError('invalid', `No topic ${unknown.map((id) => `"${id}"`).join(', ')} in the library; choose from the topics listed.`, 'topics');
  }
}

/** The entry of `list` with `id`, replaced by `next` in place. */
export function replaceById<T extends { id: string }>(list: T[], id: string, next: T): void {
  const at = list.findIndex((entry) => entry.id === id);
  if (at < 0) throw new NotFoundError(`"${id}" is no longer in the library.`);
  list[at] = next;
}
