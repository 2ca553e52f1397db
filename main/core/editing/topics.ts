import type { Library, Topic, TrashedTopic } from '../model';
import { topicIdFor } from '../ids';
import { EditError } from './errors';
import { TopicFields, type TopicFieldsInput } from './forms';
import { replaceById, requireTopic, type EditableLibrary } from './lookup';
import { idsInUse, nextTrashId } from './trash-ids';

/** Adds a topic to the taxonomy; its id is made from its label (`arms-control`). */
export async function addTopic(store: EditableLibrary, input: TopicFieldsInput): Promise<Topic> {
  const fields = TopicFields.parse(input);
  let added: Topic | undefined;
  await store.update((library) => {
    refuseTakenLabel(library, fields.label);
    added = { id: topicIdFor(fields.label, idsInUse(library, 'topic')), ...fields };
    library.topics.push(added);
  });
  return added!;
}

/** Renames a topic or changes its description; its id, and so every record's link to it, stays. */
export async function updateTopic(store: EditableLibrary, id: string, input: TopicFieldsInput): Promise<Topic> {
  const fields = TopicFields.parse(input);
  let updated: Topic | undefined;
  await store.update((library) => {
    const topic = requireTopic(library, id);
    refuseTakenLabel(library, fields.label, id);
    updated = { ...topic, ...fields };
    replaceById(library.topics, id, updated);
  });
  return updated!;
}

/** What a merge did. */
export interface TopicMerge {
  /** The trash entry that restores the merged topic (and moves its records back). */
  trashId: string;
  /** How many records (deleted ones included) moved to the other topic. */
  moved: number;
}

/**
 * Merges topic `fromId` into `intoId`: every record carrying the first carries the second
 * instead (once), saved briefings that chose the first choose the second, and the first goes
 * to the trash, remembering which records moved so restoring it can move them back.
 */
export async function mergeTopics(store: EditableLibrary, fromId: string, intoId: string, now: Date): Promise<TopicMerge> {
  if (fromId === intoId) throw new EditError('invalid', 'Choose another topic to merge into.', 'into');
  let merge: TopicMerge | undefined;
  await store.update((library) => {
    const from = requireTopic(library, fromId, 'from');
    requireTopic(library, intoId, 'into');
    const timestamp = now.toISOString();
    const moved: TrashedTopic['moved'] = [];
    library.records = library.records.map((record) => {
      if (!record.topics.includes(fromId)) return record;
      const hadTarget = record.topics.includes(intoId);
      moved.push({ recordId: record.id, hadTarget, position: record.topics.indexOf(fromId) });
      const topics = hadTarget ? record.topics.filter((t) => t !== fromId) : record.topics.map((t) => (t === fromId ? intoId : t));
      return { ...record, topics, updatedAt: timestamp };
    });
    for (const briefing of library.briefings) {
      const chosen = briefing.selection.topics.map((t) => (t === fromId ? intoId : t));
      briefing.selection.topics = [...new Set(chosen)];
    }
    const trashId = nextTrashId(library);
    moveTopicToTrash(library, { id: trashId, kind: 'topic', deletedAt: timestamp, topic: from, mergedInto: intoId, moved });
    merge = { trashId, moved: moved.length };
  });
  return merge!;
}

/**
 * Deletes a topic no record carries (deleted records included: they may be restored); one that
 * is in use must be merged into another topic instead, so no record is left without its topic.
 * Saved briefings stop choosing it. The topic waits in the trash until restored.
 */
export async function deleteTopic(store: EditableLibrary, id: string, now: Date): Promise<{ trashId: string }> {
  let trashId = '';
  await store.update((library) => {
    const topic = requireTopic(library, id);
    const carriers = library.records.filter((r) => r.topics.includes(id));
    if (carriers.length) {
      const deleted = carriers.filter((r) => r.status === 'deleted').length;
      throw new EditError(
        'conflict',
        `${carriers.length} ${carriers.length === 1 ? 'record carries' : 'records carry'} this topic` +
          `${deleted ? ` (${deleted} of them under Recently deleted)` : ''}: move ${carriers.length === 1 ? 'it' : 'them'} to another topic instead.`,
        'into',
      );
    }
    for (const briefing of library.briefings) briefing.selection.topics = briefing.selection.topics.filter((t) => t !== id);
    trashId = nextTrashId(library);
    moveTopicToTrash(library, { id: trashId, kind: 'topic', deletedAt: now.toISOString(), topic, moved: [] });
  });
  return { trashId };
}

function moveTopicToTrash(library: Library, entry: TrashedTopic): void {
  library.topics = library.topics.filter((t) => t.id !== entry.topic.id);
  library.trash.push(entry);
}

/** Two topics with one name would be indistinguishable in every list and briefing. */
export function refuseTakenLabel(library: Library, label: string, exceptId?: string): void {
  const taken = library.topics.find((t) => t.id !== exceptId && t.label.toLocaleLowerCase() === label.toLocaleLowerCase());
  if (taken) throw new EditError('conflict', `There is already a topic called “${taken.label}”; merge into it instead.`, 'label');
}
