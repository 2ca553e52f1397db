import { z } from 'zod';
import { Id, IsoDate } from './common';

export const SourceKind = z.enum([
  'joint-statement',
  'commentary',
  'report',
  'article',
  'transcript',
  'other',
]);
export type SourceKind = z.infer<typeof SourceKind>;

/** A document records are drawn from. `text` is kept whole so provenance can be shown. */
export const Source = z.object({
  id: Id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** The outlet or series inside the publisher, e.g. a blog name. */
  container: z.string().default(''),
  authors: z.array(z.string().min(1)).default([]),
  date: IsoDate,
  url: z.string().default(''),
  /** The day the analyst last read the source at `url` (a citation's "accessed" date), if recorded. */
  accessed: IsoDate.optional(),
  /**
   * For a source read from a PDF: where each page after the first begins in `text` (offsets, in
   * order), so a citation can give the page of its passage. Left out for other sources.
   */
  pageStarts: z.array(z.number().int().nonnegative()).optional(),
  kind: SourceKind,
  /** BCP 47 language tag of `text`, e.g. `en`, `ru`. */
  language: z.string().min(2).default('en'),
  /** The dialogue or forum the source reports, e.g. "Elbe Group". */
  dialogue: z.string().default(''),
  track: z.enum(['1', '1.5', '2', '']).default(''),
  text: z.string().min(1),
});
export type Source = z.infer<typeof Source>;
