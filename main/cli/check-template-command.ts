import path from 'node:path';
import { BriefbookError } from '../core/errors';
import { checkTemplate, formatProblem, templatePartials } from '../core/render';
import { listTemplates, readTemplateText } from '../core/templates';
import { displayPath } from './display-path';
import { UsageError } from './errors';
import { counted } from './counted';

/** Thrown to end the command with exit code 1 after the problems were printed. */
export class TemplateHasErrors extends BriefbookError {
  override name = 'TemplateHasErrors';
  readonly errorKind = 'damaged-file';
}

/**
 * `briefbook check-template FILE|ID`: checks a template file (or a built-in or user template by
 * id) as the app does before saving it, and prints each problem as `file:line:col: message`.
 * Exit 0 and "ok" when it has no errors (warnings are printed too), 1 when it has errors.
 */
export async function runCheckTemplate(fileOrId: string, print: (line: string) => void): Promise<void> {
  const file = await templateFileFor(fileOrId);
  let text: string;
  try {
    text = await readTemplateText(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw new UsageError(`no template file ${file}`);
    throw error;
  }
  const shown = displayPath(file);
  const problems = checkTemplate(text, file, { partials: await templatePartials(file) });
  for (const problem of problems) print(formatProblem(shown, problem));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  if (errors) throw new TemplateHasErrors(`${shown}: ${counted(errors, 'error')}`);
  const warnings = problems.length;
  print(warnings ? `ok (${counted(warnings, 'warning')})` : 'ok');
}

/** A path as given, or the file of a template id (built-in or the user's). */
async function templateFileFor(fileOrId: string): Promise<string> {
  if (fileOrId.endsWith('.hbs') || /[\\/]/.test(fileOrId)) return path.resolve(fileOrId);
  const template = (await listTemplates()).find((t) => t.id === fileOrId);
  if (!template) throw new UsageError(`"${fileOrId}" is neither a .hbs file nor a template id (briefbook templates lists them)`);
  return template.file;
}
