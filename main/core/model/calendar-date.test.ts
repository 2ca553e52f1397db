// A briefing's date is a day of the calendar; the one check says what is wrong with one that is not.
import { describe, expect, it } from 'vitest';
import { Briefing, SavedBriefing } from './briefing';
import { calendarDateProblem, CalendarDate } from './common';
import { ExportedRequest } from './shelf';

/** A saved briefing as the library keeps one (fields with defaults left out). */
const briefing = { id: 'briefing-mk3x9q', title: 'Arctic channels', date: '2026-03-02', createdAt: '2026-03-01T09:00:00Z', updatedAt: '2026-03-01T09:00:00Z' };

describe('calendarDateProblem', () => {
  it('takes days of the calendar, leap days in leap years included', () => {
    for (const day of ['2026-01-31', '2026-04-30', '2028-02-29', '2000-02-29', '2026-12-31', '0001-01-01']) {
      expect(calendarDateProblem(day), day).toBeUndefined();
    }
  });

  it('names the month and its length for a day that has the form but does not exist', () => {
    expect(calendarDateProblem('2026-02-30')).toBe('there is no such day as "2026-02-30": February 2026 has 28 days');
    expect(calendarDateProblem('2026-02-29')).toBe('there is no such day as "2026-02-29": February 2026 has 28 days');
    expect(calendarDateProblem('1900-02-29')).toBe('there is no such day as "1900-02-29": February 1900 has 28 days');
    expect(calendarDateProblem('2026-04-31')).toBe('there is no such day as "2026-04-31": April 2026 has 30 days');
    expect(calendarDateProblem('2026-01-00')).toBe('there is no such day as "2026-01-00": January 2026 has 31 days');
    expect(calendarDateProblem('2026-13-01')).toBe('there is no such day as "2026-13-01": months run from 01 to 12');
  });

  it('asks for the form YYYY-MM-DD otherwise', () => {
    for (const text of ['22/11/2026', '2026-2-3', '2026-02-03T00:00:00Z', ' 2026-02-03', '']) {
      expect(calendarDateProblem(text)).toBe(`${JSON.stringify(text)} is not a date of the form YYYY-MM-DD`);
    }
  });
});

describe('CalendarDate in the schema', () => {
  it('refuses a briefing dated a day that does not exist, at its date, saying why', () => {
    for (const schema of [Briefing, SavedBriefing]) {
      const parsed = schema.safeParse({ ...briefing, date: '2026-02-30' });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ['date'], message: 'there is no such day as "2026-02-30": February 2026 has 28 days' })]);
    }
    expect(Briefing.parse({ ...briefing, date: '2028-02-29' }).date).toBe('2028-02-29');
  });

  it('gives one issue for a date of the wrong form, and a type error for a date that is not text', () => {
    expect(CalendarDate.safeParse('2026/02/03').error?.issues.map((i) => i.message)).toEqual(['"2026/02/03" is not a date of the form YYYY-MM-DD']);
    expect(CalendarDate.safeParse(20260203).error?.issues.map((i) => i.code)).toEqual(['invalid_type']);
  });

  it('keeps the date an export was made with as it was printed: the shelf is history', () => {
    const request = { title: briefing.title };
    expect(ExportedRequest.parse({ ...request, date: '2026-02-30' }).date).toBe('2026-02-30');
    expect(ExportedRequest.safeParse({ ...request, date: '30 February' }).success).toBe(false);
  });
});
