import type { BriefingModel } from '../core/compose/briefing-model';
import { isUnreviewed } from '../core/compose/unreviewed';
import { findRecords } from '../core/library/query';
import type { Library, Selection } from '../core/model';
import { counted } from './counted';

/**
 * What the analyst must know about an export before sending it upward, one line each (for
 * stderr): a bottom line Briefbook wrote, and unreviewed imports left out or printed.
 */
export function exportWarnings(library: Library, selection: Selection, model: BriefingModel): string[] {
  const warnings: string[] = [];
  if (!model.blufByAnalyst) {
    warnings.push('warning: the bottom line up front was not written by an analyst: it is Briefbook’s factual summary of the selection. Write your own with --bluf.');
  }
  const unreviewed = findRecords(library, selection).filter(isUnreviewed);
  if (unreviewed.length && !selection.includeUnreviewed) {
    warnings.push(
      `note: ${counted(unreviewed.length, 'unreviewed imported record')} matching the selection ${unreviewed.length === 1 ? 'was' : 'were'} left out; ` +
        'review them in the library, or pass --include-unreviewed to print them.',
    );
  }
  const printed = model.sections.flatMap((section) => section.records).filter((record) => record.unreviewed);
  if (printed.length) {
    const sources = [...new Set(printed.map((record) => `"${record.source.title}" (publisher: ${record.source.publisher}, date: ${record.source.date})`))];
    warnings.push(
      `warning: ${counted(printed.length, 'unreviewed imported record')} printed, marked UNREVIEWED; their source details are the importer’s guesses: ${sources.join('; ')}.`,
    );
  }
  return warnings;
}
