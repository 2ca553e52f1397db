import { useEffect, useInsertionEffect, useRef, type DependencyList } from 'react';

/** What becomes of a request's answer. */
export interface RequestHandlers<T> {
  /** The answer, when its request is still the newest. */
  onResult(value: T): void;
  /** Why the newest request failed. A superseded request's failure is dropped: it is no fault. */
  onError(error: unknown): void;
  /** An answer that came after its request was superseded: release what it holds (e.g. a PDF document). */
  onStale?(value: T): void;
}

/**
 * Runs `request` when `deps` change (like `useEffect`), and hands its answer to `onResult` only
 * while it is the newest: once `deps` change again or the component goes, its answer and its
 * failure are dropped and `signal` is aborted, so work still running (a pdf.js render, a loop over
 * pages) can stop. `request` answers undefined when there is nothing to ask.
 *
 * The handlers are read as they are when the answer comes, so they are not dependencies; `deps`
 * are checked by `react-hooks/exhaustive-deps` (eslint.config.js names this hook to it).
 */
export function useRequestEffect<T>(
  request: (signal: AbortSignal) => Promise<T> | undefined,
  deps: DependencyList,
  handlers: RequestHandlers<T>,
): void {
  const latest = useRef(handlers);
  // Swapped before any effect of the same render runs (see use-effect-event.ts).
  useInsertionEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    request(signal)?.then(
      (value) => (signal.aborted ? latest.current.onStale?.(value) : latest.current.onResult(value)),
      (error: unknown) => {
        if (!signal.aborted) latest.current.onError(error);
      },
    );
    return () => controller.abort();
    // `deps` are the caller's, checked where the hook is called; `request` is new every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}
