import { findRecords, type RecordQuery } from '../library/query';
import type { RecordPageFinder } from '../library/search/worker/client';
import type { Library, RecordItem, Selection } from '../model';

/**
 * The records a selection's rule finds in `library`: the active ones matching its filters, in
 * library order, as `findRecords` answers. Composing asks this (through `selectedRecords`).
 */
export type RuleRecords = (library: Library, selection: Selection) => RecordItem[];

/** The rule's records found in this thread; a text search builds this thread's search index the first time. */
export const ruleRecordsInProcess: RuleRecords = (library, selection) => findRecords(library, ruleQuery(selection));

/**
 * The rule records of `selections` in `library`, found ahead of composing by `find` (the app's
 * search worker, which holds the search index), so the app's main process never builds an
 * index of its own (seconds of blocked main at 100k records) to compose a briefing whose rule
 * searches text. Asking first and handing the answer in keeps composing synchronous and
 * unaware of workers: the command line, staleness checks and the briefing list compose as
 * before, and only the app's async entry points (handlers, export) await this one step.
 * Only rules with a text search are asked about; any other rule, or another library, is
 * answered in process (filters alone need no index). Without `find` (the command line, tests)
 * everything is answered in process.
 */
export async function resolveRuleRecords(library: Library, selections: Iterable<Selection | undefined>, find: RecordPageFinder | undefined): Promise<RuleRecords> {
  if (!find) return ruleRecordsInProcess;
  const queries = new Map<string, RecordQuery>();
  for (const selection of selections) {
    if (!selection?.applyFilters || !selection.search.trim()) continue;
    const query = ruleQuery(selection);
    queries.set(queryKey(query), query);
  }
  if (queries.size === 0) return ruleRecordsInProcess;
  // Positions in `library.records`, in library order: all of them, in one page.
  const found = new Map(
    await Promise.all([...queries].map(async ([key, query]) => [key, (await find(library, query, 0, library.records.length)).positions] as const)),
  );
  return (at, selection) => {
    const positions = at === library ? found.get(queryKey(ruleQuery(selection))) : undefined;
    return positions ? positions.map((position) => at.records[position]!) : ruleRecordsInProcess(at, selection);
  };
}

/** The filters of a selection, without the records added by hand: what is sent to the search worker. */
function ruleQuery({ topics, sources, kinds, search }: Selection): RecordQuery {
  return { topics, sources, kinds, search };
}

function queryKey({ topics, sources, kinds, search }: RecordQuery): string {
  return JSON.stringify([topics, sources, kinds, search]);
}
