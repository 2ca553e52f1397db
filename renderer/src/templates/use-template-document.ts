import { useCallback, useEffect, useRef, useState } from 'react';
import type { TemplateListing, TemplateProblem } from '../../../main/api';
import { call } from '../api';
import type { TemplateBuffers } from './use-template-buffers';

/** After this long without typing, unsaved edits are kept as a draft. */
const DRAFT_IDLE_MS = 2000;

export interface OpenDocument {
  template: TemplateListing;
  savedText: string;
  /** The text in the editor. */
  text: string;
  /** Changes when the editor must start over from `text` (another template, a restored draft). */
  session: string;
  /** A draft newer than the saved text, found on opening: offered, not applied. */
  draft?: { text: string; savedAt: string };
}

/** What the last save (or the reason it could not happen) came to, for the line under the name. */
export type SaveStatus =
  | { kind: 'saved'; at: Date }
  | { kind: 'draft'; at: Date }
  | { kind: 'refused'; errors: TemplateProblem[] };

let sessions = 0;

/**
 * The templates open in the studio (kept in `buffers`, which outlive the studio) and the one
 * shown: its saved and edited text, drafts kept while editing (after
 * a pause in typing, when the editor loses focus, and before another template opens) so a crash
 * or a bad edit loses nothing, and saving, which the core refuses while the text has errors.
 */
export function useTemplateDocument(buffers: TemplateBuffers, onError: (title: string, error: unknown) => void, onSaved: () => void) {
  const [state, setState] = buffers;
  const open = state.docs.find((doc) => doc.template.id === state.activeId);
  /** Changes the shown buffer; `undefined` closes it. */
  const setOpen = useCallback(
    (change: (doc: OpenDocument | undefined) => OpenDocument | undefined) =>
      setState((current) => {
        const shown = current.docs.find((doc) => doc.template.id === current.activeId);
        const next = change(shown);
        if (next === shown) return current;
        if (!next) return { docs: current.docs.filter((doc) => doc !== shown), activeId: current.docs.find((doc) => doc !== shown)?.template.id };
        const docs = shown ? current.docs.map((doc) => (doc === shown ? next : doc)) : [...current.docs, next];
        return { docs, activeId: next.template.id };
      }),
    [setState],
  );
  const [status, setStatus] = useState<SaveStatus>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The newest state, for draft saves that run after a render.
  const latest = useRef(open);
  latest.current = open;
  const latestState = useRef(state);
  latestState.current = state;

  const keepDraft = useCallback(async () => {
    clearTimeout(timer.current);
    const doc = latest.current;
    if (!doc || doc.template.builtIn || doc.draft || doc.text === doc.savedText) return;
    try {
      await call('saveTemplateDraft', { id: doc.template.id, text: doc.text });
      setStatus({ kind: 'draft', at: new Date() });
    } catch (error) {
      onError('The draft could not be kept', error);
    }
  }, [onError]);

  const openTemplate = useCallback(
    async (id: string) => {
      await keepDraft();
      // An open buffer is shown as it was left, edits and all.
      if (latestState.current.docs.some((doc) => doc.template.id === id)) {
        setState((current) => ({ ...current, activeId: id }));
        setStatus(undefined);
        return;
      }
      try {
        const opened = await call('openTemplate', { id });
        // A draft that says what the file says is not worth asking about.
        const draft = opened.draft && opened.draft.text !== opened.text ? opened.draft : undefined;
        const doc: OpenDocument = { template: opened.template, savedText: opened.text, text: opened.text, session: String(++sessions), draft };
        setState((current) => ({ docs: [...current.docs.filter((d) => d.template.id !== id), doc], activeId: id }));
        setStatus(undefined);
      } catch (error) {
        onError('The template could not be opened', error);
      }
    },
    [keepDraft, onError, setState],
  );

  const edit = useCallback((text: string) => {
    setOpen((doc) => doc && { ...doc, text });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void keepDraft(), DRAFT_IDLE_MS);
  }, [keepDraft, setOpen]);

  const restoreDraft = useCallback(() => {
    setOpen((doc) => (doc?.draft ? { ...doc, text: doc.draft.text, draft: undefined, session: String(++sessions) } : doc));
  }, [setOpen]);

  const discardDraft = useCallback(async () => {
    const doc = latest.current;
    if (!doc) return;
    try {
      await call('discardTemplateDraft', { id: doc.template.id });
      setOpen((current) => current && { ...current, draft: undefined });
    } catch (error) {
      onError('The draft could not be discarded', error);
    }
  }, [onError, setOpen]);

  /** Saves the shown buffer; true when it was saved. */
  const save = useCallback(async (): Promise<boolean> => {
    const doc = latest.current;
    if (!doc || doc.template.builtIn) return false;
    clearTimeout(timer.current);
    try {
      const outcome = await call('saveTemplate', { id: doc.template.id, text: doc.text });
      if (!outcome.saved) {
        setStatus({ kind: 'refused', errors: outcome.problems.filter((p) => p.severity === 'error') });
        // Refused text is still work: keep it as a draft.
        await call('saveTemplateDraft', { id: doc.template.id, text: doc.text });
        return false;
      }
      setOpen((current) => current && { ...current, template: outcome.template, savedText: doc.text, draft: undefined });
      setStatus({ kind: 'saved', at: new Date() });
      onSaved();
      return true;
    } catch (error) {
      onError('The template could not be saved', error);
    }
    return false;
  }, [onError, onSaved, setOpen]);

  /** Shows another listing of the open template (renamed, or closed when deleted). */
  const replaceListing = useCallback((template: TemplateListing | undefined) => {
    clearTimeout(timer.current);
    setOpen((doc) => (template && doc ? { ...doc, template } : undefined));
  }, [setOpen]);

  /** Closes a buffer, dropping whatever it holds (ask first: see `isUnsaved`); the last one opened before it is shown. */
  const close = useCallback(
    (id: string) => {
      clearTimeout(timer.current);
      setState((current) => {
        const docs = current.docs.filter((doc) => doc.template.id !== id);
        return { docs, activeId: current.activeId === id ? docs.at(-1)?.template.id : current.activeId };
      });
    },
    [setState],
  );

  // Leaving the studio keeps what was typed.
  useEffect(() => () => void keepDraft(), [keepDraft]);

  return { open, buffers: state.docs, status, openTemplate, edit, keepDraft, restoreDraft, discardDraft, save, replaceListing, close };
}

export type TemplateDocument = ReturnType<typeof useTemplateDocument>;
