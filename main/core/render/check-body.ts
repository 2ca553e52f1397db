import Handlebars from 'handlebars';
import { MODEL_SHAPES, ROOT_SHAPE, describeFieldType } from '../compose/model-fields';
import type { FieldSpec, FieldType } from '../compose/model-fields';
import { TEMPLATE_HELPERS } from './helpers';
import type { TemplatePartial } from './loaded-template';
import type { TemplateProblem } from './template-problem';

/**
 * Walks a parsed template body against the shape of the BriefingModel and reports, all at
 * once: fields the model does not have (inside each block's context: `{{#each sections}}`
 * makes a BriefingSection the context, `../` steps back out, `@index` exists only in a loop),
 * unknown helpers and wrong argument counts, unknown partials, blocks over the wrong kind of
 * value, and output that would print nonsense.
 *
 * Partials are followed with the context of each call, so `{{> record}}` is checked as a
 * ModelRecord inside `{{#each records}}` and as the briefing at the top level; a problem inside
 * a partial file is reported at the call, naming the partial.
 */
export function checkBody(ast: hbs.AST.Program, options: BodyCheckOptions): TemplateProblem[] {
  const checker = new BodyChecker(options, collectInlinePartials(ast));
  checker.program(ast, rootScope(), checker.reportInBody);
  return checker.problems;
}

export interface BodyCheckOptions {
  /** Lines above the body in the file (the front matter), added to every reported line. */
  lineOffset: number;
  /** Columns before the body on its first line (text inside a front-matter value). */
  columnOffset?: number;
  /** Partials the template may call, by name. */
  partials: Readonly<Record<string, TemplatePartial>>;
}

/** What a value in the template is: a model type, a context widened by a partial's arguments, or unknown. */
type ValueType = FieldType | { kind: 'any' } | { kind: 'fields'; name: string; fields: Readonly<Record<string, ValueType>> };

const ANY: ValueType = { kind: 'any' };
const TEXT: ValueType = { kind: 'text' };
const NUMBER: ValueType = { kind: 'number' };
const BOOLEAN: ValueType = { kind: 'boolean' };

interface Scope {
  /** The context objects, outermost first: `this` is the last; each `../` steps back one. */
  contexts: ValueType[];
  /** The key type of each enclosing `{{#each}}`, outermost first: what `@index`/`@key` are. */
  loops: ValueType[];
  /** Block parameters (`as |item index|`), innermost last. */
  blockParams: Array<ReadonlyMap<string, ValueType>>;
}

const rootScope = (): Scope => ({ contexts: [{ kind: 'object', shape: ROOT_SHAPE }], loops: [], blockParams: [] });

/** Where a problem is reported: in the body itself, or at the partial call that led to it. */
type Report = (loc: hbs.AST.SourceLocation, message: string, severity?: TemplateProblem['severity']) => void;

/** Handlebars' own helpers and how many arguments each takes. */
const BUILT_IN_HELPERS: Record<string, readonly [number, number]> = {
  if: [1, 1],
  unless: [1, 1],
  each: [1, 1],
  with: [1, 1],
  lookup: [2, 2],
  log: [1, Infinity],
};
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
const HELPER_ARITY: Record<string, readonly [number, number]> = {
  ...BUILT_IN_HELPERS,
  ...Object.fromEntries(TEMPLATE_HELPERS.map((helper) => [helper.name, helper.arity])),
};
const HELPER_RESULTS: Record<string, ValueType> = { eq: BOOLEAN, inc: NUMBER };

const DATA_VARIABLES = ['index', 'first', 'last', 'key', 'root'];

class BodyChecker {
  readonly problems: TemplateProblem[] = [];
  private readonly parsedPartials = new Map<string, hbs.AST.Program | Error>();
  private readonly partialStack: string[] = [];

  constructor(
    private readonly options: BodyCheckOptions,
    private readonly inlinePartials: ReadonlyMap<string, hbs.AST.Program>,
  ) {}

  readonly reportInBody: Report = (loc, message, severity = 'error') => {
    const { lineOffset, columnOffset = 0 } = this.options;
    const column = (position: hbs.AST.Position) => position.column + 1 + (position.line === 1 ? columnOffset : 0);
    this.problems.push({
      line: loc.start.line + lineOffset,
      column: column(loc.start),
      end: { line: loc.end.line + lineOffset, column: column(loc.end) },
      message,
      severity,
    });
  };

  program(program: hbs.AST.Program | undefined, scope: Scope, report: Report): void {
    for (const statement of program?.body ?? []) this.statement(statement, scope, report);
  }

