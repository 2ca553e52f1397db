import { useCallback, useState } from 'react';
import type { AddedImport, Decision, ImportDraftView } from '../../../main/api';
import type { CandidateFieldsInput, SourceFieldsInput } from '../../../main/core/editing/forms';
import { call, describeFailure } from '../api';
import type { Problem } from '../shared/problem-banner';

/** The import under review in this window, and the steps the analyst takes on it. */
export interface ImportReview {
  draft: ImportDraftView | undefined;
  /** The draft is one left unfinished when the app last closed, taken up again. */
  resumed: boolean;
  /** A step is on its way to main; the sheet waits for it. */
  busy: boolean;
  /** The last step's failure, until dismissed or the next step succeeds. */
  problem: Problem | undefined;
  report(title: string, error: unknown): void;
  dismissProblem(): void;
  /** Asks main to show its open dialog and import the chosen file; false when the analyst cancelled. */
  openFile(): Promise<boolean>;
  /** Imports a file dropped on the window, from its content. */
  openDropped(file: File): Promise<void>;
  confirmSource(fields: SourceFieldsInput): Promise<void>;
  decide(key: string, decision: Decision): Promise<void>;
  edit(key: string, fields: CandidateFieldsInput): Promise<void>;
  merge(first: string, second: string): Promise<void>;
  split(key: string, at: number): Promise<void>;
  /** Adds the source and the accepted candidates to the library, and closes the review. */
  commit(): Promise<AddedImport>;
  discard(): Promise<void>;
  /**
   * Takes up the import left unfinished when the app last closed, if there is one; resolves to
   * the kept drafts that could not be read (each kept aside, with why).
   */
  resumePending(): Promise<string[]>;
}

/**
 * Holds the window's view of one import under review. Main holds the draft itself: every step
 * is a call that answers with the draft as it now is, so the window never has a version main
 * does not. Each step rejects with main's reason when it is refused, and the draft stays as it was.
 */
export function useImport(): ImportReview {
  const [draft, setDraftState] = useState<{ view: ImportDraftView; resumed: boolean }>();
  const setDraft = useCallback((view: ImportDraftView | undefined) => {
    setDraftState((shown) => (view ? { view, resumed: shown?.view.id === view.id && shown.resumed } : undefined));
  }, []);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  const step = useCallback(async <T>(action: () => Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      const result = await action();
      setProblem(undefined);
      return result;
    } finally {
      setBusy(false);
    }
  }, []);

  const id = draft?.view.id ?? '';
  const update = useCallback((action: () => Promise<ImportDraftView>) => step(async () => setDraft(await action())), [step, setDraft]);

  return {
    draft: draft?.view,
    resumed: draft?.resumed ?? false,
    busy,
    problem,
    report: (title, error) => setProblem({ title, error: describeFailure(error) }),
    dismissProblem: () => setProblem(undefined),
    openFile: () =>
      step(async () => {
        const opened = await call('importFile');
        if (!opened.canceled) setDraft(opened.draft);
        return !opened.canceled;
      }),
    openDropped: (file) => update(async () => call('importDroppedFile', { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    confirmSource: (fields) => update(() => call('confirmImportSource', { draftId: id, fields })),
    decide: (key, decision) => update(() => call('decideCandidate', { draftId: id, key, decision })),
    edit: (key, fields) => update(() => call('editCandidate', { draftId: id, key, fields })),
    merge: (first, second) => update(() => call('mergeCandidates', { draftId: id, first, second })),
    split: (key, at) => update(() => call('splitCandidate', { draftId: id, key, at })),
    commit: () =>
      step(async () => {
        const added = await call('commitImport', { draftId: id });
        setDraft(undefined);
        return added;
      }),
    discard: () =>
      step(async () => {
        setDraft(undefined);
        if (id) await call('discardImport', { draftId: id });
      }),
    resumePending: async () => {
      const pending = await call('pendingImport');
      if (pending.draft) setDraftState((shown) => shown ?? { view: pending.draft!, resumed: true });
      return pending.problems;
    },
  };
}
