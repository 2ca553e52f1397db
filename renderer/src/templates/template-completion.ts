import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { TemplateEditorReference } from '../../../main/api';

type Shapes = TemplateEditorReference['shapes'];
type FieldType = Shapes[keyof Shapes]['fields'][string]['type'];

const BLOCK_HELPERS = ['each', 'if', 'unless', 'with'];

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

/** The fields at `path` (e.g. `['stats']`), starting at the top of the model. */
function fieldsAt(reference: TemplateEditorReference, path: string[]): Completion[] {
  const everyShape = Object.keys(reference.shapes) as (keyof Shapes)[];
  let shapes: (keyof Shapes)[] = [reference.root];
  path.forEach((segment, index) => {
    const next = follow(reference, shapes, segment);
    // Inside {{#each}} or {{#with}} a path starts at the item, which is not tracked here: look the first segment up everywhere.
    shapes = next.length > 0 || index > 0 ? next : follow(reference, everyShape, segment);
  });
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
    if (/^#each\s+[\w.]*$/.test(inside)) {
      const lists = fieldsAt(ref, path).filter((option) => option.detail?.startsWith('list'));
      return { from, options: lists };
    }
    const fields = fieldsAt(ref, path);
    return { from, options: path.length ? fields : [...fields, ...helperCompletions(ref), { label: 'this', type: 'keyword' }] };
  };
}
