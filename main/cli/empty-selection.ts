import { findRecords } from '../core/library/query';
import type { Library, Selection } from '../core/model';
import { UsageError } from './errors';

/**
 * Refuses a selection that finds no records: an empty memo sent upward is a mistake, not a
 * briefing. Checked before the PDF is written, so nothing is written or shelved.
 */
export function assertSelectionFindsRecords(library: Library, selection: Selection): void {
  if (findRecords(library, selection).length > 0) return;
  throw new UsageError(
    `the selection matches no records: ${describeSelection(selection)}; nothing was written. ` +
      'Widen the selection (see `briefbook list records`), or pass --allow-empty to export an empty briefing.',
  );
}

/** The selection as the command line asked for it, e.g. `--topic arms --kind concern`. */
function describeSelection(selection: Selection): string {
  const asked = [
    ...selection.topics.map((id) => `--topic ${id}`),
    ...selection.sources.map((id) => `--source ${id}`),
    ...selection.kinds.map((kind) => `--kind ${kind}`),
    ...(selection.search ? [`--search ${JSON.stringify(selection.search)}`] : []),
  ];
  return asked.length ? asked.join(' ') : 'the whole library (it holds no records)';
}
