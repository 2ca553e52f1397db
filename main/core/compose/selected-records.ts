import { findRecords } from '../library/query';
import type { Library, RecordItem, Selection } from '../model';

/**
 * The active records a briefing's selection holds, in library order: those its rule finds (when
 * the rule applies) and those added by hand. Added records that were deleted since are skipped.
 */
export function selectedRecords(library: Library, selection: Selection): RecordItem[] {
  const byRule = selection.applyFilters ? findRecords(library, selection) : [];
  if (selection.added.length === 0) return byRule;
  const held = new Set([...byRule.map((r) => r.id), ...selection.added]);
  return library.records.filter((record) => record.status === 'active' && held.has(record.id));
}
