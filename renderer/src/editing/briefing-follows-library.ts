import type { Briefing } from '../../../main/api';

/**
 * How a briefing follows changes to the library it refers to, as main changes saved briefings
 * alike: the library may hold no reference to a source, record or topic that is not in it.
 */

/** A deleted source and its records leave the briefing's choices and its arranged records. */
export function withoutSource(sourceId: string, recordIds: readonly string[]): (briefing: Briefing) => Briefing {
  const dropRecords = withoutRecords(recordIds);
  return (briefing) => {
    const kept = dropRecords(briefing);
    return { ...kept, selection: { ...kept.selection, sources: kept.selection.sources.filter((id) => id !== sourceId) } };
  };
}

/** A briefing lets go of records removed from the library for good. */
export function withoutRecords(recordIds: readonly string[]): (briefing: Briefing) => Briefing {
  const gone = new Set(recordIds);
  return (briefing) => ({
    ...briefing,
    selection: { ...briefing.selection, added: briefing.selection.added.filter((id) => !gone.has(id)) },
    items: briefing.items.filter((item) => !gone.has(item.recordId)),
  });
}

/** A briefing that chose the merged topic chooses the topic it was merged into (once). */
export function withMergedTopic(fromId: string, intoId: string): (briefing: Briefing) => Briefing {
  return (briefing) => ({
    ...briefing,
    selection: { ...briefing.selection, topics: [...new Set(briefing.selection.topics.map((id) => (id === fromId ? intoId : id)))] },
  });
}

/** A deleted topic leaves the briefing's choices. */
export function withoutTopic(topicId: string): (briefing: Briefing) => Briefing {
  return (briefing) => ({ ...briefing, selection: { ...briefing.selection, topics: briefing.selection.topics.filter((id) => id !== topicId) } });
}
