import type { CrossReference, SectionTopic } from './briefing-model';
import type { PlacedRecord } from './topic-source-matrix';

/**
 * Each section's "see also" list, by section topic: the records that carry the topic but are
 * printed under another section, in print order, each with the section that prints it. Each
 * record is printed only once, so without these a reader of one section would miss what is
 * said on its topic elsewhere. One pass over the records, for large libraries.
 */
export function crossReferences(placed: readonly PlacedRecord[], sectionTopics: ReadonlyMap<string, SectionTopic>): Map<string, CrossReference[]> {
  const bySection = new Map<string, CrossReference[]>();
  for (const { record, topics, sectionTopic } of placed) {
    for (const topic of new Set(topics)) {
      if (topic === sectionTopic || !sectionTopics.has(topic)) continue;
      const reference = { record, filedUnder: sectionTopics.get(sectionTopic)! };
      const list = bySection.get(topic);
      if (list) list.push(reference);
      else bySection.set(topic, [reference]);
    }
  }
  return bySection;
}
