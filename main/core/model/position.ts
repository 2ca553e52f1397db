import { z } from 'zod';
import { Id, Timestamp } from './common';

/**
 * How a record stands in its position: it calls for the thing (`agrees`), or an analyst marked
 * it as calling for the opposite (`opposes`), which makes the position a divergence.
 */
export const PositionStance = z.enum(['agrees', 'opposes']);
export type PositionStance = z.infer<typeof PositionStance>;

export const PositionMember = z.object({
  recordId: Id,
  stance: PositionStance.default('agrees'),
});
export type PositionMember = z.infer<typeof PositionMember>;

/**
 * Records, usually from different sources, that an analyst confirmed call for the same thing.
 * "Agree" and "converge" in any output mean a position whose agreeing records come from more
 * than one source, never merely a shared topic. A record belongs to at most one position.
 */
export const Position = z.object({
  id: Id,
  /** What the records call for, in a few words: "A Russian military liaison at NATO's military headquarters". */
  label: z.string().min(1),
  members: z.array(PositionMember).min(2, 'a position links at least two records'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Position = z.infer<typeof Position>;

/**
 * A suggested link between two records that the analyst rejected, so that it is not offered
 * again. `recordIds` are kept sorted, so one pair has one spelling.
 */
export const RejectedLink = z.object({
  recordIds: z.tuple([Id, Id]).refine(([a, b]) => a < b, { message: 'list the two record ids in sorted order' }),
  rejectedAt: Timestamp,
});
export type RejectedLink = z.infer<typeof RejectedLink>;
