import { z } from 'zod';

/** Stable identifier: lowercase letters, digits and dashes, e.g. `elbe-2019-ss-01`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes (e.g. "elbe-2019-01")');

/** Calendar date as written in the source: `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date of the form YYYY-MM-DD');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What is wrong with `value` as a calendar date (`YYYY-MM-DD`, a day that exists), or undefined
 * when it is one: `2026-02-30` has the right form but is no day (Date would roll it over to
 * 2 March). The one date check behind the schema's {@link CalendarDate}, the forms and `--date`.
 */
export function calendarDateProblem(value: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!parts) return `${JSON.stringify(value)} is not a date of the form YYYY-MM-DD`;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `there is no such day as ${JSON.stringify(value)}: months run from 01 to 12`;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day < 1 || day > days) return `there is no such day as ${JSON.stringify(value)}: ${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/** A date that must exist on the calendar, such as the date a briefing is issued (see {@link calendarDateProblem}). */
export const CalendarDate = z.string().check((ctx) => {
  const problem = calendarDateProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

/** Moment in time, ISO 8601 with time zone. */
export const Timestamp = z.iso.datetime({ offset: true });
