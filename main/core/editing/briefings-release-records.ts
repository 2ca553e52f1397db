import type { Library } from '../model';

/** Saved briefings let go of records that leave the library: their placing, notes and hand-picked membership. */
export function releaseFromBriefings(library: Library, gone: ReadonlySet<string>): void {
  for (const briefing of library.briefings) {
    briefing.items = briefing.items.filter((item) => !gone.has(item.recordId));
    briefing.selection.added = briefing.selection.added.filter((id) => !gone.has(id));
  }
}
