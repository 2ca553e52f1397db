import { useCallback, useEffect, useRef, useState } from 'react';
import type { TemplateListing, TemplateProblem } from '../../../main/api';
import { call } from '../api';

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
 * The template open in the studio: its saved and edited text, drafts kept while editing (after
 * a pause in typing, when the editor loses focus, and before another template opens) so a crash
 * or a bad edit loses nothing, and saving, which the core refuses while the text has errors.
 */
export function useTemplateDocument(onError: (title: string, error: unknown) => void, onSaved: () => void) {
  const [open, setOpen] = useState<OpenDocument>();
  const [status, setStatus] = useState<SaveStatus>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The newest state, for draft saves that run after a render.
  const latest = useRef(open);
  latest.current = open;

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
      try {
        const opened = await call('openTemplate', { id });
        // A draft that says what the file says is not worth asking about.
        const draft = opened.draft && opened.draft.text !== opened.text ? opened.draft : undefined;
        setOpen({ template: opened.template, savedText: opened.text, text: opened.text, session: String(++sessions), draft });
        setStatus(undefined);
      } catch (error) {
        onError('The template could not be opened', error);
      }
    },
    [keepDraft, onError],
  );

  const edit = useCallback((text: string) => {
    setOpen((doc) => doc && { ...doc, text });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void keepDraft(), DRAFT_IDLE_MS);
  }, [keepDraft]);

  const restoreDraft = useCallback(() => {
    setOpen((doc) => doc?.draft && { ...doc, text: doc.draft.text, draft: undefined, session: String(++sessions) });
  }, []);

  const discardDraft = useCallback(async () => {
    const doc = latest.current;
    if (!doc) return;
    try {
      await call('discardTemplateDraft', { id: doc.template.id });
      setOpen({ ...doc, draft: undefined });
    } catch (error) {
      onError('The draft could not be discarded', error);
    }
  }, [onError]);

  const save = useCallback(async () => {
    const doc = latest.current;
    if (!doc || doc.template.builtIn) return;
    clearTimeout(timer.current);
    try {
      const outcome = await call('saveTemplate', { id: doc.template.id, text: doc.text });
      if (!outcome.saved) {
        setStatus({ kind: 'refused', errors: outcome.problems.filter((p) => p.severity === 'error') });
        // Refused text is still work: keep it as a draft.
        await call('saveTemplateDraft', { id: doc.template.id, text: doc.text });
        return;
      }
      setOpen((current) => current && { ...current, template: outcome.template, savedText: doc.text, draft: undefined });
      setStatus({ kind: 'saved', at: new Date() });
      onSaved();
    } catch (error) {
      onError('The template could not be saved', error);
    }
  }, [onError, onSaved]);

  /** Shows another listing of the open template (renamed, or closed when deleted). */
  const replaceListing = useCallback((template: TemplateListing | undefined) => {
    clearTimeout(timer.current);
    setOpen((doc) => (template && doc ? { ...doc, template } : undefined));
  }, []);

  // Leaving the studio keeps what was typed.
  useEffect(() => () => void keepDraft(), [keepDraft]);

  return { open, status, openTemplate, edit, keepDraft, restoreDraft, discardDraft, save, replaceListing };
}

export type TemplateDocument = ReturnType<typeof useTemplateDocument>;
