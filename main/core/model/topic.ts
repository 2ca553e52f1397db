import { z } from 'zod';
import { Id } from './common';

/** One entry of the cross-source taxonomy; a topic gathers records from many sources. */
export const Topic = z.object({
  id: Id,
  label: z.string().min(1),
  description: z.string().default(''),
});
export type Topic = z.infer<typeof Topic>;
