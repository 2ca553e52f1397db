import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ApiErrorInfo } from '../../../main/api';
import { describeFailure } from '../api';

/** A button on a confirmation, e.g. Undo after a delete. */
export interface NoticeAction {
  label: string;
  run(): void;
}

export interface Notice {
  id: number;
  title: string;
  /** What went wrong, for a failure (shown longer than a confirmation: see `TOAST_MS`). */
  error?: ApiErrorInfo;
  action?: NoticeAction;
}

/** How any part of the window says what it did, or what went wrong. */
export interface Notify {
  confirm(title: string, action?: NoticeAction): void;
  fail(title: string, error: unknown): void;
}

/** The notices on screen, for the stack that shows them. */
export interface NoticeStack {
  notices: readonly Notice[];
  dismiss(id: number): void;
}

let nextId = 1;

/** Transient messages: confirmations and failures, each said once, none silent. */
export function useNoticeState(): { notify: Notify; stack: NoticeStack } {
  const [notices, setNotices] = useState<Notice[]>([]);

  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);

  const confirm = useCallback(
    (title: string, action?: NoticeAction) => {
      // Each toast times itself out (see useToastTimeout), pausing while it is read.
      setNotices((all) => [...all, { id: nextId++, title, ...(action ? { action } : {}) }]);
    },
    [],
  );

  const fail = useCallback((title: string, error: unknown) => {
    const info = describeFailure(error);
    // The same failure repeated (e.g. every keystroke's search) is shown once.
    setNotices((all) =>
      all.some((n) => n.title === title && n.error?.message === info.message) ? all : [...all, { id: nextId++, title, error: info }],
    );
  }, []);

  // `notify` never changes, so what uses it is not rendered again each time a notice comes or goes.
  const notify = useMemo(() => ({ confirm, fail }), [confirm, fail]);
  const stack = useMemo(() => ({ notices, dismiss }), [notices, dismiss]);
  return { notify, stack };
}

export const NotifyContext = createContext<Notify | undefined>(undefined);
export const NoticeStackContext = createContext<NoticeStack>({ notices: [], dismiss: () => undefined });

/** Confirmations and failures, said in the window's notices (see NoticesProvider). */
export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify is called outside NoticesProvider: wrap the window in <NoticesProvider>.');
  return notify;
}
