import { z } from 'zod';
import { SavedBriefing } from './briefing';
import { RecordItem } from './record';
import { Position, RejectedLink } from './position';
import { ShelfEntry } from './shelf';
import { Source } from './source';
import { Topic } from './topic';
import { TrashEntry } from './trash';

/** Version of the library file this build reads and writes. Bump it with a migration. */
export const LIBRARY_SCHEMA_VERSION = 4;

export const Library = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  topics: z.array(Topic),
  sources: z.array(Source),
  records: z.array(RecordItem),
  briefings: z.array(SavedBriefing).default([]),
  /** Deleted sources and topics, restorable (see `TrashEntry`). */
  trash: z.array(TrashEntry).default([]),
  /** The reading room: exported briefings and PDFs added from disk (version 2 on). */
  shelf: z.array(ShelfEntry).default([]),
  /** Records from different sources linked as calling for the same thing (version 3 on). */
  positions: z.array(Position).default([]),
  /** Suggested links the analyst rejected, never offered again (version 3 on). */
  rejectedLinks: z.array(RejectedLink).default([]),
});
export type Library = z.infer<typeof Library>;
