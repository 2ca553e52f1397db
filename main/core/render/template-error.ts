import { BriefbookError } from '../errors';

/**
 * A problem in a template, located in its `.hbs` file.
 *
 * The message reads like a compiler's, `memo.hbs:12:7: "titel" is not defined`, so an analyst
 * editing a template (or an editor underlining it) can go straight to the spot: the field or
 * helper name for a lookup, the opening `{{` for a call or an unclosed block, the offending
 * token for a syntax error. `line` and `column` are 1-based and count from the top of the
 * file, front matter included; both are 0 when the cause carries no position (a runtime
 * failure outside any helper call).
 */
export class TemplateError extends BriefbookError {
  override readonly name = 'TemplateError';
  readonly errorKind = 'damaged-file';
  override readonly subject = 'template';
  override readonly hint = 'Fix the template at the line and column shown, or choose another template.';

  constructor(
    /** File name shown to the user: `memo.hbs`, or `partials/record.hbs` for a partial. */
    readonly template: string,
    readonly line: number,
    readonly column: number,
    /** What is wrong, without the location prefix. */
    readonly reason: string,
    /** Full path of the file, when it came from one. */
    readonly file = '',
    options?: ErrorOptions,
  ) {
    super(line > 0 ? `${template}:${line}:${column}: ${reason}` : `${template}: ${reason}`, options);
  }
}