  private statement(node: hbs.AST.Statement, scope: Scope, report: Report): void {
    switch (node.type) {
      case 'MustacheStatement':
        return this.mustache(node as hbs.AST.MustacheStatement, scope, report);
      case 'BlockStatement':
        return this.block(node as hbs.AST.BlockStatement, scope, report);
      case 'PartialStatement':
        return this.partial(node as hbs.AST.PartialStatement, scope, report);
      case 'PartialBlockStatement':
        return this.partialBlock(node as unknown as PartialBlock, scope, report);
      case 'DecoratorBlock':
        // An inline partial's body is checked where it is called, with that call's context.
        return;
      default:
        return; // content and comments
    }
  }

  /** `{{value}}`, `{{helper args}}` or `{{{value}}}`. */
  private mustache(node: hbs.AST.MustacheStatement, scope: Scope, report: Report): void {
    const type = this.call(node, scope, report);
    const printed = describeIfUnprintable(type);
    if (printed) report(node.loc, `${pathText(node.path)} is ${printed}; printing it shows nothing useful (use {{#each}} or a field of it)`, 'warning');
    if (node.escaped === false) {
      report(node.loc, '{{{…}}} prints text as HTML: a record containing < or & would be misread or lost; use {{…}}', 'warning');
    }
  }

  /** A mustache, block or subexpression head with its arguments: a helper call or a field. Returns its value's type. */
  private call(node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression, scope: Scope, report: Report): ValueType {
    const path = node.path as hbs.AST.PathExpression | hbs.AST.Literal;
    const params = node.params as hbs.AST.Expression[];
    const hashPairs = node.hash?.pairs ?? [];
    for (const pair of hashPairs) this.expression(pair.value, scope, report);

    const helper = path.type === 'PathExpression' ? helperName(path as hbs.AST.PathExpression) : undefined;
    if (helper && Object.hasOwn(HELPER_ARITY, helper)) {
      const types = params.map((param) => this.expression(param, scope, report));
      this.checkArity(helper, params.length, node, scope, report);
      if (hashPairs.length && !Object.hasOwn(BUILT_IN_HELPERS, helper)) report(hashPairs[0]!.loc, `${helper} takes no named arguments; this one is ignored`, 'warning');
      if (helper === 'log') report(path.loc, 'log prints nothing: a template’s only output is the PDF', 'warning');
      return helper === 'lookup' ? lookupResult(types, params) : (HELPER_RESULTS[helper] ?? (BUILT_IN_HELPERS[helper] ? ANY : TEXT));
    }
    if (params.length || hashPairs.length) {
      for (const param of params) this.expression(param, scope, report);
      report(path.loc, `unknown helper "${pathText(path)}"; helpers: ${Object.keys(HELPER_ARITY).join(', ')}`);
      return ANY;
    }
    return this.expression(path as hbs.AST.Expression, scope, report);
  }

  private checkArity(helper: string, given: number, node: hbs.AST.Node & { path: hbs.AST.Node }, scope: Scope, report: Report): void {
    const [min, max] = HELPER_ARITY[helper]!;
    if (given >= min && given <= max) return;
    const wanted = min === max ? `${min} ${min === 1 ? 'argument' : 'arguments'}` : max === Infinity ? `at least ${min}` : `${min} to ${max} arguments`;
    // `{{authors}}` inside `{{#each sources}}` calls the helper, not the field of the same name.
    const shadowed = given === 0 && fieldsOf(scope.contexts.at(-1)!)?.fields[helper] ? `; to print the field write {{this.${helper}}}` : '';
    report(node.path.loc, `${helper} takes ${wanted}, got ${given}${shadowed}`);
  }

  /** The type of an argument or a printed value. */
  private expression(node: hbs.AST.Expression, scope: Scope, report: Report): ValueType {
    switch (node.type) {
      case 'PathExpression':
        return this.path(node as hbs.AST.PathExpression, scope, report);
      case 'SubExpression':
        return this.call(node as hbs.AST.SubExpression, scope, report);
      case 'StringLiteral':
        return TEXT;
      case 'NumberLiteral':
        return NUMBER;
      case 'BooleanLiteral':
        return BOOLEAN;
      default:
        return ANY; // undefined and null literals
    }
  }

