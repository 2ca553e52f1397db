import { z } from 'zod';
import { Id, Timestamp } from './common';

export const RecordKind = z.enum(['recommendation', 'proposal', 'finding', 'concern']);
export type RecordKind = z.infer<typeof RecordKind>;

/** Half-open character range `[start, end)` into the source's `text` (UTF-16 code units). */
export const TextLocation = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((l) => l.end > l.start, { message: 'end must be greater than start' });
export type TextLocation = z.infer<typeof TextLocation>;

export const RecordStatus = z.enum(['active', 'deleted']);

/**
 * One recommendation, proposal, finding or concern drawn from a source.
 * `statement` is the exact passage `source.text.slice(location.start, location.end)`.
 */
export const RecordItem = z.object({
  id: Id,
  sourceId: Id,
  kind: RecordKind,
  statement: z.string().min(1),
  summary: z.string().min(1),
  /** Whose view it is: "Elbe Group joint statement", "Russian delegation", "ELN", ... */
  speaker: z.string().min(1),
  addressees: z.array(z.string().min(1)).default([]),
  /** Heading of the source section the passage stands under. */
  section: z.string().default(''),
  location: TextLocation,
  topics: z.array(Id).min(1, 'give the record at least one topic'),
  tags: z.array(z.string().min(1)).default([]),
  /** Marked by the analyst as one to lead with: a one-page brief's top list is made of key records (version 4 on). */
  key: z.boolean().default(false),
  status: RecordStatus.default('active'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type RecordItem = z.infer<typeof RecordItem>;
