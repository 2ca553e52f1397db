import { useEffect, useRef, useState } from 'react';

/** How long each kind of toast stays, unless the pointer or focus is on it. */
export const TOAST_MS = {
  /** A plain confirmation: read at a glance. */
  confirmation: 3000,
  /** A confirmation with an action (Undo): long enough to notice a mistake and take it back. */
  action: 10_000,
  /** A finished export or a failure: long enough to read a reason and what to do. */
  result: 15_000,
} as const;

/**
 * Dismisses a toast after `ms`, except while the pointer is over it or focus is in it (someone
 * reading it, or about to press its button): then the time starts again when they leave.
 * Returns the handlers to spread on the toast's element. `ms` undefined: the toast stays (an
 * export still running). A change of `restartWith` starts the time again.
 */
export function useToastTimeout(ms: number | undefined, onTimeout: () => void, restartWith?: unknown) {
  const [held, setHeld] = useState(0);
  const latest = useRef(onTimeout);
  latest.current = onTimeout;
  useEffect(() => {
    if (ms === undefined || held > 0) return;
    const timer = setTimeout(() => latest.current(), ms);
    return () => clearTimeout(timer);
    // `restartWith`: a toast that shows a new result in place of the last one starts its time again.
  }, [ms, held, restartWith]);
  const hold = () => setHeld((n) => n + 1);
  const release = () => setHeld((n) => Math.max(0, n - 1));
  return { onMouseEnter: hold, onMouseLeave: release, onFocus: hold, onBlur: release };
}
