import path from 'node:path';
import { LibraryStore, loadLibraryFile } from '../core/library';
import type { Library, RecordKind, Selection } from '../core/model';
import { RecordKind as RecordKindSchema } from '../core/model';
import { resourceLayout } from '../core/resources';
import { userLibraryFile } from '../core/user-data';
import { UsageError } from './errors';

export interface LibraryOptions {
  library?: string;
}

export interface SelectionOptions {
  topic?: string[];
  source?: string[];
  kind?: string[];
  search?: string;
}

/**
 * The library a command reads: `--library FILE` as it is, or the user's library, which is
 * created from the shipped default library the first time it is needed.
 */
export async function openLibrary(options: LibraryOptions): Promise<{ library: Library; file: string }> {
  if (options.library) {
    const file = path.resolve(options.library);
    return { library: await loadLibraryFile(file), file };
  }
  const store = await openUserLibrary();
  return { library: store.data, file: store.file };
}

/**
 * The library a command changes: `--library FILE` (which must exist: a mistyped path must not
 * quietly start a new library), or the user's library. Its `readOnly` says if it cannot be
 * changed; the store then refuses every change with that reason.
 */
export function openLibraryStore(options: LibraryOptions): Promise<LibraryStore> {
  if (!options.library) return openUserLibrary();
  const file = path.resolve(options.library);
  return LibraryStore.open(file, { seedFile: file });
}

/** The user's library, created from the shipped default library the first time it is needed. */
export function openUserLibrary(): Promise<LibraryStore> {
  return LibraryStore.open(userLibraryFile(), { seedFile: path.join(resourceLayout().data, 'library.json') });
}

/** Checks the selection flags against the library, so a typo is an error rather than an empty briefing. */
export function selectionFrom(library: Library, options: SelectionOptions): Selection {
  const known = (kind: string, given: string[] | undefined, ids: string[]) => {
    for (const id of given ?? []) {
      if (!ids.includes(id)) throw new UsageError(`unknown ${kind} "${id}". Known ${kind}s: ${ids.join(', ')}`);
    }
    return given ?? [];
  };
  return {
    topics: known('topic', options.topic, library.topics.map((t) => t.id)),
    sources: known('source', options.source, library.sources.map((s) => s.id)),
    kinds: known('kind', options.kind, RecordKindSchema.options) as RecordKind[],
    search: options.search ?? '',
    applyFilters: true,
    added: [],
  };
}
