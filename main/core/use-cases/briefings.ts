import { composeBriefing } from '../compose/compose';
import { resolveRuleRecords } from '../compose/rule-records';
import type { EditableLibrary } from '../editing/lookup';
import { NotFoundError } from '../errors';
import type { RecordPageFinder } from '../library/search/worker/client';
import type { Briefing, Library } from '../model';

/** A saved briefing as the open dialog lists it, with how many records it prints today. */
export interface BriefingSummary {
  id: string;
  title: string;
  date: string;
  marking: string;
  updatedAt: string;
  records: number;
}

/**
 * The saved briefings of `library`, most recently changed first, each composed to count its
 * records. `findRecordPage` finds the records of rules that search text (the app's search worker).
 */
export async function listBriefings(library: Library, findRecordPage?: RecordPageFinder): Promise<BriefingSummary[]> {
  const ruleRecords = await resolveRuleRecords(library, library.briefings.map((b) => b.selection), findRecordPage);
  return library.briefings
    .map((b) => ({
      id: b.id,
      title: b.title,
      date: b.date,
      marking: b.marking,
      updatedAt: b.updatedAt,
      records: composeBriefing(library, b, ruleRecords).stats.records,
    }))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The saved briefing with `id`; a `NotFoundError` when there is none. */
export function requireBriefing(library: Library, id: string): Briefing {
  const briefing = library.briefings.find((b) => b.id === id);
  if (!briefing) throw new NotFoundError(`No briefing "${id}" in the library; it may have been deleted.`);
  return briefing;
}

/**
 * Saves `briefing` (new or changed) as of `at`. Its export history is the library's: exports add
 * to it in main, and the copy being saved may predate the last one.
 */
export async function saveBriefing(store: EditableLibrary, briefing: Briefing, at: Date): Promise<Briefing> {
  let saved = { ...briefing, updatedAt: at.toISOString() };
  await store.update((library) => {
    const index = library.briefings.findIndex((b) => b.id === saved.id);
    if (index < 0) {
      library.briefings.push(saved);
      return;
    }
    saved = { ...saved, exports: library.briefings[index]!.exports };
    library.briefings[index] = saved;
  });
  return saved;
}

/** Deletes the saved briefing with `id`; resolves to the briefings left (`findRecordPage` as `listBriefings` takes it). */
export async function deleteBriefing(store: EditableLibrary, id: string, findRecordPage?: RecordPageFinder): Promise<BriefingSummary[]> {
  requireBriefing(store.data, id);
  const library = await store.update((draft) => {
    draft.briefings = draft.briefings.filter((b) => b.id !== id);
  });
  return listBriefings(library, findRecordPage);
}
