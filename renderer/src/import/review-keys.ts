/** What a key does in the import review. */
export type ReviewCommand = 'accept' | 'reject' | 'next' | 'previous' | 'edit';

/** The keys, as the review shows them: single keys, as in a mail client's triage. */
export const REVIEW_KEYS: ReadonlyArray<{ keys: readonly string[]; command: ReviewCommand; label: string }> = [
  { keys: ['a'], command: 'accept', label: 'accept' },
  { keys: ['r'], command: 'reject', label: 'reject' },
  { keys: ['j', 'ArrowDown'], command: 'next', label: 'next' },
  { keys: ['k', 'ArrowUp'], command: 'previous', label: 'previous' },
  { keys: ['e'], command: 'edit', label: 'edit' },
];

/**
 * The review command a key press means, if any. Keys typed into a field, or pressed with a
 * modifier (Ctrl+A selects all), are left alone.
 */
export function reviewCommandFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): ReviewCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const target = event.target as Element | null;
  if (target?.closest?.('input, textarea, select, [contenteditable="true"], .candidate-editor, .split-picker')) return undefined;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return REVIEW_KEYS.find((entry) => entry.keys.includes(key))?.command;
}

/** How a key is written in the hint: arrows as arrows. */
export const keyLabel = (key: string) => ({ ArrowDown: '↓', ArrowUp: '↑' })[key] ?? key.toUpperCase();
