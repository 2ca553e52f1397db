import { ErrorMessage } from './error-message';
import { CheckIcon, CloseIcon } from './icons';
import type { Notice } from './use-notices';

/** The stack of confirmations and failures in the corner of the window. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss(id: number): void }) {
  return (
    <>
      {notices.map((notice) =>
        notice.error ? (
          <div key={notice.id} className="toast toast-error">
            <ErrorMessage title={notice.title} error={notice.error} />
            <button type="button" className="icon-button toast-close" aria-label="Dismiss" onClick={() => onDismiss(notice.id)}>
              <CloseIcon />
            </button>
          </div>
        ) : (
          <div key={notice.id} className="toast toast-success" role="status">
            <CheckIcon />
            <p className="toast-title">{notice.title}</p>
            {notice.action && (
              <button
                type="button"
                className="button toast-action"
                onClick={() => {
                  onDismiss(notice.id);
                  notice.action?.run();
                }}
              >
                {notice.action.label}
              </button>
            )}
          </div>
        ),
      )}
    </>
  );
}
