import Handlebars from 'handlebars';
import type { BriefingModel } from '../compose/briefing-model';
import { HOOKS_NOT_HELPERS, guardedBuiltInHelpers } from './built-in-helpers';
import { LocatedError, hasTemplateLocation, toTemplateError } from './handlebars-errors';
import type { ParserPosition, TemplatePlace } from './handlebars-errors';
import { TEMPLATE_HELPERS } from './helpers';
import type { LoadedTemplate, TemplatePartial } from './loaded-template';
import { findPartialCalls } from './partial-calls';
import type { PartialCall } from './partial-calls';
import { PRECOMPILED_BUILT_INS } from './precompiled-built-ins';
import { budgeted, withRenderBudget } from './render-budget';

type TemplateFn = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/**
 * Briefbook's own Handlebars environment, isolated from the global one so nothing else in the
 * process can add helpers or partials to it. Prototype access stays denied (Handlebars'
 * default): templates are untrusted and must not reach `constructor` or `__proto__`.
 */
const env = Handlebars.create();

/**
 * Strict: a field the template names but the briefing lacks is an error, not a blank.
 * knownHelpersOnly: a call to an unknown helper fails at compile time, with its position.
 */
const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpers: { ...Object.fromEntries(TEMPLATE_HELPERS.map((helper) => [helper.name, true])), ...HOOKS_NOT_HELPERS },
  knownHelpersOnly: true,
};

/** Header and footer text: plain text, so nothing in it is escaped as HTML. */
const RUNNING_TEXT_OPTIONS: CompileOptions = { ...COMPILE_OPTIONS, noEscape: true };

for (const helper of TEMPLATE_HELPERS) {
  const fn = helper.fn as (...args: unknown[]) => unknown;
  // Handlebars passes its `options` object last; our helpers are plain functions of the values.
  env.registerHelper(helper.name, locatingErrors((...args: unknown[]) => fn(...args.slice(0, -1))));
}
for (const [name, helper] of Object.entries(guardedBuiltInHelpers(env.helpers))) {
  env.registerHelper(name, locatingErrors(countingBlocks(helper)));
}

type BlockBody = (context: unknown, options?: unknown) => string;

/** Counts every run of a block's body (and its `{{else}}`) against the render's budget. */
function countingBlocks(helper: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return function (this: unknown, ...args: unknown[]) {
    const options = args.at(-1) as { fn?: BlockBody; inverse?: BlockBody } | undefined;
    if (options?.fn) options.fn = budgeted(options.fn, 'block');
    if (options?.inverse) options.inverse = budgeted(options.inverse, 'block');
    return helper.apply(this, args);
  };
}

/** Makes a helper's own errors point at the call, e.g. `formatDate` given "next week". */
function locatingErrors(helper: (...args: unknown[]) => unknown): Handlebars.HelperDelegate {
  return function (this: unknown, ...args: unknown[]) {
    try {
      return helper.apply(this, args);
    } catch (error) {
      // Errors from inside a block's body already know their place; keep the innermost one.
      if (hasTemplateLocation(error)) throw error;
      const loc = (args.at(-1) as { loc?: { start: { line: number; column: number } } } | undefined)?.loc;
      if (!loc) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new LocatedError(message, loc.start.line, loc.start.column, { cause: error });
    }
  };
}

interface CompiledTemplate {
  main: TemplateFn;
  partials: Record<string, TemplateFn>;
  /** The page setup's header and footer text, which may use the briefing's fields. */
  runningText: Record<RunningTextKey, TemplateFn>;
}

/** Page-setup keys whose text may use the briefing's fields, e.g. `footerText: "{{title}}"`. */
export const RUNNING_TEXT_KEYS = ['headerText', 'footerText'] as const;
export type RunningTextKey = (typeof RUNNING_TEXT_KEYS)[number];

const compiledTemplates = new WeakMap<LoadedTemplate, CompiledTemplate>();

/**
 * Renders a briefing through a template to HTML.
 *
 * The compiled form is cached per template object, so rendering the same loaded template
 * again costs only the render. Throws {@link TemplateError} for anything wrong in the
 * template, at its line and column in the `.hbs` file (a partial's errors point into it),
 * including a render that goes past its limits (see `RENDER_LIMITS`): too much output, too
 * long, or partials including each other without end.
 */
export function renderTemplate(template: LoadedTemplate, model: BriefingModel): string {
  const { main, partials } = compileTemplate(template);
  return withRenderBudget(() => main(model, { partials }));
}

/**
 * The page setup's header and footer text for a briefing: `{{…}}` in them is filled in from
 * the briefing, as plain text (not HTML, so nothing is escaped). Throws {@link TemplateError}
 * at the spot in the front matter.
 */
export function renderRunningText(template: LoadedTemplate, model: BriefingModel): Record<RunningTextKey, string> {
  const { runningText } = compileTemplate(template);
  return withRenderBudget(() => ({ headerText: runningText.headerText(model), footerText: runningText.footerText(model) }));
}

/**
 * Compiles a template and its partials, checking everything that can be checked without
 * data: syntax, helper names, partial names. Throws {@link TemplateError}.
 */
