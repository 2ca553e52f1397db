import { releaseFromBriefings } from './briefings-release-records';
import type { Library, RecordItem, TrashedSource, TrashedTopic } from '../model';
import { UNSORTED_TOPIC } from '../importer/import-source';
import { NotFoundError } from '../errors';
import { EditError } from './errors';
import type { EditableLibrary } from './lookup';
import { refuseTakenLabel } from './topics';
import { releaseRecords } from '../positions/edit-positions';

/** A deleted record as Recently deleted lists it. */
export interface DeletedRecord {
  id: string;
  kind: RecordItem['kind'];
  summary: string;
  sourceTitle: string;
  deletedAt: string;
}

/** A deleted source as Recently deleted lists it. */
export interface DeletedSource {
  trashId: string;
  sourceId: string;
  title: string;
  publisher: string;
  date: string;
  /** Active records that went with it. */
  records: number;
  deletedAt: string;
}

/** A deleted or merged topic as Recently deleted lists it. */
export interface DeletedTopic {
  trashId: string;
  topicId: string;
  label: string;
  /** The label of the topic it was merged into, if it was merged. */
  mergedInto?: string;
  /** Records that moved to that topic. */
  moved: number;
  deletedAt: string;
}

/** Everything that can be restored, newest first. */
export interface RecentlyDeleted {
  records: DeletedRecord[];
  sources: DeletedSource[];
  topics: DeletedTopic[];
}

/** What Recently deleted holds: deleted records, and the sources and topics in the trash. */
export function listRecentlyDeleted(library: Library): RecentlyDeleted {
  const titles = new Map(library.sources.map((s) => [s.id, s.title]));
  const labels = new Map(library.topics.map((t) => [t.id, t.label]));
  const newestFirst = <T extends { deletedAt: string }>(list: T[]) => list.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  return {
    records: newestFirst(
      library.records
        .filter((r) => r.status === 'deleted')
        .map((r) => ({ id: r.id, kind: r.kind, summary: r.summary, sourceTitle: titles.get(r.sourceId) ?? r.sourceId, deletedAt: r.updatedAt })),
    ),
    sources: newestFirst(
      library.trash
        .filter((e): e is TrashedSource => e.kind === 'source')
        .map((e) => ({
          trashId: e.id,
          sourceId: e.source.id,
          title: e.source.title,
          publisher: e.source.publisher,
          date: e.source.date,
          records: e.records.filter((r) => r.status === 'active').length,
          deletedAt: e.deletedAt,
        })),
    ),
    topics: newestFirst(
      library.trash
        .filter((e): e is TrashedTopic => e.kind === 'topic')
        .map((e) => ({
          trashId: e.id,
          topicId: e.topic.id,
          label: e.topic.label,
          ...(e.mergedInto ? { mergedInto: labels.get(e.mergedInto) ?? e.mergedInto } : {}),
          moved: e.moved.length,
          deletedAt: e.deletedAt,
        })),
    ),
  };
}

/** What a restore brought back. */
export interface Restored {
  kind: 'source' | 'topic';
  id: string;
  label: string;
  /** Records that came back with a source, or moved back to a topic. */
  records: number;
}

/**
 * Restores a source (with its records, as they were) or a topic from the trash.
 *
 * A restored topic takes back the records that were moved out of it by a merge, where they still
 * exist. A restored source's records keep their topics where those still exist; a record left with
 * none is filed under the unsorted-imports topic so it can be sorted again. Refused, changing
 * nothing, when the id or name has been taken since.
 */
export async function restoreFromTrash(store: EditableLibrary, trashId: string, now: Date): Promise<Restored> {
  let restored: Restored | undefined;
  await store.update((library) => {
    const entry = library.trash.find((e) => e.id === trashId);
    if (!entry) throw new NotFoundError('That is no longer in Recently deleted; it may have been restored already.');
    library.trash = library.trash.filter((e) => e !== entry);
    restored = entry.kind === 'source' ? restoreSource(library, entry) : restoreTopic(library, entry, now);
  });
  return restored!;
}

function restoreSource(library: Library, entry: TrashedSource): Restored {
  const { source } = entry;
  if (library.sources.some((s) => s.id === source.id)) {
    throw new EditError('conflict', `A source with the id "${source.id}" has been added since; delete or change it first.`);
  }
  const recordIds = new Set(library.records.map((r) => r.id));
  const clash = entry.records.find((r) => recordIds.has(r.id));
  if (clash) throw new EditError('conflict', `A record with the id "${clash.id}" has been added since; delete it first.`);
  const topics = new Set(library.topics.map((t) => t.id));
  const records = entry.records.map((record) => {
    const kept = record.topics.filter((t) => topics.has(t));
    return kept.length === record.topics.length ? record : { ...record, topics: kept.length ? kept : [UNSORTED_TOPIC.id] };
  });
  if (records.some((r) => r.topics.includes(UNSORTED_TOPIC.id)) && !topics.has(UNSORTED_TOPIC.id)) library.topics.push({ ...UNSORTED_TOPIC });
  library.sources.push(source);
  for (const record of records) library.records.push(record); // a spread of many records overflows the stack
  return { kind: 'source', id: source.id, label: source.title, records: records.filter((r) => r.status === 'active').length };
}

function restoreTopic(library: Library, entry: TrashedTopic, now: Date): Restored {
  const { topic, mergedInto } = entry;
  if (library.topics.some((t) => t.id === topic.id)) {
    throw new EditError('conflict', `A topic with the id "${topic.id}" has been added since; rename or merge it first.`);
  }
  refuseTakenLabel(library, topic.label);
  library.topics.push(topic);
  const moved = new Map(entry.moved.map((m) => [m.recordId, m]));
  let movedBack = 0;
  library.records = library.records.map((record) => {
    const move = moved.get(record.id);
    if (move === undefined || record.topics.includes(topic.id)) return record;
    movedBack++;
    const topics =
      !move.hadTarget && mergedInto && record.topics.includes(mergedInto)
        ? record.topics.map((t) => (t === mergedInto ? topic.id : t))
        : record.topics.toSpliced(move.position, 0, topic.id);
    return { ...record, topics, updatedAt: now.toISOString() };
  });
  return { kind: 'topic', id: topic.id, label: topic.label, records: movedBack };
}

/** What emptying Recently deleted removed for good. */
export interface Emptied {
  /** The deleted records removed (a briefing being edited lets go of them too). */
  recordIds: string[];
  sources: number;
  topics: number;
}

/**
 * Removes everything under Recently deleted for good, in one update: deleted records leave the
 * library (saved briefings that still place them let go of them), and trashed sources (with the
 * records that went with them) and topics leave the trash. Active records, sources and topics
 * are not touched. For what must not stay on the machine; it cannot be undone.
 */
export async function emptyTrash(store: EditableLibrary): Promise<Emptied> {
  let emptied: Emptied | undefined;
  await store.update((library) => {
    const gone = new Set(library.records.filter((r) => r.status === 'deleted').map((r) => r.id));
    library.records = library.records.filter((r) => !gone.has(r.id));
    releaseFromBriefings(library, gone);
    const trashedRecords = library.trash.flatMap((e) => (e.kind === 'source' ? e.records.map((r) => r.id) : []));
    releaseRecords(library, [...gone, ...trashedRecords], new Date());
    emptied = {
      recordIds: [...gone],
      sources: library.trash.filter((e) => e.kind === 'source').length,
      topics: library.trash.filter((e) => e.kind === 'topic').length,
    };
    library.trash = [];
  });
  return emptied!;
}
