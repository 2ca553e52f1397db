import type { Library, RecordItem, Selection } from '../model';
import { ruleRecordsInProcess, type RuleRecords } from './rule-records';

/**
 * The active records a briefing's selection holds, in library order: those its rule finds (when
 * the rule applies) and those added by hand. Added records that were deleted since are skipped.
 * `ruleRecords` finds the rule's records: in this thread unless the caller found them ahead
 * (the app, with its search worker: see `resolveRuleRecords`).
 */
export function selectedRecords(library: Library, selection: Selection, ruleRecords: RuleRecords = ruleRecordsInProcess): RecordItem[] {
  const byRule = selection.applyFilters ? ruleRecords(library, selection) : [];
  if (selection.added.length === 0) return byRule;
  const held = new Set([...byRule.map((r) => r.id), ...selection.added]);
  return library.records.filter((record) => record.status === 'active' && held.has(record.id));
}
