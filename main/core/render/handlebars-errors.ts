import { TemplateError } from './template-error';
import { checkBlockStructure } from './block-structure';

/** Which file a body came from, and how far its first line sits below the top of that file. */
export interface TemplatePlace {
  template: string;
  file: string;
  /** Lines above the body: the front matter, for a template; 0 for a partial. */
  lineOffset: number;
  /** Columns before the body on its first line: for text inside a front-matter value. */
  columnOffset?: number;
}

/** Where the jison parser inside Handlebars stopped: its lexer keeps the offending token's place. */
export interface ParserPosition {
  first_line: number;
  first_column: number;
}

/**
 * An error at a known place in a template body, such as inside a helper call. It carries the
 * same two fields as Handlebars' own exceptions (1-based `lineNumber`, 0-based `column`,
 * counted in the body), so both become a {@link TemplateError} the same way.
 */
export class LocatedError extends Error {
  constructor(
    message: string,
    readonly lineNumber: number,
    readonly column: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** True when an error already knows where in a template it happened. */
export function hasTemplateLocation(error: unknown): boolean {
  return error instanceof TemplateError || typeof (error as { lineNumber?: unknown } | null)?.lineNumber === 'number';
}

/**
 * Turns whatever Handlebars (or a helper) threw into a {@link TemplateError} at the right
 * line and column of the `.hbs` file.
 *
 * Handlebars reports positions three ways: exceptions with `lineNumber`/`column` (strict-mode
 * lookups, unknown helpers, mismatched blocks), jison parse errors that only say "Parse error
 * on line N" (the column comes from `parserPosition`), and none at all (a missing partial, a
 * failure deep in the runtime). Messages are rewritten in plain words without the positions.
 */
export function toTemplateError(error: unknown, place: TemplatePlace, body: string, parserPosition?: ParserPosition): TemplateError {
  if (error instanceof TemplateError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const at = (line: number, column: number, reason: string) => {
    const shift = line === 1 ? (place.columnOffset ?? 0) : 0;
    return new TemplateError(place.template, line > 0 ? line + place.lineOffset : 0, line > 0 ? column + 1 + shift : 0, reason, place.file, { cause: error });
  };

  // A block left open or closed by the wrong name: Handlebars points at the end of the file or
  // the opening tag; the structure scan points where the mistake is (see checkBlockStructure).
  const blockMistake = /got 'EOF'|doesn't match/.test(message) ? checkBlockStructure(body, place.lineOffset).problems[0] : undefined;
  if (blockMistake) return at(blockMistake.line, blockMistake.column, blockMistake.message);
  if (message.startsWith('Parse error')) {
    const line = parserPosition?.first_line ?? Number(/line (\d+)/.exec(message)?.[1] ?? 0);
    return at(line, parserPosition?.first_column ?? 0, `syntax error: ${describeUnexpected(message)}`);
  }
  const located = error as { lineNumber?: unknown; column?: unknown };
  if (typeof located.lineNumber === 'number') {
    return at(located.lineNumber, typeof located.column === 'number' ? located.column : 0, plainReason(message));
  }
  return at(0, 0, plainReason(message));
}

const TOKEN_NAMES: Record<string, string> = {
  EOF: 'end of template',
  CLOSE: '"}}"',
  CLOSE_UNESCAPED: '"}}}"',
  OPEN: '"{{"',
  OPEN_SEXPR: '"("',
  CLOSE_SEXPR: '")"',
  EQUALS: '"="',
  SEP: '"." or "/"',
  ID: 'a name',
  STRING: 'a string',
  NUMBER: 'a number',
  INVALID: 'an invalid character',
};

function describeUnexpected(message: string): string {
  const token = /got '([A-Z_]+)'/.exec(message)?.[1];
  return token ? `unexpected ${TOKEN_NAMES[token] ?? token}` : (message.split('\n').at(-1) ?? message);
}

/** Handlebars' wording, minus the position it appends and the `[object Object]` it prints. */
function plainReason(message: string): string {
  const text = message.replace(/ - \d+:\d+$/, '');
  const field = /^"([^"]*)" not defined in (.*)$/.exec(text);
  if (field) return field[2] === 'undefined' || field[2] === 'null' ? `"${field[1]}" is not defined (its parent is empty)` : `"${field[1]}" is not defined`;
  const helper = /^You specified knownHelpersOnly, but used the unknown helper (.+)$/.exec(text);
  if (helper) return `unknown helper "${helper[1]}"`;
  const partial = /^The partial (.+) could not be found$/.exec(text);
  if (partial) return `unknown partial "${partial[1]}"`;
  if (/^Maximum call stack size exceeded/.test(text)) return 'blocks or partials nest too deeply to render';
  return text;
}
