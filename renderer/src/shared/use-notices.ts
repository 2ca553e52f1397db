import { useCallback, useState } from 'react';
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
  /** Failures stay until dismissed; confirmations fade on their own. */
  error?: ApiErrorInfo;
  action?: NoticeAction;
}

/** Confirmations stay this long. */
const CONFIRMATION_MS = 3000;
/** Confirmations with an action (Undo) stay longer: long enough to notice a mistake and take it back. */
const ACTION_MS = 10_000;

let nextId = 1;

/** Transient messages: confirmations and failures, each said once, none silent. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);

  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);

  const confirm = useCallback(
    (title: string, action?: NoticeAction) => {
      const id = nextId++;
      setNotices((all) => [...all, { id, title, ...(action ? { action } : {}) }]);
      setTimeout(() => dismiss(id), action ? ACTION_MS : CONFIRMATION_MS);
    },
    [dismiss],
  );

  const fail = useCallback((title: string, error: unknown) => {
    const info = describeFailure(error);
    // The same failure repeated (e.g. every keystroke's search) is shown once.
    setNotices((all) =>
      all.some((n) => n.title === title && n.error?.message === info.message) ? all : [...all, { id: nextId++, title, error: info }],
    );
  }, []);

  return { notices, confirm, fail, dismiss };
}
