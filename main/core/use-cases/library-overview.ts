import os from 'node:os';
import path from 'node:path';
import { countBySource, countByTopic } from '../library/query';
import type { LibraryStore } from '../library';
import type { Library, RecordItem, Source, Topic } from '../model';

/** A source as listed, without its text, with how many of the records counted are from it. */
export interface SourceSummary extends Omit<Source, 'text'> {
  records: number;
}

/** A topic as listed, with how many of the records counted are on it. */
export type TopicSummary = Topic & { records: number };

/** What the library holds: its topics and sources with their active records counted. */
export interface LibraryOverview {
  file: string;
  /** `file` as the status bar shows it: `~/…` inside the analyst's home folder. */
  shownFile: string;
  /** Why the library is open read-only (every change is refused), for the window's banner; absent when it is not. */
  readOnly?: string;
  topics: TopicSummary[];
  sources: SourceSummary[];
  records: number;
}

/** Every topic of `library`, with how many of `records` are on it. */
export function topicsWithCounts(library: Library, records: readonly RecordItem[]): TopicSummary[] {
  const counts = new Map(countByTopic(library, records).map((c) => [c.id, c.count]));
  return library.topics.map((t) => ({ ...t, records: counts.get(t.id) ?? 0 }));
}

/** Every source of `library` without its text, with how many of `records` are from it. */
export function sourcesWithCounts(library: Library, records: readonly RecordItem[]): SourceSummary[] {
  const counts = new Map(countBySource(library, records).map((c) => [c.id, c.count]));
  return library.sources.map(({ text: _text, ...source }) => ({ ...source, records: counts.get(source.id) ?? 0 }));
}

/** The overview of an open library: its topics and sources with their active records, and whether it is read-only. */
export function libraryOverview({ file, data: library, readOnly }: Pick<LibraryStore, 'file' | 'data' | 'readOnly'>, home = os.homedir()): LibraryOverview {
  const records = library.records.filter((r) => r.status === 'active');
  return {
    file,
    shownFile: inHome(file, home),
    ...(readOnly && { readOnly: readOnly.message }),
    topics: topicsWithCounts(library, records),
    sources: sourcesWithCounts(library, records),
    records: records.length,
  };
}

/** A file inside `home` as people write it there, `~/…`; any other as it is. */
export function inHome(file: string, home: string): string {
  const relative = path.relative(home, file);
  return home && relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? path.join('~', relative) : file;
}
