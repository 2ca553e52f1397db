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

/** A run of text in a word-level difference: unchanged, or removed from the old text, or added in the new. */
export interface TextDiffPart {
  text: string;
  change?: 'removed' | 'added';
}

/** One printed field of a record that changed since the export. */
export interface FieldChange {
  field: PrintedField;
  /**
   * From the text printed to the text now, word by word; undefined when the export did not keep
   * the text it printed (exports shelved before Briefbook kept it know only that it changed).
   */
  diff?: TextDiffPart[];
}

/** A record printed then and now whose printed fields differ. */
export interface EditedRecord extends ChangedRecord {
  fields: PrintedField[];
  /** Each of `fields`, in the same order, with how its text changed. */
  changes: FieldChange[];
}

/** How an exported briefing differs from what it would print today. */
export interface Staleness {
  stale: boolean;
  /** Records the briefing finds now that the export did not print. */
  added: ChangedRecord[];
  removed: RemovedRecord[];
  edited: EditedRecord[];
}
