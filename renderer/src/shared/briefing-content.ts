import type { Briefing } from '../../../main/api';

/** Fields a save or an export changes without changing what the briefing says. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'exports']);

/** What a briefing says (everything but its bookkeeping), as a string to compare versions by. */
export function briefingContent(briefing: Briefing): string {
  return JSON.stringify(briefing, function (this: unknown, key, value: unknown) {
    return this === briefing && BOOKKEEPING.has(key) ? undefined : value;
  });
}
