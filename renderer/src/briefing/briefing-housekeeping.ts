import type { Briefing } from '../../../main/api';
import { call } from '../api';

/**
 * Renaming, duplicating and deleting saved briefings, built on the briefing channels: each one
 * reads the whole briefing first, so a delete can be taken back exactly (exports and notes
 * included) by saving it again.
 */
export async function renameBriefing(id: string, title: string): Promise<Briefing> {
  const briefing = await call('getBriefing', { id });
  return call('saveBriefing', { ...briefing, title });
}

/** A copy under a new id, its title marked as a copy; the export history stays with the original. */
export async function duplicateBriefing(id: string, takenTitles: ReadonlySet<string>): Promise<Briefing> {
  const briefing = await call('getBriefing', { id });
  let title = `${briefing.title} (copy)`;
  for (let n = 2; takenTitles.has(title); n++) title = `${briefing.title} (copy ${n})`;
  // Ids are made the way new briefings' are: the time, in base 36.
  return call('saveBriefing', { ...briefing, id: `briefing-${Date.now().toString(36)}`, title, exports: [] });
}

/** Deletes a briefing and returns it whole, for Undo. */
export async function deleteBriefing(id: string): Promise<Briefing> {
  const briefing = await call('getBriefing', { id });
  await call('deleteBriefing', { id });
  return briefing;
}

/** Puts a deleted briefing back as it was. */
export async function restoreBriefing(briefing: Briefing): Promise<Briefing> {
  return call('saveBriefing', briefing);
}
