import type { RecordItem } from '../../../main/api';

const labels: Record<RecordItem['kind'], string> = {
  recommendation: 'Recommendation',
  proposal: 'Proposal',
  finding: 'Finding',
  concern: 'Concern',
};

const shortLabels: Record<RecordItem['kind'], string> = {
  recommendation: 'Rec',
  proposal: 'Prop',
  finding: 'Find',
  concern: 'Conc',
};

/** The record's kind as a small coloured label; `compact` abbreviates it for dense lists (the full word is its name). */
export function KindBadge({ kind, compact = false }: { kind: RecordItem['kind']; compact?: boolean }) {
  if (compact) {
    return (
      <abbr className={`kind-badge kind-badge-compact kind-${kind}`} title={labels[kind]} aria-label={labels[kind]}>
        {shortLabels[kind]}
      </abbr>
    );
  }
  return <span className={`kind-badge kind-${kind}`}>{labels[kind]}</span>;
}
