/**
 * Pure edits of which records a briefing holds: records added by hand, records taken out, and
 * the library's filters made the briefing's rule. Each is a deliberate act of the analyst;
 * browsing the library never calls them.
 */
import type { Briefing } from '../../../main/api';
import type { LibraryFilters } from '../shared/library-filters';

/** The briefing with `recordIds` added by hand; any of them left out before are back in. */
export function addRecords(briefing: Briefing, recordIds: readonly string[]): Briefing {
  const added = [...new Set([...briefing.selection.added, ...recordIds])];
  const adding = new Set(recordIds);
  return {
    ...briefing,
    selection: { ...briefing.selection, added },
    items: briefing.items.map((item) => (adding.has(item.recordId) ? { ...item, included: true } : item)),
  };
}

/**
 * The briefing without `recordId`: no longer added by hand, and left out should its rule find it
 * (its note is kept, so adding it back restores it).
 */
export function removeRecord(briefing: Briefing, recordId: string): Briefing {
  const listed = briefing.items.some((item) => item.recordId === recordId);
  return {
    ...briefing,
    selection: { ...briefing.selection, added: briefing.selection.added.filter((id) => id !== recordId) },
    items: listed
      ? briefing.items.map((item) => (item.recordId === recordId ? { ...item, included: false } : item))
      : [...briefing.items, { recordId, included: false, note: '' }],
  };
}

/** The briefing whose rule is now `filters` (and applies); records added by hand stay. */
export function withFiltersAsRule(briefing: Briefing, filters: LibraryFilters): Briefing {
  const { topics, sources, kinds, search } = filters;
  return { ...briefing, selection: { ...briefing.selection, topics, sources, kinds, search, applyFilters: true } };
}

/** The briefing with its rule switched on or off; off leaves only the records added by hand. */
export function applyRule(briefing: Briefing, applyFilters: boolean): Briefing {
  return { ...briefing, selection: { ...briefing.selection, applyFilters } };
}

/** The rule's filters, to browse the library by them. */
export function ruleFilters(selection: Briefing['selection']): LibraryFilters {
  const { topics, sources, kinds, search } = selection;
  return { topics, sources, kinds, search };
}
