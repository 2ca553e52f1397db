import { z } from 'zod';

/** Stable identifier: lowercase letters, digits and dashes, e.g. `elbe-2019-ss-01`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes (e.g. "elbe-2019-01")');

/** Calendar date as written in the source: `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date of the form YYYY-MM-DD');

/** Moment in time, ISO 8601 with time zone. */
export const Timestamp = z.iso.datetime({ offset: true });
