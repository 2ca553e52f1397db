import { z } from 'zod';
import { Id, Timestamp } from './common';
import { RecordItem } from './record';
import { Source } from './source';
import { Topic } from './topic';

/**
 * A deleted source, kept whole with every record drawn from it so that restoring it brings
 * back exactly what was there (records keep the status they had: active or deleted).
 */
export const TrashedSource = z.object({
  id: Id,
  kind: z.literal('source'),
  deletedAt: Timestamp,
  source: Source,
  records: z.array(RecordItem),
});
export type TrashedSource = z.infer<typeof TrashedSource>;

/**
 * A deleted topic. When it was merged into another topic, `mergedInto` names that topic and
 * `moved` lists the records that were moved, each with whether it already had the target topic
 * and where the topic stood in its list, so that restoring the topic can put exactly those
 * records back as they were.
 */
export const TrashedTopic = z.object({
  id: Id,
  kind: z.literal('topic'),
  deletedAt: Timestamp,
  topic: Topic,
  mergedInto: Id.optional(),
  moved: z.array(z.object({ recordId: Id, hadTarget: z.boolean(), position: z.number().int().nonnegative() })).default([]),
});
export type TrashedTopic = z.infer<typeof TrashedTopic>;

/**
 * What "Recently deleted" holds besides deleted records (which stay in `records` with status
 * `deleted`). Sources and topics leave their live collections when deleted, so nothing that
 * lists sources or topics has to know about deletion; they wait here until restored.
 */
export const TrashEntry = z.discriminatedUnion('kind', [TrashedSource, TrashedTopic]);
export type TrashEntry = z.infer<typeof TrashEntry>;
