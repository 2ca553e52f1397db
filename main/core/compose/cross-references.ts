import type { CrossReference, SectionTopic } from './briefing-model';
import type { PlacedRecord } from './topic-source-matrix';

/**
 * Records that carry `topic` but are printed under another section, in print order, each with
 * the section that prints it: a section's "see also" list. Each record is printed only once,
 * so without these a reader of one section would miss what is said on its topic elsewhere.
 */
export function crossReferences(topic: SectionTopic, placed: readonly PlacedRecord[], sectionTopics: ReadonlyMap<string, SectionTopic>): CrossReference[] {
  return placed
    .filter((p) => p.sectionTopic !== topic.id && p.topics.includes(topic.id))
    .map((p) => ({ record: p.record, filedUnder: sectionTopics.get(p.sectionTopic)! }));
}
