/**
 * What the edit forms send: the fields of a source, a record, a topic and a reviewed candidate,
 * as zod schemas with messages written for the analyst.
 *
 * The window validates its forms with these very schemas (field-level errors as the analyst
 * types) and main validates every request with them again, so both sides agree on what is
 * valid. This module is shared with the renderer: it may import only zod and the model (pure
 * zod), never Node or Electron (eslint enforces it).
 */
import { z } from 'zod';
import { calendarDateProblem, Id, RecordKind, SourceKind, TextLocation } from '../model';

/** A text field that must say something; surrounding spaces are dropped. */
const required = (message: string) => z.string().trim().min(1, message);

/** A list of names or labels; blank entries are dropped. */
const names = z.array(z.string().trim()).default([]).transform((list) => list.filter(Boolean));

/** A day of the calendar, checked as the library checks its dates, said as a form says it. */
const IsoDay = z
  .string()
  .trim()
  .check((ctx) => {
    const problem = calendarDateProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: `${problem[0]!.toUpperCase()}${problem.slice(1)}`, input: ctx.value });
  });

/** A source's bibliographic details: everything but its id and text. */
export const SourceFields = z.object({
  title: required('Give the title'),
  publisher: required('Give the publisher (the organisation that published it)'),
  container: z.string().trim().default(''),
  authors: names,
  date: IsoDay,
  url: z
    .string()
    .trim()
    .default('')
    .refine((url) => url === '' || /^https?:\/\/\S+$/i.test(url), { message: 'Use a web address starting with http:// or https://' }),
  kind: SourceKind,
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as en or ru'),
  dialogue: z.string().trim().default(''),
  track: z.enum(['1', '1.5', '2', '']).default(''),
});
export type SourceFields = z.infer<typeof SourceFields>;
export type SourceFieldsInput = z.input<typeof SourceFields>;

/** The full text records are drawn from. */
const SourceText = z.string().refine((text) => /[\p{L}\p{N}]/u.test(text), { message: 'Paste the full text of the source' });

/** A new source: its details and its text. */
export const NewSource = SourceFields.extend({ text: SourceText });
export type NewSourceInput = z.input<typeof NewSource>;

/** Changed details of a source, and its text when that changes too. */
export const SourceChange = SourceFields.extend({ text: SourceText.optional() });
export type SourceChangeInput = z.input<typeof SourceChange>;

/**
 * What a record says and where it stands. `statement` is the source's exact words; `location`
 * is set when the analyst selected the passage in the text, and found by Briefbook otherwise.
 */
export const RecordFields = z.object({
  kind: RecordKind,
  statement: z.string().refine((s) => /[\p{L}\p{N}]/u.test(s), {
    message: 'Choose the passage: select it in the source text, or type it as the source has it',
  }),
  location: TextLocation.optional(),
  summary: required('Give a summary: the point of the passage, in your words'),
  speaker: required('Say whose view it is (e.g. "Elbe Group joint statement")'),
  addressees: names,
  section: z.string().trim().default(''),
  topics: z.array(Id).min(1, 'Choose at least one topic'),
  tags: names,
  /** A key record (one to lead with); left out, a record keeps what it was (a new one is not key). */
  key: z.boolean().optional(),
});
export type RecordFields = z.infer<typeof RecordFields>;
export type RecordFieldsInput = z.input<typeof RecordFields>;

/** A new record: its fields and the source it is drawn from. */
export const NewRecord = RecordFields.extend({ sourceId: Id });
export type NewRecordInput = z.input<typeof NewRecord>;

/** A topic of the taxonomy as the analyst names it. */
export const TopicFields = z.object({
  label: required('Name the topic'),
  description: z.string().trim().default(''),
});
export type TopicFields = z.infer<typeof TopicFields>;
export type TopicFieldsInput = z.input<typeof TopicFields>;

/** What the analyst may change in a candidate of an import before accepting it. */
export const CandidateFields = RecordFields.pick({
  kind: true,
  statement: true,
  location: true,
  summary: true,
  speaker: true,
  section: true,
  topics: true,
});
export type CandidateFields = z.infer<typeof CandidateFields>;
export type CandidateFieldsInput = z.input<typeof CandidateFields>;

/** Form field name → the first problem with it, from a zod error (nested paths count for their field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= issue.message;
  }
  return errors;
}
