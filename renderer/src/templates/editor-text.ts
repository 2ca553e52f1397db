import type { EditorView } from '@codemirror/view';

/**
 * Puts `text` in the editor as one edit of the part that differs, as if typed there: the undo
 * history, the cursor elsewhere and the change listener (which updates the buffer) all see an
 * ordinary edit. Used by the Page setup form, whose fields rewrite a line of the front matter.
 */
export function replaceEditorText(view: EditorView, text: string): void {
  const old = view.state.doc.toString();
  if (old === text) return;
  let start = 0;
  while (start < old.length && start < text.length && old[start] === text[start]) start++;
  let end = 0;
  while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
  view.dispatch({ changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) }, userEvent: 'input.page-setup' });
}
