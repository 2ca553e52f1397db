import { useState } from 'react';
import type { OpenDocument } from './use-template-document';

/** Every template opened in the studio, by id in opening order, and the one shown. */
export interface TemplateBuffersState {
  docs: readonly OpenDocument[];
  activeId?: string;
}

/**
 * The studio's open templates, held by the workspace rather than the studio, so that what was
 * typed in each one survives switching to another view and back (the studio itself is
 * unmounted while another view is shown).
 */
export function useTemplateBuffers() {
  return useState<TemplateBuffersState>({ docs: [] });
}

export type TemplateBuffers = ReturnType<typeof useTemplateBuffers>;

/** True when a buffer holds text that is not saved. */
export const isUnsaved = (doc: OpenDocument) => !doc.template.builtIn && doc.text !== doc.savedText;
