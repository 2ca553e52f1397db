import { TOP_RECOMMENDATIONS_LIMIT } from './briefing-model';
import type { BriefingSection, ModelRecord, TopRecommendation } from './briefing-model';

/**
 * The records a one-page brief leads with, sections in briefing order, at most `limit`: the
 * records the analyst marked key, of any kind; when none is, each section's first
 * recommendation (its first proposal when it has no recommendation; nothing when it has
 * neither). `key` says which of the two it is and `more` how many were left out past the
 * limit, so a template can say honestly what it shows.
 *
 * Without key records, "first" follows the briefing's order, which the analyst sets. Findings
 * and concerns are then left out because a decision maker acts on recommendations and proposals.
 */
export function topRecommendations(
  sections: readonly BriefingSection[],
  limit = TOP_RECOMMENDATIONS_LIMIT,
): { top: TopRecommendation[]; key: boolean; more: number } {
  const key = sections.flatMap((section) => section.records.filter((record) => record.key).map((record) => ({ topic: section.topic, record })));
  if (key.length) return { top: key.slice(0, limit), key: true, more: Math.max(0, key.length - limit) };
  const firsts = sections.flatMap((section) => {
    const record = firstOfKind(section.records, 'recommendation') ?? firstOfKind(section.records, 'proposal');
    return record ? [{ topic: section.topic, record }] : [];
  });
  return { top: firsts.slice(0, limit), key: false, more: Math.max(0, firsts.length - limit) };
}

function firstOfKind(records: readonly ModelRecord[], kind: ModelRecord['kind']): ModelRecord | undefined {
  return records.find((record) => record.kind === kind);
}