  /** Resolves `a.b.c`, `../a`, `this`, `@index`, `@root.title`, block parameters. */
  private path(path: hbs.AST.PathExpression, scope: Scope, report: Report): ValueType {
    const parts = path.parts;
    if (path.data) {
      const [head = '', ...rest] = parts;
      if (head === 'root') return this.walkParts({ kind: 'object', shape: ROOT_SHAPE }, rest, path, 1, report);
      if (!DATA_VARIABLES.includes(head)) {
        report(path.loc, `unknown data variable "@${head}"; inside {{#each}} there are @index, @first, @last and @key, and everywhere @root`);
        return ANY;
      }
      const loop = scope.loops[scope.loops.length - 1 - path.depth];
      if (!loop) {
        report(path.loc, `@${head} exists only inside {{#each}}${path.depth ? ` (${'../'.repeat(path.depth)}goes out of every loop)` : ''}`);
        return ANY;
      }
      if (rest.length) report(path.loc, `@${head} has no fields`);
      return head === 'key' ? loop : head === 'index' ? NUMBER : BOOLEAN;
    }

    const scoped = /^(\.|this\b)/.test(path.original);
    if (!scoped && path.depth === 0 && parts.length) {
      for (let i = scope.blockParams.length - 1; i >= 0; i--) {
        const param = scope.blockParams[i]!.get(parts[0]!);
        if (param) return this.walkParts(param, parts.slice(1), path, 1, report);
      }
    }
    const context = scope.contexts[scope.contexts.length - 1 - path.depth];
    if (!context) {
      report(path.loc, `"${path.original}" goes above the top of the briefing: there are only ${scope.contexts.length - 1} enclosing {{#each}}/{{#with}} blocks`);
      return ANY;
    }
    return this.walkParts(context, parts, path, 0, report);
  }

  /** Follows field names from a type, reporting the first one that does not exist. */
  private walkParts(start: ValueType, parts: readonly string[], path: hbs.AST.PathExpression, partOffset: number, report: Report): ValueType {
    let type = start;
    let owner = 'this';
    for (const [index, part] of parts.entries()) {
      const at = () => partLocation(path, partOffset + index);
      if (type.kind === 'any') return ANY;
      if (type.kind === 'list') {
        if (part === 'length') type = NUMBER;
        else if (/^\d+$/.test(part)) type = type.of;
        else {
          report(at(), `"${part}": ${owner} is a ${describeFieldType(type)}; go through it with {{#each ${path.original.split('.').slice(0, partOffset + index).join('.') || 'this'}}}`);
          return ANY;
        }
      } else {
        const shape = fieldsOf(type);
        if (!shape) {
          report(at(), `"${part}": ${owner} is ${describeFieldType(type as FieldType)}, which has no fields`);
          return ANY;
        }
        const field = Object.hasOwn(shape.fields, part) ? shape.fields[part] : undefined;
        if (!field) {
          report(at(), unknownFieldMessage(part, shape));
          return ANY;
        }
        type = field;
      }
      owner = part;
    }
    return type;
  }

  private block(node: hbs.AST.BlockStatement, scope: Scope, report: Report): void {
    const name = node.path.type === 'PathExpression' ? helperName(node.path as hbs.AST.PathExpression) : undefined;
    const blockParams = node.program?.blockParams ?? [];

    if (name && Object.hasOwn(HELPER_ARITY, name) && !BLOCK_HELPERS.has(name)) {
      this.call(node, scope, report);
      report(node.path.loc, `${name} is not a block helper; write {{${name} …}} without # and {{/${name}}}`);
      this.program(node.program, scope, report);
      this.program(node.inverse, scope, report);
      return;
    }
    if (name === 'if' || name === 'unless') {
      this.call(node, scope, report);
      this.program(node.program, scope, report);
      this.program(node.inverse, scope, report);
      return;
    }
    if (name === 'each' || name === 'with') {
      const [param] = node.params as hbs.AST.Expression[];
      this.checkArity(name, node.params.length, node, scope, report);
      const type = param ? this.expression(param, scope, report) : ANY;
      if (name === 'each') this.eachBody(type, param, node, scope, report);
      else this.program(node.program, enter(scope, type, blockParams, [type]), report);
      this.program(node.inverse, scope, report);
      return;
    }
    // `{{#sections}}…{{/sections}}`: a mustache section, a loop over a list or a `with` otherwise.
    const type = this.call(node, scope, report);
    if (type.kind === 'list') this.eachBody(type, undefined, node, scope, report);
    else if (type.kind === 'object' || type.kind === 'fields') this.program(node.program, enter(scope, type, blockParams, [type]), report);
    else this.program(node.program, scope, report);
    this.program(node.inverse, scope, report);
  }

