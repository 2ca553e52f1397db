import { z } from 'zod';

/** Stable identifier: lowercase letters, digits and dashes, e.g. `elbe-2019-ss-01`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes (e.g. "elbe-2019-01")');

/** Calendar date as written in the source: `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date of the form YYYY-MM-DD');

/**
 * True if `day` (`YYYY-MM-DD`) is a day of the calendar: `2026-02-30` has the right form but is
 * not one (Date would roll it over to 2 March, so the round trip must give the same day back).
 */
export function isCalendarDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}

/** A date that must exist on the calendar, such as the date a briefing is issued. */
export const CalendarDate = IsoDate.refine(isCalendarDay, { message: 'there is no such day' });

/** Moment in time, ISO 8601 with time zone. */
export const Timestamp = z.iso.datetime({ offset: true });
