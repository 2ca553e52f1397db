import { TOP_RECOMMENDATIONS_LIMIT } from './briefing-model';
import type { BriefingSection, ModelRecord, TopRecommendation } from './briefing-model';

/**
 * The records a one-page brief leads with: each section's first recommendation (its first
 * proposal when it has no recommendation; nothing when it has neither), sections in briefing
 * order, at most `limit`.
 *
 * "First" follows the briefing's order, which the analyst sets: putting a record or a section
 * first is how an analyst says it matters most. Findings and concerns are left out because a
 * decision maker acts on recommendations and proposals.
 */
export function topRecommendations(sections: readonly BriefingSection[], limit = TOP_RECOMMENDATIONS_LIMIT): TopRecommendation[] {
  const top: TopRecommendation[] = [];
  for (const section of sections) {
    const record = firstOfKind(section.records, 'recommendation') ?? firstOfKind(section.records, 'proposal');
    if (record) top.push({ topic: section.topic, record });
    if (top.length === limit) break;
  }
  return top;
}

function firstOfKind(records: readonly ModelRecord[], kind: ModelRecord['kind']): ModelRecord | undefined {
  return records.find((record) => record.kind === kind);
}
