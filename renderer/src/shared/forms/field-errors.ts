import type { z } from 'zod';
import type { ApiErrorInfo } from '../../../../main/api';
import { fieldErrors } from '../../../../main/core/editing/forms';
import { describeFailure } from '../../api';

/** Form field name → what is wrong with it. */
export type FieldErrors = Readonly<Record<string, string>>;

/** A form's problems: per field where a field is to blame, otherwise one for the whole form. */
export interface FormProblems {
  fields: FieldErrors;
  form?: ApiErrorInfo;
}

/** What the form's own zod check found, field by field. */
export function problemsFromZod(error: z.ZodError): FormProblems {
  return { fields: fieldErrors(error) };
}

/**
 * What main refused, placed where the analyst will look: each `field: message` issue about one
 * of `fields` goes next to that field (requests nest a form under `fields.`), anything else is
 * shown for the whole form.
 */
export function problemsFromFailure(error: unknown, fields: readonly string[]): FormProblems {
  const info = describeFailure(error);
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of info.issues ?? []) {
    const at = issue.indexOf(': ');
    const field = issue.slice(0, at).replace(/^fields\./, '').split('.')[0] ?? '';
    if (at > 0 && fields.includes(field)) placed[field] ??= issue.slice(at + 2);
    else unplaced.push(issue);
  }
  const placedAll = Object.keys(placed).length > 0 && unplaced.length === 0;
  return { fields: placed, ...(placedAll ? {} : { form: { ...info, issues: unplaced } }) };
}
