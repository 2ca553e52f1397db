import { useContext, type ReactNode } from 'react';
import { ErrorMessage } from './error-message';
import { CheckIcon, CloseIcon } from './icons';
import { NoticeStackContext, NotifyContext, useNoticeState } from './use-notices';

/** Gives everything inside it `useNotify()`, and the notices they say to `<Notices />`. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const { notify, stack } = useNoticeState();
  return (
    <NotifyContext.Provider value={notify}>
      <NoticeStackContext.Provider value={stack}>{children}</NoticeStackContext.Provider>
    </NotifyContext.Provider>
  );
}

/** The stack of confirmations and failures in the corner of the window. */
export function Notices() {
  const { notices, dismiss } = useContext(NoticeStackContext);
  return (
    <>
      {notices.map((notice) =>
        notice.error ? (
          <div key={notice.id} className="toast toast-error">
            <ErrorMessage title={notice.title} error={notice.error} />
            <button type="button" className="icon-button toast-close" aria-label="Dismiss" onClick={() => dismiss(notice.id)}>
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
                  dismiss(notice.id);
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
