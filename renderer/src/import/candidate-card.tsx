import type { ReactNode } from 'react';
import type { CandidateView, Decision, Topic } from '../../../main/api';
import { KindBadge } from '../shared/kind-badge';

interface CandidateCardProps {
  candidate: CandidateView;
  number: number;
  selected: boolean;
  topicLabels: ReadonlyMap<string, Topic['label']>;
  /** The editor or split picker, when the card is open for one. */
  children?: ReactNode;
  onSelect(): void;
  onDecide(decision: Decision): void;
  onEdit(): void;
  onSplit(): void;
  /** Merges it with the next candidate; absent on the last. */
  onMergeNext?: () => void;
}

const DECISION_LABELS: Record<Decision, string> = { pending: 'To review', accepted: 'Accepted', rejected: 'Rejected' };

/** One candidate of the review queue: its passage, summary and topics, a duplicate warning, and what to do with it. */
export function CandidateCard(props: CandidateCardProps) {
  const { candidate, number, selected, topicLabels, children } = props;
  const { decision, duplicate } = candidate;
  return (
    <li
      className={`candidate is-${decision}${selected ? ' is-selected' : ''}`}
      aria-label={`Candidate ${number}`}
      aria-current={selected || undefined}
      onClick={(event) => {
        if (!(event.target as HTMLElement).closest('button, input, textarea, select, a, .split-picker, .candidate-editor')) props.onSelect();
      }}
    >
      <div className="candidate-head">
        <span className="candidate-number">{number}</span>
        <KindBadge kind={candidate.kind} />
        <span className="candidate-speaker">{candidate.speaker}</span>
        {candidate.revised && <span className="tag">{candidate.revised}</span>}
        <span className={`decision-tag decision-${decision}`}>{DECISION_LABELS[decision]}</span>
      </div>
      {duplicate && (
        <p className="duplicate-flag" role="note">
          <strong>{duplicate.match === 'same' ? 'Already in the library' : 'Overlaps a record in the library'}</strong> ({duplicate.recordId}): “
          {duplicate.statement}”
        </p>
      )}
      {children ?? (
        <>
          <blockquote className="candidate-statement">{candidate.statement}</blockquote>
          <p className="candidate-summary">{candidate.summary}</p>
          <div className="candidate-foot">
            <span className="chips">
              {candidate.topics.length ? (
                candidate.topics.map((id) => (
                  <span key={id} className="chip">
                    {topicLabels.get(id) ?? id}
                  </span>
                ))
              ) : (
                <span className="muted">No topic suggested: filed under Unsorted imports</span>
              )}
            </span>
          </div>
          <div className="candidate-actions">
            <button
              type="button"
              className="button button-small accept-button"
              aria-pressed={decision === 'accepted'}
              onClick={() => props.onDecide(decision === 'accepted' ? 'pending' : 'accepted')}
            >
              {decision === 'accepted' ? 'Accepted' : 'Accept'}
            </button>
            <button
              type="button"
              className="button button-small reject-button"
              aria-pressed={decision === 'rejected'}
              onClick={() => props.onDecide(decision === 'rejected' ? 'pending' : 'rejected')}
            >
              {decision === 'rejected' ? 'Rejected' : 'Reject'}
            </button>
            <span className="spacer" />
            <button type="button" className="button button-small" onClick={props.onEdit}>
              Edit
            </button>
            <button type="button" className="button button-small" onClick={props.onSplit}>
              Split…
            </button>
            {props.onMergeNext && (
              <button type="button" className="button button-small" onClick={props.onMergeNext} title="Join this passage and the next one into one">
                Merge with next
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}
