import type { ResolvedPageSetup } from './page-setup';

/** A partial a template can include with `{{> name}}`. */
export interface TemplatePartial {
  /** The name templates use: the file name without `.hbs`. */
  name: string;
  /** Full path of the `.hbs` file. */
  file: string;
  body: string;
}

/** A template read and checked: its page setup resolved, its body ready to render. */
export interface LoadedTemplate {
  /** Built-in id (`memo`) or, for a template file, its file name without `.hbs`. */
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
  file: string;
  /** The front matter's page setup over the defaults. */
  setup: ResolvedPageSetup;
  /**
   * True when the front matter names a paper (`pageSize`): the briefing is printed on it unless
   * the analyst picks another; a template that names none follows the analyst's region.
   */
  namesPaper: boolean;
  /** The Handlebars source after the front matter. */
  body: string;
  /** 1-based line of `body`'s first line in the file. */
  bodyStartLine: number;
  /** Where each front-matter value starts in the file, for errors inside `headerText` and `footerText`. */
  valuePositions: Readonly<Record<string, { line: number; column: number }>>;
  /** Partials by name: those in a `partials/` folder beside the template, then the built-in ones. */
  partials: Readonly<Record<string, TemplatePartial>>;
}