export function compileTemplate(template: LoadedTemplate): CompiledTemplate {
  const cached = compiledTemplates.get(template);
  if (cached) return cached;

  const units = [
    { body: template.body, place: { template: displayName(template.file), file: template.file, lineOffset: template.bodyStartLine - 1 } },
    ...Object.values(template.partials).map((partial) => ({ body: partial.body, place: partialPlace(partial) })),
  ];
  const prepared = units.map((unit) => ({ ...unit, ...prepareBody(unit.body, unit.place) }));
  const known = new Set([...Object.keys(template.partials), ...prepared.flatMap((body) => body.inlineNames)]);
  for (const { calls, place, body } of prepared) {
    const missing = calls.find((call) => !known.has(call.name));
    if (missing) throw toTemplateError(new LocatedError(`The partial ${missing.name} could not be found`, missing.lineNumber, missing.column), place, body);
  }

  const [main, ...partials] = prepared.map((body) => body.compile());
  const compiled: CompiledTemplate = {
    main: main!,
    partials: Object.fromEntries(Object.keys(template.partials).map((name, index) => [name, budgeted(partials[index]!, 'partial')])),
    runningText: {
      headerText: compileRunningText(template, 'headerText'),
      footerText: compileRunningText(template, 'footerText'),
    },
  };
  compiledTemplates.set(template, compiled);
  return compiled;
}

/** Parses a template body; a syntax error is a {@link TemplateError} at the offending token or unclosed block. */
export function parseBody(body: string, place: TemplatePlace): hbs.AST.Program {
  try {
    return env.parse(body);
  } catch (error) {
    throw toTemplateError(error, place, body, parserPosition());
  }
}

/** The jison parser keeps its lexer's position after a parse error; Handlebars' types omit it. */
function parserPosition(): ParserPosition | undefined {
  return (env as unknown as { Parser?: { lexer?: { yylloc?: ParserPosition } } }).Parser?.lexer?.yylloc;
}

/** Running text without `{{` is used as it is; with, it is compiled like a body, to plain text. */
function compileRunningText(template: LoadedTemplate, key: RunningTextKey): TemplateFn {
  const text = template.setup[key];
  if (!text.includes('{{')) return () => text;
  const at = template.valuePositions[key] ?? { line: 1, column: 1 };
  const place = { template: displayName(template.file), file: template.file, lineOffset: at.line - 1, columnOffset: at.column - 1 };
  return prepareBody(text, place, RUNNING_TEXT_OPTIONS).compile();
}

/** A body ready to compile, and the partials it calls and defines, from which loading checks that every call is answered. */
interface PreparedBody {
  calls: PartialCall[];
  inlineNames: string[];
  compile(): TemplateFn;
}

/** Built-in bodies compiled at build time, by how they are compiled and their text. */
const precompiled = new Map(PRECOMPILED_BUILT_INS.map((unit) => [precompiledKey(unit.body, unit.noEscape), unit]));

/** What tells built-in bodies apart: their text, and whether it is compiled to HTML or to plain text. */
export function precompiledKey(body: string, noEscape: boolean): string {
  return `${noEscape ? 'text' : 'html'}\0${body}`;
}

/**
 * Parses a body, or finds it among the built-in ones compiled at build time
 * (precompiled-built-ins.ts), which were parsed and checked then: the same text compiled with
 * the same options, so it renders and fails alike.
 */
function prepareBody(body: string, place: TemplatePlace, options: CompileOptions = COMPILE_OPTIONS): PreparedBody {
  const built = precompiled.get(precompiledKey(body, options.noEscape === true));
  if (built) return { calls: built.calls, inlineNames: built.inlineNames, compile: () => locatedErrors(env.template(built.spec), place, body) };
  const ast = parseBody(body, place);
  return { ...findPartialCalls(ast), compile: () => compileBody(ast, body, place, options) };
}

/**
 * Compiles a body to JavaScript text, for the build to ship compiled (precompiled-built-ins-source.ts).
 * Throws {@link TemplateError} as loading the template would.
 */
export function precompileBody(body: string, place: TemplatePlace, noEscape: boolean): { calls: PartialCall[]; inlineNames: string[]; spec: string } {
  const ast = parseBody(body, place);
  // Handlebars' types say it returns the specification; it returns the specification's source.
  const spec = env.precompile(ast, noEscape ? RUNNING_TEXT_OPTIONS : COMPILE_OPTIONS) as unknown as string;
  return { ...findPartialCalls(ast), spec };
}

/**
 * Compiles a body from its parsed form (`ast`, from {@link parseBody}), so it is not parsed a
 * second time: Handlebars takes a parsed program as it takes text (its whitespace control marks
 * what it has stripped, so it strips nothing twice). `body` is for error messages.
 */
function compileBody(ast: hbs.AST.Program, body: string, place: TemplatePlace, options: CompileOptions = COMPILE_OPTIONS): TemplateFn {
  const render = env.compile(ast, options);
  try {
    // Handlebars compiles lazily, on first render; setting the template up compiles it now, so
    // unknown helpers surface while the template is being loaded rather than when the analyst
    // exports. (`precompile` would tell as much, but by compiling the body a second time, to
    // JavaScript text: ~40 ms of a cold `briefbook export`.) Every render sets it up afresh.
    (render as unknown as CompiledOnFirstUse)._setup({});
  } catch (error) {
    throw toTemplateError(error, place, body);
  }
  return locatedErrors(render, place, body);
}

/** A render whose errors point into the body, at its line and column in the template's file. */
function locatedErrors(render: TemplateFn, place: TemplatePlace, body: string): TemplateFn {
  return (context, options) => {
    try {
      return render(context, options);
    } catch (error) {
      throw toTemplateError(error, place, body);
    }
  };
}

/** What `Handlebars.compile` returns beside the function: `_setup` compiles the template if it has not been yet. */
interface CompiledOnFirstUse {
  _setup(options: object): void;
}

function partialPlace(partial: TemplatePartial): TemplatePlace {
  return { template: `partials/${displayName(partial.file)}`, file: partial.file, lineOffset: 0 };
}

function displayName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}