  /** The body of `{{#each}}` over a value of `type`: its items become the context. */
  private eachBody(type: ValueType, param: hbs.AST.Expression | undefined, node: hbs.AST.BlockStatement, scope: Scope, report: Report): void {
    let item: ValueType = ANY;
    let key: ValueType = ANY;
    if (type.kind === 'list') [item, key] = [type.of, NUMBER];
    else if (type.kind === 'object' || type.kind === 'fields') key = TEXT;
    else if (type.kind !== 'any') {
      report((param ?? node.path).loc, `{{#each}} goes through a list, but ${param ? pathText(param) : pathText(node.path)} is ${describeFieldType(type)}`);
    }
    const inner = enter(scope, item, node.program?.blockParams ?? [], [item, key]);
    this.program(node.program, { ...inner, loops: [...scope.loops, key] }, report);
  }

  private partial(node: hbs.AST.PartialStatement, scope: Scope, report: Report): void {
    const name = partialName(node.name);
    const contextParam = (node.params as hbs.AST.Expression[])[0];
    let context = contextParam ? this.expression(contextParam, scope, report) : scope.contexts.at(-1)!;
    const hashPairs = node.hash?.pairs ?? [];
    if (hashPairs.length) context = widen(context, hashPairs.map((pair) => [pair.key, this.expression(pair.value, scope, report)]));
    if (name === undefined || name.startsWith('@')) return; // a computed name or @partial-block
    this.followPartial(name, node.loc, { ...scope, contexts: contextParam || hashPairs.length ? [...scope.contexts, context] : scope.contexts }, report);
  }

  private partialBlock(node: PartialBlock, scope: Scope, report: Report): void {
    // The block's body is the fallback, shown when the partial does not exist.
    this.program(node.program, scope, report);
    const name = partialName(node.name);
    if (name && (this.inlinePartials.has(name) || Object.hasOwn(this.options.partials, name))) this.followPartial(name, node.loc, scope, report);
  }

  /** Checks a partial's body in the caller's scope. A partial's own file is reported at the call. */
  private followPartial(name: string, loc: hbs.AST.SourceLocation, scope: Scope, report: Report): void {
    if (this.partialStack.includes(name)) return; // recursion: already being checked
    const inline = this.inlinePartials.get(name);
    if (inline) return this.inside(name, () => this.program(inline, scope, report));

    const partial = Object.hasOwn(this.options.partials, name) ? this.options.partials[name] : undefined;
    if (!partial) {
      const known = [...new Set([...this.inlinePartials.keys(), ...Object.keys(this.options.partials)])].sort();
      report(loc, `unknown partial "${name}"${known.length ? `; partials: ${known.join(', ')}` : ''}`);
      return;
    }
    const ast = this.parsePartial(partial);
    const where = `partials/${name}.hbs`;
    if (ast instanceof Error) {
      report(loc, `partial "${name}" (${where}) cannot be read: ${ast.message.split('\n')[0]}`);
      return;
    }
    const atCall: Report = (inner, message, severity) => report(loc, `in partial "${name}" (${where}:${inner.start.line}:${inner.start.column + 1}): ${message}`, severity);
    this.inside(name, () => this.program(ast, scope, atCall));
  }

  private inside(name: string, check: () => void): void {
    this.partialStack.push(name);
    try {
      check();
    } finally {
      this.partialStack.pop();
    }
  }

  private parsePartial(partial: TemplatePartial): hbs.AST.Program | Error {
    let parsed = this.parsedPartials.get(partial.name);
    if (!parsed) {
      try {
        parsed = Handlebars.parse(partial.body);
      } catch (error) {
        parsed = error instanceof Error ? error : new Error(String(error));
      }
      this.parsedPartials.set(partial.name, parsed);
    }
    return parsed;
  }
}

/** `{{#> name}}…{{/name}}`; Handlebars' type declarations leave this node out. */
interface PartialBlock {
  type: 'PartialBlockStatement';
  name: hbs.AST.PathExpression | hbs.AST.SubExpression;
  program: hbs.AST.Program;
  loc: hbs.AST.SourceLocation;
}

/** A scope whose context is `type`, with the block's parameters bound to `values` in order. */
function enter(scope: Scope, type: ValueType, names: readonly string[], values: readonly ValueType[]): Scope {
  const params = new Map(names.map((name, index) => [name, values[index] ?? ANY]));
  return { ...scope, contexts: [...scope.contexts, type], blockParams: params.size ? [...scope.blockParams, params] : scope.blockParams };
}

/** A helper's name, when a path can name one: a single plain identifier. */
function helperName(path: hbs.AST.PathExpression): string | undefined {
  return !path.data && path.depth === 0 && path.parts.length === 1 && !/^(\.|this\b)/.test(path.original) ? path.parts[0] : undefined;
}

