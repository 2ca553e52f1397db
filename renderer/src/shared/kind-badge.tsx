import type { RecordItem } from '../../../main/api';

const labels: Record<RecordItem['kind'], string> = {
  recommendation: 'Recommendation',
  proposal: 'Proposal',
  finding: 'Finding',
  concern: 'Concern',
};

/** The record's kind as a small coloured label. */
export function KindBadge({ kind }: { kind: RecordItem['kind'] }) {
  return <span className={`kind-badge kind-${kind}`}>{labels[kind]}</span>;
}
