import { useCallback, useState } from 'react';
import type { Briefing } from '../../../main/api';
import { describeFailure } from '../api';
import type { Problem } from '../shared/problem-banner';
import { useNotify } from '../shared/use-notices';
import { useLibraryEdits, type LibraryEdits } from './use-library-edits';

/** Library edits made from inside a modal dialog, which says their failures itself. */
export interface DialogEdits {
  edits: LibraryEdits;
  problem: Problem | undefined;
  dismissProblem(): void;
}

/**
 * The library's edits for the management dialogs: confirmed (with Undo) in the window's toasts,
 * which the analyst sees on closing the dialog, but failed inside the dialog, where they are looking.
 */
export function useDialogEdits(followLibrary: (change: (briefing: Briefing) => Briefing) => void): DialogEdits {
  const { confirm } = useNotify();
  const [problem, setProblem] = useState<Problem>();
  const fail = useCallback((title: string, error: unknown) => setProblem({ title, error: describeFailure(error) }), []);
  const edits = useLibraryEdits({ confirm, fail }, followLibrary);
  return { edits, problem, dismissProblem: useCallback(() => setProblem(undefined), []) };
}
