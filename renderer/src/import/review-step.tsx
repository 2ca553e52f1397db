import { useEffect, useMemo, useRef, useState } from 'react';
import type { CandidateView, ImportDraftView, Topic } from '../../../main/api';
import { PassagePicker, type Passage } from '../shared/forms/passage-picker';
import { plural } from '../shared/format';
import { CandidateCard } from './candidate-card';
import { CandidateEditor } from './candidate-editor';
import { REVIEW_KEYS, keyLabel, reviewCommandFor, type ReviewCommand } from './review-keys';
import { candidateFormValues, type CandidateFormValues } from './candidate-form';
import { SplitPicker } from './split-picker';
import type { ImportReview } from './use-import';

interface ReviewStepProps {
  draft: ImportDraftView;
  review: ImportReview;
  topics: readonly Topic[];
}

/** What the selected candidate's card is open for. */
type CardMode = { view: 'show' } | { view: 'edit'; values: CandidateFormValues } | { view: 'split' };

/** Kinds that call for action; findings and concerns are listed apart, after them. */
const CALL_KINDS: readonly CandidateView['kind'][] = ['recommendation', 'proposal'];

/**
 * The review queue: every candidate beside the whole source text, the selected one's passage
 * marked and the others shaded by decision. The analyst accepts, edits, merges, splits or rejects
 * each; selecting words in the text while editing makes them the candidate's passage. Calls for
 * action come first; findings and concerns are listed apart below them, and like every candidate
 * wait for the analyst's decision (none is accepted by default).
 */
