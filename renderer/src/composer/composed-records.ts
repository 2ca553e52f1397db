/**
 * What the composer lists: the records a selection puts in the briefing, by section, before the
 * analyst's order, inclusion and notes; and, apart, the unreviewed imports an export leaves out.
 */
import type { BriefingModel } from '../../../main/api';
import type { SectionIds } from './arrange';

type ModelSection = BriefingModel['sections'][number];
export type ModelRecord = ModelSection['records'][number];

/** Every record the selection puts in the briefing, with its section, before the analyst's edits. */
export interface ComposedRecords {
  records: ReadonlyMap<string, ModelRecord>;
  topics: ReadonlyMap<string, ModelSection['topic']>;
  /** Sections and records in compose's default order. */
  defaultSections: SectionIds[];
  /**
   * Records the selection finds that an import added without review, left out of exports
   * because the briefing does not include such records (empty when it does: they are then in
   * their sections). In compose's default order.
   */
  leftOutUnreviewed: ModelRecord[];
}

/** The composed records, the unreviewed ones set apart unless the briefing prints them. */
export function toComposedRecords(model: Pick<BriefingModel, 'sections'>, includeUnreviewed: boolean): ComposedRecords {
  const printed = (record: ModelRecord) => includeUnreviewed || !record.unreviewed;
  const sections = model.sections
    .map((section) => ({ ...section, records: section.records.filter(printed) }))
    .filter((section) => section.records.length > 0);
  return {
    records: new Map(sections.flatMap((section) => section.records.map((record) => [record.id, record] as const))),
    topics: new Map(sections.map((section) => [section.topic.id, section.topic])),
    defaultSections: sections.map((section) => ({ topicId: section.topic.id, ids: section.records.map((r) => r.id) })),
    leftOutUnreviewed: model.sections.flatMap((section) => section.records.filter((record) => !printed(record))),
  };
}
