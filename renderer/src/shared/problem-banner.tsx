import type { ApiErrorInfo } from '../../../main/api';
import { ErrorMessage } from './error-message';
import { CloseIcon } from './icons';

/** A failure to say inside a modal dialog or sheet: the window's toasts sit beneath it. */
export interface Problem {
  title: string;
  error: ApiErrorInfo;
}

/** A problem at the top of a dialog, until dismissed. */
export function ProblemBanner({ problem, onDismiss }: { problem: Problem | undefined; onDismiss(): void }) {
  if (!problem) return null;
  return (
    <div className="problem-banner">
      <ErrorMessage title={problem.title} error={problem.error} />
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
