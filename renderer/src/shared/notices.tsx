import { useContext, type ReactNode } from 'react';
import { ErrorMessage } from './error-message';
import { CheckIcon, CloseIcon } from './icons';
import { NoticeStackContext, NotifyContext, useNoticeState, type Notice } from './use-notices';
import { TOAST_MS, useToastTimeout } from './use-toast-timeout';

/** Gives everything inside it `useNotify()`, and the notices they say to `<Notices />`. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const { notify, stack } = useNoticeState();
  return (
    <NotifyContext.Provider value={notify}>
      <NoticeStackContext.Provider value={stack}>{children}</NoticeStackContext.Provider>
    </NotifyContext.Provider>
  );
}

/** The stack of confirmations and failures in the corner of the window; each goes after a while. */
export function Notices() {
  const { notices, dismiss } = useContext(NoticeStackContext);
  return (
    <>
      {notices.map((notice) => (
        <NoticeToast key={notice.id} notice={notice} onDismiss={() => dismiss(notice.id)} />
      ))}
    </>
  );
}

function NoticeToast({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  const timing = useToastTimeout(notice.error ? TOAST_MS.result : notice.action ? TOAST_MS.action : TOAST_MS.confirmation, onDismiss);
  return notice.error ? (
    <div className="toast toast-error" {...timing}>
      <ErrorMessage title={notice.title} error={notice.error} />
      <button type="button" className="icon-button toast-close" aria-label="Dismiss" onClick={onDismiss}>
        <CloseIcon />
      </button>
    </div>
  ) : (
    <div className="toast toast-success" role="status" {...timing}>
      <CheckIcon />
      <p className="toast-title">{notice.title}</p>
      {notice.action && (
        <button
          type="button"
          className="button toast-action"
          onClick={() => {
            onDismiss();
            notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      )}
    </div>
  );
}
