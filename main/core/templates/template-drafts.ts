import { rm } from 'node:fs/promises';
import { assertTemplateSize, draftFile, serialized, storeOf, userTemplateFile, writeStoreFile } from './template-store';
import type { TemplateStoreOptions } from './template-store';

/**
 * Drafts: the text of a user template being edited, written beside it as `<id>.draft.hbs`
 * as the analyst types (the editor calls this every few seconds and on blur), so that a crash
 * or a bad edit loses nothing. A draft is not checked, can be broken, and is never exported;
 * `openTemplate` offers it when it is newer than the saved template, `saveTemplate` removes it.
 */
export async function saveDraft(id: string, text: string, options: TemplateStoreOptions = {}): Promise<void> {
  const store = storeOf(options);
  assertTemplateSize(text);
  // Through the folder's queue, so a draft cannot land after the delete or save it preceded.
  await serialized(store, async () => {
    await userTemplateFile(store, id);
    await writeStoreFile(draftFile(store, id), text);
  });
}

/** Throws a template's draft away (the saved template stays as it is). No draft: nothing to do. */
export async function discardDraft(id: string, options: TemplateStoreOptions = {}): Promise<void> {
  const store = storeOf(options);
  await serialized(store, async () => {
    await userTemplateFile(store, id);
    await rm(draftFile(store, id), { force: true });
  });
}
