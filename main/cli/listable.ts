/** What `briefbook list` can list; apart from the command so that building the CLI's help loads nothing else. */
export const LISTABLE = ['topics', 'sources', 'records', 'shelf', 'positions'] as const;
