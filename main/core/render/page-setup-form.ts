// Pure (yaml, zod and the model only): the template studio's Page setup form runs it in the window.
import { Margin, PageSetup } from '../model';
import { frontMatterValues, setFrontMatterValues, type FrontMatterValue } from './front-matter-edit';

/** A page-setup key of the front matter, as the form edits it. */
export type PageSetupKey = keyof PageSetup;

/** The front matter as the Page setup form shows it. */
export interface PageSetupForm {
  /** Each page-setup key the front matter sets, as written (possibly wrong: see `problems`). */
  values: Partial<Record<PageSetupKey, unknown>>;
  /** What is wrong with a value, by key, in words to show at its field. */
  problems: Partial<Record<PageSetupKey, string>>;
  /** Why the front matter cannot be shown as a form at all (broken YAML): fix it in the source. */
  unreadable?: string;
}

const MARGIN_NAMES = ['left', 'top', 'right', 'bottom'];

/** The page setup in a template's text, for the form: every value with its problem, if any. */
export function readPageSetupForm(source: string): PageSetupForm {
  const { values, problem } = frontMatterValues(source);
  if (problem) return { values: {}, problems: {}, unreadable: problem };
  const form: PageSetupForm = { values: {}, problems: {} };
  for (const key of Object.keys(PageSetup.shape) as PageSetupKey[]) {
    if (!(key in values)) continue;
    form.values[key] = values[key];
    const problem = pageSetupProblem(key, values[key]);
    if (problem) form.problems[key] = problem;
  }
  return form;
}

/**
 * What is wrong with `value` for page-setup key `key`, as the template checker would say it
 * (the same schema decides), or undefined when it is right. A margin's problem names the margin.
 */
export function pageSetupProblem(key: PageSetupKey, value: unknown): string | undefined {
  const parsed = PageSetup.shape[key].safeParse(value);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  const index = issue.path[0];
  return key === 'margins' && typeof index === 'number' ? `${MARGIN_NAMES[index]} margin: ${issue.message}` : issue.message;
}

/** What is wrong with one margin (in points), or undefined: for the form's four margin fields. */
export function marginProblem(value: number): string | undefined {
  const parsed = Margin.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]!.message;
}

/**
 * The template's text with page-setup keys set (`undefined` removes one, so the default
 * applies), keeping comments, other keys and the body as they were. A value with a problem is
 * refused: the form shows the problem at its field and leaves the text alone.
 */
export function writePageSetup(source: string, changes: Partial<Record<PageSetupKey, FrontMatterValue | undefined>>): string {
  for (const [key, value] of Object.entries(changes) as [PageSetupKey, unknown][]) {
    const problem = value === undefined ? undefined : pageSetupProblem(key, value);
    if (problem) throw new RangeError(`${key}: ${problem}`);
  }
  return setFrontMatterValues(source, changes);
}
