import { RecordKind } from '../model';
import type { BriefingSection, KindCount, MatrixCell, ModelRecord, ModelSource, TopicSourceMatrix } from './briefing-model';

/** A record as printed: the topics it carries, and the topic of the section it is printed under. */
export interface PlacedRecord {
  record: ModelRecord;
  topics: readonly string[];
  sectionTopic: string;
}

/**
 * Builds the topic-by-source matrix: one row per section topic, one column per source.
 *
 * A record goes in the row of every section topic it carries, not only the one it is printed
 * under: a row must show all a source says on the topic, or a topic both dialogues address
 * would look like one source's alone. Records keep print order within a cell.
 */
export function buildTopicSourceMatrix(
  sections: readonly Pick<BriefingSection, 'topic'>[],
  placed: readonly PlacedRecord[],
  sources: readonly ModelSource[],
): TopicSourceMatrix {
  const rows = sections.map(({ topic }) => {
    const cells = sources.map((source) => cell(source, placed.filter((p) => p.record.source.id === source.id && p.topics.includes(topic.id))));
    const sourceCount = cells.filter((c) => c.count > 0).length;
    return { topic, cells, sourceCount, converges: sourceCount > 1 };
  });
  const columns = sources.map((source, index) => ({
    source,
    count: placed.filter((p) => p.record.source.id === source.id).length,
    topics: rows.filter((row) => row.cells[index]!.count > 0).length,
  }));
  return { columns, rows };
}

function cell(source: ModelSource, placed: readonly PlacedRecord[]): MatrixCell {
  const records = placed.map((p) => p.record);
  return { source, records, count: records.length, kinds: countKinds(records) };
}

/** Counts by kind in the schema's order (recommendation, proposal, finding, concern), zeros left out. */
function countKinds(records: readonly ModelRecord[]): KindCount[] {
  return RecordKind.options
    .map((kind) => ({ kind, count: records.filter((r) => r.kind === kind).length }))
    .filter((entry) => entry.count > 0);
}
