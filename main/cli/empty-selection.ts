import { exportableRecords } from '../core/compose/unreviewed';
import { selectedRecords } from '../core/compose/selected-records';
import type { Library, Selection } from '../core/model';
import { UsageError } from './errors';

/**
 * Refuses a selection that finds no records: an empty memo sent upward is a mistake, not a
 * briefing. Checked before the PDF is written, so nothing is written or shelved.
 */
export function assertSelectionFindsRecords(library: Library, selection: Selection): void {
  const found = selectedRecords(library, selection);
  if (exportableRecords(found, selection.includeUnreviewed).length > 0) return;
  if (found.length > 0) {
    throw new UsageError(
      `the selection matches only unreviewed imported records: ${describeSelection(selection)}; nothing was written. ` +
        'Review them in the library, or pass --include-unreviewed to print them marked UNREVIEWED.',
    );
  }
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
