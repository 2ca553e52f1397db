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
  // One pass over the records, so a large library costs records × topics, not × cells.
  const byCell = new Map<string, ModelRecord[]>();
  const bySource = new Map<string, number>();
  for (const { record, topics } of placed) {
    bySource.set(record.source.id, (bySource.get(record.source.id) ?? 0) + 1);
    for (const topic of new Set(topics)) {
      const key = cellKey(topic, record.source.id);
      const records = byCell.get(key);
      if (records) records.push(record);
      else byCell.set(key, [record]);
    }
  }
  const rows = sections.map(({ topic }) => {
    const cells = sources.map((source) => cell(source, byCell.get(cellKey(topic.id, source.id)) ?? []));
    const sourceCount = cells.filter((c) => c.count > 0).length;
    return { topic, cells, sourceCount, shared: sourceCount > 1 };
  });
  const columns = sources.map((source, index) => ({
    source,
    count: bySource.get(source.id) ?? 0,
    topics: rows.filter((row) => row.cells[index]!.count > 0).length,
  }));
  return { columns, rows };
}

function cellKey(topic: string, source: string): string {
  return `${topic}\u0000${source}`;
}

function cell(source: ModelSource, records: ModelRecord[]): MatrixCell {
  return { source, records, count: records.length, kinds: countKinds(records) };
}

/** Counts by kind in the schema's order (recommendation, proposal, finding, concern), zeros left out. */
function countKinds(records: readonly ModelRecord[]): KindCount[] {
  return RecordKind.options
    .map((kind) => ({ kind, count: records.filter((r) => r.kind === kind).length }))
    .filter((entry) => entry.count > 0);
}
