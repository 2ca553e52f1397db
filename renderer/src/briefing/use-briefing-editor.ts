import { useCallback, useMemo, useReducer } from 'react';
import type { Briefing } from '../../../main/api';
import { briefingContent } from '../shared/briefing-content';
import { mapHistory, recordEdit, redo, startHistory, undo, type History } from './history';

/** The briefing being edited, its undo history, and whether it differs from what was saved. */
export interface BriefingEditor {
  briefing: Briefing | undefined;
  /** Applies an edit as one undo step; edits sharing `coalesceKey` in quick succession merge. */
  edit(change: (briefing: Briefing) => Briefing, coalesceKey?: string): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /** Starts editing `briefing` with a fresh history; `persisted` says whether it is saved in the library. */
  load(briefing: Briefing, persisted: boolean): void;
  /** The library now holds `saved`. */
  markSaved(saved: Briefing): void;
  /**
   * Follows a change to the library the briefing refers to (a merged topic, a deleted source):
   * every version in the undo history, and the saved one, change alike, without an undo step.
   */
  followLibrary(change: (briefing: Briefing) => Briefing): void;
  /** When the library last stored this briefing; undefined until it is saved. */
  savedAt: string | undefined;
  /** Has edits the library does not hold. */
  dirty: boolean;
}

interface EditorState {
  history: History<Briefing>;
  /** The briefing as last loaded or saved, to tell whether it has unsaved edits. */
  baseline: Briefing;
  savedAt: string | undefined;
}

type EditorAction =
  | { type: 'load'; briefing: Briefing; persisted: boolean }
  | { type: 'edit'; change: (briefing: Briefing) => Briefing; coalesce?: { key: string; at: number } }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'saved'; briefing: Briefing }
  | { type: 'follow'; change: (briefing: Briefing) => Briefing };

function reduce(state: EditorState | undefined, action: EditorAction): EditorState | undefined {
  if (action.type === 'load') {
    return {
      history: startHistory(action.briefing),
      baseline: action.briefing,
      savedAt: action.persisted ? action.briefing.updatedAt : undefined,
    };
  }
  if (!state) return state;
  switch (action.type) {
    case 'edit':
      return { ...state, history: recordEdit(state.history, action.change(state.history.present), action.coalesce) };
    case 'undo':
      return { ...state, history: undo(state.history) };
    case 'redo':
      return { ...state, history: redo(state.history) };
    case 'saved':
      // Edits made while the save was in flight stay in the present and keep it dirty.
      return { ...state, baseline: action.briefing, savedAt: action.briefing.updatedAt };
    case 'follow':
      return { ...state, history: mapHistory(state.history, action.change), baseline: action.change(state.baseline) };
  }
}

export function useBriefingEditor(): BriefingEditor {
  const [state, dispatch] = useReducer(reduce, undefined);

  const edit = useCallback((change: (briefing: Briefing) => Briefing, coalesceKey?: string) => {
    dispatch({ type: 'edit', change, ...(coalesceKey ? { coalesce: { key: coalesceKey, at: Date.now() } } : {}) });
  }, []);
  const undoEdit = useCallback(() => dispatch({ type: 'undo' }), []);
  const redoEdit = useCallback(() => dispatch({ type: 'redo' }), []);
  const load = useCallback((briefing: Briefing, persisted: boolean) => dispatch({ type: 'load', briefing, persisted }), []);
  const markSaved = useCallback((briefing: Briefing) => dispatch({ type: 'saved', briefing }), []);
  const followLibrary = useCallback((change: (briefing: Briefing) => Briefing) => dispatch({ type: 'follow', change }), []);

  const briefing = state?.history.present;
  const dirty = useMemo(
    () => (state && briefing ? briefingContent(briefing) !== briefingContent(state.baseline) : false),
    [state, briefing],
  );

  return {
    briefing,
    edit,
    undo: undoEdit,
    redo: redoEdit,
    canUndo: (state?.history.past.length ?? 0) > 0,
    canRedo: (state?.history.future.length ?? 0) > 0,
    load,
    markSaved,
    followLibrary,
    savedAt: state?.savedAt,
    dirty,
  };
}