function partialName(name: hbs.AST.PathExpression | hbs.AST.SubExpression): string | undefined {
  if (name.type === 'PathExpression') return (name as hbs.AST.PathExpression).original;
  const literal = name as unknown as { type: string; value?: unknown };
  return literal.type === 'StringLiteral' || literal.type === 'NumberLiteral' ? String(literal.value) : undefined;
}

function collectInlinePartials(ast: hbs.AST.Program): Map<string, hbs.AST.Program> {
  const found = new Map<string, hbs.AST.Program>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if ((node as { type?: unknown }).type === 'DecoratorBlock') {
      const block = node as hbs.AST.DecoratorBlock;
      const [first] = block.params;
      if (block.path.original === 'inline' && first?.type === 'StringLiteral') found.set((first as hbs.AST.StringLiteral).value, block.program);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value);
  };
  visit(ast);
  return found;
}

interface Fields {
  /** What to call the object in messages: "the briefing", "ModelRecord". */
  name: string;
  fields: Readonly<Record<string, ValueType>>;
}

/** The fields of an object type. */
function fieldsOf(type: ValueType): Fields | undefined {
  if (type.kind === 'fields') return type;
  if (type.kind !== 'object') return undefined;
  const fields = Object.fromEntries(Object.entries<FieldSpec>(MODEL_SHAPES[type.shape].fields).map(([name, spec]) => [name, spec.type]));
  return { name: type.shape === ROOT_SHAPE ? 'the briefing' : type.shape, fields };
}

/**
 * A context with a partial call's named arguments added (`{{> card heading="…"}}`): Handlebars
 * hands the partial the context's fields and the arguments in one object.
 */
function widen(context: ValueType, pairs: Array<[string, ValueType]>): ValueType {
  const base = fieldsOf(context);
  if (!base) return ANY;
  return { kind: 'fields', name: `${base.name} with the partial's arguments`, fields: { ...base.fields, ...Object.fromEntries(pairs) } };
}

/** What `lookup list index` or `lookup object "field"` gives. */
function lookupResult(types: ValueType[], params: hbs.AST.Expression[]): ValueType {
  const [container, key] = types;
  if (container?.kind === 'list' && key?.kind === 'number') return container.of;
  const literal = params[1]?.type === 'StringLiteral' ? (params[1] as hbs.AST.StringLiteral).value : undefined;
  const shape = container ? fieldsOf(container) : undefined;
  if (shape && literal !== undefined && Object.hasOwn(shape.fields, literal)) return shape.fields[literal]!;
  return ANY;
}

/** How to name a value that prints as "[object Object]"; a list of text prints fine, comma-joined. */
function describeIfUnprintable(type: ValueType): string | undefined {
  if (type.kind === 'list' && type.of.kind !== 'text') return `a ${describeFieldType(type)}`;
  if (type.kind === 'object') return `a ${type.shape}`;
  return undefined;
}

function unknownFieldMessage(part: string, shape: Fields): string {
  const names = Object.keys(shape.fields);
  const suggestion = closest(part, names);
  return `"${part}" is not a field of ${shape.name}${suggestion ? `; did you mean "${suggestion}"?` : `; its fields: ${names.join(', ')}`}`;
}

/** The name within edit distance 2 (and under half the word) of `word`, if one is. */
function closest(word: string, names: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (distance <= Math.min(2, Math.floor(name.length / 2)) && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}

/** The source location of the `index`-th name in a path, so a message points at the wrong name, not the path's start. */
function partLocation(path: hbs.AST.PathExpression, index: number): hbs.AST.SourceLocation {
  const names = [...(path.data ? ['@'] : []), ...path.parts];
  let offset = 0;
  const text = path.original;
  for (let i = 0; i <= index + (path.data ? 1 : 0) && i < names.length; i++) {
    const name = names[i]!;
    const found = text.indexOf(name, offset);
    if (found < 0) return path.loc;
    if (i === index + (path.data ? 1 : 0)) {
      const column = path.loc.start.column + found;
      return { ...path.loc, start: { line: path.loc.start.line, column }, end: { line: path.loc.start.line, column: column + name.length } };
    }
    offset = found + name.length;
  }
  return path.loc;
}

function pathText(node: hbs.AST.Node): string {
  const original = (node as { original?: unknown }).original;
  return typeof original === 'string' ? original : typeof original === 'number' || typeof original === 'boolean' ? String(original) : node.type;
}
