// The staleness report's shape, apart from how it is worked out: the renderer sees these types
// through main/api.ts and must not pull in the Node modules staleness.ts uses.
import type { PrintedField } from '../model';

/** A record an out-of-date briefing is about, named by its summary. */
export interface ChangedRecord {
  id: string;
  summary: string;
}

/** A record the export printed that the briefing would no longer print, and why. */
export interface RemovedRecord extends ChangedRecord {
  /** `deleted`: gone from the library or marked deleted; `not-selected`: the briefing no longer finds it. */
  reason: 'deleted' | 'not-selected';
}

/** A record printed then and now whose printed fields differ. */
export interface EditedRecord extends ChangedRecord {
  fields: PrintedField[];
}

/** How an exported briefing differs from what it would print today. */
export interface Staleness {
  stale: boolean;
  /** Records the briefing finds now that the export did not print. */
  added: ChangedRecord[];
  removed: RemovedRecord[];
  edited: EditedRecord[];
}
