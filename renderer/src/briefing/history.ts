/**
 * An undo/redo history of immutable snapshots.
 *
 * Edits that share a coalescing key and follow each other quickly (typing in one field) become
 * one step, so undo takes back a word or a sentence rather than a keystroke.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Key and time of the last recorded edit, for coalescing. */
  last?: { key: string; at: number };
}

/** Edits with the same key closer together than this are one undo step. */
export const COALESCE_MS = 1000;
/** Oldest steps are dropped beyond this depth. */
export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Records `next` as the new present; `coalesce` merges it with the previous edit of the same key. */
export function recordEdit<T>(history: History<T>, next: T, coalesce?: { key: string; at: number }): History<T> {
  if (Object.is(next, history.present)) return history;
  const merges =
    coalesce !== undefined &&
    history.last?.key === coalesce.key &&
    coalesce.at - history.last.at < COALESCE_MS &&
    history.past.length > 0;
  const past = merges ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], ...(coalesce ? { last: coalesce } : {}) };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future };
}

/**
 * Applies `change` to every snapshot, past and future included, without an undo step: for when
 * what the snapshots refer to changed (a topic merged or a source deleted in the library), so
 * that no undo or redo brings back a reference to something that is gone.
 */
export function mapHistory<T>(history: History<T>, change: (snapshot: T) => T): History<T> {
  return { ...history, past: history.past.map(change), present: change(history.present), future: history.future.map(change) };
}
