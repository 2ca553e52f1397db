import { MODEL_SHAPES, ROOT_SHAPE } from '../compose/model-fields';
import type { ShapeName, ShapeSpec } from '../compose/model-fields';
import { TemplateFrontMatter } from '../model';
import { CLASS_REFERENCE, TABLE_LAYOUT_REFERENCE } from '../pdf/stylesheet';
import { TEMPLATE_HELPERS } from '../render/helpers';
import { DEFAULT_PAGE_SETUP } from '../render/page-setup';
import type { TemplateHelper } from '../render/helpers';
import { partialsOf, storeOf } from './template-store';
import type { TemplateStoreOptions } from './template-store';

/**
 * What a template editor completes and explains, as plain data that crosses IPC: the
 * briefing's shapes (the same ones the checker walks), the helpers, the partials a user
 * template can call, the front-matter keys with their defaults, the classes and table layouts.
 * docs/templates.md is generated from the same sources.
 */
export interface TemplateEditorReference {
  /** The shape at the top level of a template. */
  root: ShapeName;
  shapes: Record<ShapeName, ShapeSpec>;
  helpers: Array<Omit<TemplateHelper, 'fn'>>;
  /** Partials a user template can call: built-in and the user's own. */
  partials: string[];
  frontMatter: Array<{ key: string; summary: string; default: unknown }>;
  classes: Record<string, string>;
  tableLayouts: Record<string, string>;
}

export async function templateEditorReference(options: TemplateStoreOptions = {}): Promise<TemplateEditorReference> {
  const partials = Object.keys(await partialsOf(storeOf(options))).sort();
  const defaults = DEFAULT_PAGE_SETUP as Record<string, unknown>;
  return {
    root: ROOT_SHAPE,
    shapes: MODEL_SHAPES as Record<ShapeName, ShapeSpec>,
    helpers: TEMPLATE_HELPERS.map(({ fn: _fn, ...helper }) => helper),
    partials,
    frontMatter: Object.entries(TemplateFrontMatter.shape).map(([key, schema]) => ({ key, summary: schema.description ?? '', default: defaults[key] })),
    classes: CLASS_REFERENCE,
    tableLayouts: TABLE_LAYOUT_REFERENCE,
  };
}
