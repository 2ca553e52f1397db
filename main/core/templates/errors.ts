import { UserMistakeError } from '../errors';

/**
 * A change to the templates that Briefbook refused because of what was asked (a built-in
 * template to edit, an empty name, a file that is not a `.hbs`, a template over the size
 * limit): the analyst's mistake, in words saying what to do. Nothing was changed.
 */
export class TemplateChangeError extends UserMistakeError {
  override name = 'TemplateChangeError';
  override readonly hint = 'Nothing was changed.';
}
