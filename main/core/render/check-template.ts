import path from 'node:path';
import { checkBlockStructure } from './block-structure';
import { checkBody } from './check-body';
import { checkMarkup } from './check-markup';
import { RUNNING_TEXT_KEYS, parseBody } from './engine';
import { readFrontMatter } from './front-matter';
import type { TemplatePlace } from './handlebars-errors';
import { checkLoopNesting } from './loop-nesting';
import type { TemplatePartial } from './loaded-template';
import { parseTemplate } from './parse-template';
import { TemplateError } from './template-error';
import { sortProblems } from './template-problem';
import type { TemplateProblem } from './template-problem';
import { builtInPartials } from './templates';

/**
 * Checks a template's text before it is saved or used, and returns every problem found, in
 * file order (an empty list: the template is fine):
 *
 * - front matter: YAML syntax, unknown keys, wrong values;
 * - syntax errors and unbalanced blocks, every one (a block closed by the wrong name is marked
 *   at the closing tag, one never closed at its opening tag);
 * - fields the BriefingModel does not have, in each block's context; unknown helpers and
 *   partials; wrong argument counts; `{{#each}}` over something that is not a list;
 * - loops nested too deeply to lay out (see `MAX_LOOP_NESTING`);
 * - markup a briefing may not have: scripts, images that are not data: URIs, …;
 * - the same field and helper checks in `{{…}}` inside `headerText` and `footerText`.
 *
 * `name` is the file name (or path) the template is shown as. Partials default to the
 * built-in ones; a template kept beside its own `partials/` folder passes those too (see
 * `templatePartials`). Whatever passes here also loads: the engine's own compile check runs
 * last, when nothing else is wrong.
 */
export function checkTemplate(text: string, name: string, options: { partials?: Readonly<Record<string, TemplatePartial>> } = {}): TemplateProblem[] {
  const partials = options.partials ?? builtInPartials();
  const fileName = { template: path.basename(name), file: name };
  const { frontMatter, body, bodyStartLine, valuePositions, problems: frontMatterProblems } = readFrontMatter(text, fileName);
  const problems = frontMatterProblems.map(fromError);
  const lineOffset = bodyStartLine - 1;
  for (const key of RUNNING_TEXT_KEYS) {
    const value = frontMatter[key];
    if (value?.includes('{{')) problems.push(...checkRunningText(value, key, valuePositions[key] ?? { line: 1, column: 1 }, fileName));
  }

  const parsed = parseDespiteErrors(body, { ...fileName, lineOffset });
  problems.push(...parsed.problems);
  const { ast } = parsed;
  if (!ast) return sortProblems([...problems, ...checkMarkup(body, lineOffset)]);
  // One push each: a large template can have more problems than a spread into push() takes arguments.
  for (const problem of [...checkBody(ast, { lineOffset, partials }), ...checkMarkup(body, lineOffset), ...checkLoopNesting(ast, lineOffset)]) {
    problems.push(problem);
  }

  if (!problems.some((problem) => problem.severity === 'error')) {
    try {
      parseTemplate({ id: path.basename(name, '.hbs'), file: name, source: text, builtIn: false, partials: { ...partials } });
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      problems.push(fromError(error));
    }
  }
  return sortProblems(problems);
}

/** How many syntax errors are stepped over before the rest of a body is given up on. */
const MAX_SYNTAX_ERRORS = 50;

/**
 * Parses a body that may have syntax errors, so they are all reported and the rest is still
 * checked: unbalanced blocks are found and mended first (see checkBlockStructure), then each
 * tag the parser stops at is reported and blanked, and parsing starts again. Blanking keeps
 * every other position, so later problems are still at their lines. `ast` is absent only when
 * the parser stops at something it cannot place.
 */
function parseDespiteErrors(body: string, place: TemplatePlace): { ast?: hbs.AST.Program; problems: TemplateProblem[] } {
  try {
    return { ast: parseBody(body, place), problems: [] };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
  }
  const structure = checkBlockStructure(body, place.lineOffset);
  const problems: TemplateProblem[] = structure.problems.map((problem) => ({
    line: problem.line + place.lineOffset,
    column: problem.column + 1,
    end: { line: problem.endLine + place.lineOffset, column: problem.endColumn + 1 },
    message: problem.message,
    severity: 'error',
  }));
  let text = structure.repaired;
  for (let attempt = 0; attempt < MAX_SYNTAX_ERRORS; attempt++) {
    try {
      return { ast: parseBody(text, place), problems };
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      problems.push(fromError(error));
      const blanked = error.line > 0 ? blankTagAt(text, error.line - place.lineOffset, error.column - 1) : text;
      if (blanked === text) return { problems };
      text = blanked;
    }
  }
  return { problems };
}

/** The text with the `{{…}}` around a body position replaced by spaces (line breaks kept). */
function blankTagAt(text: string, line: number, column: number): string {
  let offset = 0;
  for (let i = 1; i < line && offset >= 0; i++) offset = text.indexOf('\n', offset) + 1;
  const at = Math.min(text.length, offset + column);
  const start = text.lastIndexOf('{{', at);
  if (start < 0) return text;
  const close = text.indexOf('}}', Math.max(at, start + 2));
  const end = close < 0 ? text.length : close + 2;
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/** Checks `{{…}}` in header or footer text against the briefing, at its place in the front matter. */
function checkRunningText(text: string, key: string, at: { line: number; column: number }, fileName: { template: string; file: string }): TemplateProblem[] {
  const offsets = { lineOffset: at.line - 1, columnOffset: at.column - 1 };
  try {
    const ast = parseBody(text, { ...fileName, ...offsets });
    return checkBody(ast, { ...offsets, partials: {} }).map((problem) => ({ ...problem, message: `${key}: ${problem.message}` }));
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return [{ ...fromError(error), message: `${key}: ${error.reason}` }];
  }
}

function fromError(error: TemplateError): TemplateProblem {
  // An error without a position (rare: a failure deep in Handlebars) is shown on the first line.
  return { line: Math.max(1, error.line), column: Math.max(1, error.column), message: error.reason, severity: 'error' };
}
