import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { TemplateEditorReference } from '../../../main/api';

type Shapes = TemplateEditorReference['shapes'];
type FieldType = Shapes[keyof Shapes]['fields'][string]['type'];

const BLOCK_HELPERS = ['each', 'if', 'unless', 'with'];

/** Handlebars' data variables inside a block: where the item is in its list. */
const ITEM_VARIABLES: Completion[] = [
  { label: '@index', type: 'variable', detail: 'number', info: 'Position of the item in the list, from 0.' },
  { label: '@first', type: 'variable', detail: 'boolean', info: 'True for the first item.' },
  { label: '@last', type: 'variable', detail: 'boolean', info: 'True for the last item.' },
];

const ROOT: Completion = { label: '@root', type: 'variable', detail: 'BriefingModel', info: 'The briefing, from inside any block.' };


/** The shape a field leads to: an object's shape, or a list's item shape. */
function shapeOf(type: FieldType): keyof Shapes | undefined {
  if (type.kind === 'object') return type.shape;
  if (type.kind === 'list') return shapeOf(type.of);
  return undefined;
}

function describeType(type: FieldType): string {
  if (type.kind === 'object') return type.shape;
  if (type.kind === 'list') return `list of ${describeType(type.of)}`;
  return type.kind;
}

/** The shapes reached from `shapes` through the field `name`. */
function follow(reference: TemplateEditorReference, shapes: (keyof Shapes)[], name: string): (keyof Shapes)[] {
  return shapes.flatMap((shape) => {
    const field = reference.shapes[shape].fields[name];
    const next = field && shapeOf(field.type);
    return next ? [next] : [];
  });
}

/** Where the cursor is: the shapes `{{this}}` stands for, and whether that is a list's item. */
export interface BlockContext {
  /** Undefined where a block's argument is not a field of the model (a helper call, say). */
  shapes: (keyof Shapes)[] | undefined;
  inList: boolean;
}

/**
 * The context where `before` ends: the model at the top, the item inside `{{#each list}}`, the
 * object inside `{{#with field}}`; other blocks (`if`, `unless`, helpers) keep the one around them.
 */
export function blockContext(reference: TemplateEditorReference, before: string): BlockContext {
  const stack: BlockContext[] = [{ shapes: [reference.root], inList: false }];
  for (const tag of before.matchAll(/\{\{~?\s*([#/])\s*([\w-]+)\s*([^}]*?)~?\}\}/g)) {
    const [, sign, name, argument] = tag;
    const here = stack.at(-1)!;
    if (sign === '/') {
      if (stack.length > 1) stack.pop();
    } else if (name === 'each' || name === 'with') {
      const path = /^[\w@.]+/.exec(argument!)?.[0];
      const shapes = path === undefined ? undefined : resolvePath(reference, path.split('.'), here.shapes);
      stack.push({ shapes, inList: name === 'each' || here.inList });
    } else {
      stack.push(here);
    }
  }
  return stack.at(-1)!;
}

/** The shapes reached along `path` from `start` (`@root` starts again at the model; `this` stays). */
function resolvePath(reference: TemplateEditorReference, path: string[], start: (keyof Shapes)[] | undefined) {
  const everyShape = Object.keys(reference.shapes) as (keyof Shapes)[];
  let shapes = start;
  path.forEach((segment, index) => {
    if (index === 0 && segment === '@root') shapes = [reference.root];
    else if (segment !== 'this') {
      const next = follow(reference, shapes ?? everyShape, segment);
      shapes = next.length > 0 || shapes ? next : undefined;
    }
  });
  return shapes;
}

/** The fields at `path` (e.g. `['stats']`), from the shapes `start` (unknown: any shape). */
function fieldsAt(reference: TemplateEditorReference, path: string[], start: (keyof Shapes)[] | undefined): Completion[] {
  const everyShape = Object.keys(reference.shapes) as (keyof Shapes)[];
  const shapes = (path.length ? resolvePath(reference, path, start) : start) ?? everyShape;
  const seen = new Set<string>();
  return shapes.flatMap((name) =>
    Object.entries(reference.shapes[name].fields)
      .filter(([field]) => !seen.has(field) && seen.add(field))
      .map(([field, spec]) => ({ label: field, type: 'property', detail: describeType(spec.type), info: spec.summary })),
  );
}

function helperCompletions(reference: TemplateEditorReference): Completion[] {
  return reference.helpers.map((helper) => ({ label: helper.name, type: 'function', detail: helper.usage, info: helper.summary }));
}

/**
 * Completes inside `{{…}}`: partials after `{{>`, block helpers after `{{#`, lists after
 * `{{#each`, fields of the briefing model (following dots) and helpers elsewhere.
 */
export function templateCompletion(reference: () => TemplateEditorReference | undefined) {
  return (context: CompletionContext): CompletionResult | null => {
    const ref = reference();
    if (!ref) return null;
    const before = context.matchBefore(/\{\{\{?[#/>]?[^{}]*$/);
    if (!before) return null;
    const inside = before.text.replace(/^\{\{\{?/, '');
    const word = /[\w@-]*$/.exec(inside)![0];
    const from = context.pos - word.length;

    if (inside.startsWith('>')) {
      return { from, options: ref.partials.map((name) => ({ label: name, type: 'namespace', detail: 'partial' })) };
    }
    if (/^#\s*[\w-]*$/.test(inside)) {
      return { from, options: [...BLOCK_HELPERS.map((name) => ({ label: name, type: 'keyword' })), ...helperCompletions(ref)] };
    }
    const path = /([\w@]+\.)*[\w@-]*$/.exec(inside)![0].split('.').slice(0, -1);
    const here = blockContext(ref, context.state.sliceDoc(0, before.from));
    if (/^#each\s+[\w.@]*$/.test(inside)) {
      const lists = fieldsAt(ref, path, here.shapes).filter((option) => option.detail?.startsWith('list'));
      return { from, options: lists };
    }
    const fields = fieldsAt(ref, path, here.shapes);
    if (path.length) return { from, options: fields };
    const extras = here.inList ? ITEM_VARIABLES : [];
    return { from, options: [...fields, ...helperCompletions(ref), { label: 'this', type: 'keyword' }, ...extras, ROOT] };
  };
}