export function ReviewStep({ draft, review, topics }: ReviewStepProps) {
  const { candidates } = draft;
  const [selectedKey, setSelectedKey] = useState(candidates[0]?.key);
  const [mode, setMode] = useState<CardMode>({ view: 'show' });
  const selected = candidates.find((c) => c.key === selectedKey);
  const topicLabels = useMemo(() => new Map(topics.map((t) => [t.id, t.label])), [topics]);

  // A merge or split replaces the selected candidate: select what took its place.
  useEffect(() => {
    if (!selected && candidates.length) setSelectedKey(candidates[0]!.key);
  }, [selected, candidates]);

  // The selected card stays in view, whichever way it was chosen.
  useEffect(() => {
    document.querySelector('.candidate.is-selected')?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey]);

  const select = (candidate: CandidateView) => {
    if (candidate.key === selectedKey) return;
    setSelectedKey(candidate.key);
    setMode({ view: 'show' });
  };
  const attempt = (title: string, action: Promise<unknown>) => action.catch((error: unknown) => review.report(title, error));

  const passage: Passage | undefined = mode.view === 'edit' ? mode.values.location : selected?.location;
  const others = candidates.filter((c) => c.key !== selectedKey).map((c) => ({ ...c.location, tone: c.decision }));
  const pick = (picked: Passage) => {
    if (!selected) return;
    const values = mode.view === 'edit' ? mode.values : candidateFormValues(selected);
    setMode({ view: 'edit', values: { ...values, statement: draft.source.text.slice(picked.start, picked.end), location: picked } });
  };

  const calls = candidates.filter((c) => CALL_KINDS.includes(c.kind));
  const assessments = candidates.filter((c) => !CALL_KINDS.includes(c.kind));
  const groups = [
    { label: 'Recommendations and proposals', members: calls, first: 1 },
    { label: 'Findings and concerns', members: assessments, first: calls.length + 1 },
  ].filter((group) => group.members.length);
  const pending = candidates.filter((c) => c.decision === 'pending');
  const accepted = candidates.filter((c) => c.decision === 'accepted').length;
  // The queue in the order it is shown, for the next/previous keys.
  const ordered = [...calls, ...assessments];
  const step = (by: number) => {
    const at = ordered.findIndex((c) => c.key === selectedKey);
    const next = ordered[Math.min(Math.max(at + by, 0), ordered.length - 1)];
    if (next) select(next);
  };
  const runCommand = (command: ReviewCommand) => {
    if (!selected || review.busy) return;
    if (command === 'next') return step(1);
    if (command === 'previous') return step(-1);
    if (command === 'edit') return setMode({ view: 'edit', values: candidateFormValues(selected) });
    void attempt('The decision was not recorded', review.decide(selected.key, command === 'accept' ? 'accepted' : 'rejected'));
    // Decided: on to the next one still to review after it, or simply the next.
    const at = ordered.indexOf(selected);
    const after = ordered.slice(at + 1).find((c) => c.decision === 'pending') ?? ordered[at + 1];
    if (after) select(after);
  };
  const latestCommand = useRef(runCommand);
  latestCommand.current = runCommand;
  // Keys work wherever focus is in the review, except while a card is being edited or split.
  const showing = mode.view === 'show';
  useEffect(() => {
    if (!showing) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = reviewCommandFor(event);
      if (!command) return;
      event.preventDefault();
      latestCommand.current(command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [showing]);

  const rejectRest = () => attempt('The candidates were not rejected', (async () => {
    for (const candidate of pending) await review.decide(candidate.key, 'rejected');
  })());

  return (
    <div className="review-step">
      <section className="review-queue" aria-label="Candidates">
        <header className="review-queue-header">
          <span className="review-counts" role="status">
            {plural(candidates.length, 'candidate')} · {accepted} accepted · {pending.length} to review
          </span>
          <span className="spacer" />
          <button type="button" className="button button-small" onClick={rejectRest} disabled={!pending.length || review.busy}>
            Reject the rest
          </button>
        </header>
        <p className="review-keys" aria-label="Keyboard">
          {REVIEW_KEYS.map(({ keys, label }) => (
            <span key={label}>
              {keys.map((key) => (
                <kbd key={key}>{keyLabel(key)}</kbd>
              ))}{' '}
              {label}
            </span>
          ))}
        </p>
        <div className="candidate-list">
          {groups.map((group) => (
            <section key={group.label} className="candidate-group" aria-label={group.label}>
              {groups.length > 1 && <h3 className="candidate-group-title">{group.label}</h3>}
              <ol start={group.first}>
                {group.members.map((candidate, i, members) => (
                  <CandidateCard
                    key={candidate.key}
                    candidate={candidate}
                    number={group.first + i}
                    selected={candidate.key === selectedKey}
                    topicLabels={topicLabels}
                    onSelect={() => select(candidate)}
                    onDecide={(decision) => void attempt('The decision was not recorded', review.decide(candidate.key, decision))}
                    onEdit={() => {
                      setSelectedKey(candidate.key);
                      setMode({ view: 'edit', values: candidateFormValues(candidate) });
                    }}
                    onSplit={() => {
                      setSelectedKey(candidate.key);
                      setMode({ view: 'split' });
                    }}
                    onMergeNext={
                      i < members.length - 1
                        ? () => void attempt('The candidates were not merged', review.merge(candidate.key, members[i + 1]!.key))
                        : undefined
                    }
                  >
                    {candidate.key === selectedKey && mode.view === 'edit' ? (
                      <CandidateEditor
                        values={mode.values}
                        onChange={(values) => setMode({ view: 'edit', values })}
                        sourceText={draft.source.text}
                        language={draft.source.language}
                        topics={topics}
                        onSave={async (values) => {
                          await review.edit(candidate.key, values);
                          setMode({ view: 'show' });
                        }}
                        onCancel={() => setMode({ view: 'show' })}
                      />
                    ) : candidate.key === selectedKey && mode.view === 'split' ? (
                      <SplitPicker
                        statement={candidate.statement}
                        language={draft.source.language}
                        onSplit={(at) => void attempt('The candidate was not split', review.split(candidate.key, at)).then(() => setMode({ view: 'show' }))}
                        onCancel={() => setMode({ view: 'show' })}
                      />
                    ) : undefined}
                  </CandidateCard>
                ))}
              </ol>
            </section>
          ))}
        </div>
      </section>
      <PassagePicker source={draft.source} passage={passage} others={others} onPick={pick} />
    </div>
  );
}
