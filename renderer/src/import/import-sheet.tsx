import { useEffect, useId, useRef, useState } from 'react';
import type { AddedImport, Topic } from '../../../main/api';
import { ProblemBanner } from '../shared/problem-banner';
import { plural } from '../shared/format';
import { useEffectEvent } from '../shared/use-effect-event';
import { ReviewStep } from './review-step';
import { SourceStep } from './source-step';
import type { ImportReview } from './use-import';

interface ImportSheetProps {
  review: ImportReview;
  topics: readonly Topic[];
  onCommitted(added: AddedImport, title: string): void;
}

type Step = 'source' | 'review';

/**
 * The import of one article, over the whole window: first its source details, then the review
 * queue. Nothing reaches the library until "Add to library"; Discard (or Escape, after asking)
 * drops the whole import. Its failures are said inside it, where the analyst is looking.
 */
export function ImportSheet({ review, topics, onCommitted }: ImportSheetProps) {
  const { draft, problem, report } = review;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const sourceFormId = useId();
  const [step, setStep] = useState<Step>('source');
  const [askingDiscard, setAskingDiscard] = useState(false);

  // A new import starts at its source details (or its review, when resumed past them).
  const startImport = useEffectEvent(() => {
    setStep(draft?.sourceConfirmed ? 'review' : 'source');
    setAskingDiscard(false);
  });
  useEffect(() => startImport(), [draft?.id]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (draft && !dialog.open) dialog.showModal();
    if (!draft && dialog.open) dialog.close();
  }, [draft]);

  const accepted = draft?.candidates.filter((c) => c.decision === 'accepted').length ?? 0;
  const commit = () => {
    const title = draft?.source.title ?? '';
    review.commit().then(
      (added) => onCommitted(added, title),
      (error: unknown) => report('The import was not added to the library', error),
    );
  };
  const discard = () => void review.discard().catch((error: unknown) => report('The import could not be discarded', error));

  return (
    <dialog
      ref={ref}
      className="import-sheet"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape asks first: a review is work the analyst would not want to lose to one key.
        event.preventDefault();
        setAskingDiscard(true);
      }}
    >
      {draft && (
        <>
          <header className="import-sheet-header">
            <div className="import-sheet-title">
              <h2 id={titleId}>Import article</h2>
              <span className="muted file-name">{draft.fileName}</span>
            </div>
            <ol className="steps" aria-label="Steps">
              <li className={step === 'source' ? 'is-current' : 'is-done'} aria-current={step === 'source' ? 'step' : undefined}>
                <span className="step-number">1</span> Source details
              </li>
              <li className={step === 'review' ? 'is-current' : ''} aria-current={step === 'review' ? 'step' : undefined}>
                <span className="step-number">2</span> Review candidates
              </li>
            </ol>
          </header>

          {review.resumed && (
            <p className="import-resumed" role="status">
              Continued from where you left it: this import was not finished when Briefbook last closed.
            </p>
          )}
          <ProblemBanner problem={problem} onDismiss={review.dismissProblem} />

          <div className="import-sheet-body">
            {step === 'source' ? (
              <SourceStep draft={draft} review={review} formId={sourceFormId} onConfirmed={() => setStep('review')} />
            ) : (
              <ReviewStep draft={draft} review={review} topics={topics} />
            )}
          </div>

          <footer className="import-sheet-footer">
            {askingDiscard ? (
              <div className="discard-question" role="alertdialog" aria-label="Discard this import?">
                <span>Discard this import? Nothing of it has been added to the library.</span>
                <button type="button" className="button" onClick={() => setAskingDiscard(false)}>
                  Keep reviewing
                </button>
                <button type="button" className="button button-danger" onClick={discard}>
                  Discard import
                </button>
              </div>
            ) : (
              <button type="button" className="button" onClick={() => setAskingDiscard(true)}>
                Discard…
              </button>
            )}
            <span className="spacer" />
            {step === 'source' ? (
              <button type="submit" form={sourceFormId} className="button button-primary" disabled={review.busy}>
                Confirm details
              </button>
            ) : (
              <>
                <button type="button" className="button" onClick={() => setStep('source')}>
                  Back to source details
                </button>
                <button type="button" className="button button-primary" onClick={commit} disabled={review.busy}>
                  {accepted ? `Add source and ${plural(accepted, 'record')}` : 'Add source without records'}
                </button>
              </>
            )}
          </footer>
        </>
      )}
    </dialog>
  );
}
