/** The keys a focused record card answers to, as the composer's hint and the help list them. */
export const COMPOSER_KEYS = {
  moveUp: 'Alt+ArrowUp',
  moveDown: 'Alt+ArrowDown',
  /** Without modifiers, on the card itself (typing a K in its note types a K). */
  toggleKey: 'K',
} as const;

/** The same keys as the help dialog lists them. */
export const COMPOSER_KEY_HELP: ReadonlyArray<[string, string]> = [
  ['Alt+↑ / Alt+↓', 'Move the focused record up or down within its topic'],
  [COMPOSER_KEYS.toggleKey, 'Mark the focused record key, or not (a one-page brief leads with key records)'],
];
