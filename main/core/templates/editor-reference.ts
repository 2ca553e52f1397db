import { MODEL_SHAPES, ROOT_SHAPE } from '../compose/model-fields';
import { TemplateFrontMatter } from '../model';
import { CLASS_REFERENCE, TABLE_LAYOUT_REFERENCE } from '../pdf/stylesheet';
import { TEMPLATE_HELPERS } from '../render/helpers';
import { DEFAULT_PAGE_SETUP } from '../render/page-setup';
import { partialsOf, storeOf } from './template-store';
import type { TemplateStoreOptions } from './template-store';

import type { TemplateEditorReference } from './template-types';

export type { TemplateEditorReference } from './template-types';

export async function templateEditorReference(options: TemplateStoreOptions = {}): Promise<TemplateEditorReference> {
  const partials = Object.keys(await partialsOf(storeOf(options))).sort();
  const defaults = DEFAULT_PAGE_SETUP as Record<string, unknown>;
  return {
    root: ROOT_SHAPE,
    shapes: MODEL_SHAPES as TemplateEditorReference['shapes'],
    helpers: TEMPLATE_HELPERS.map(({ fn: _fn, ...helper }) => helper),
    partials,
    frontMatter: Object.entries(TemplateFrontMatter.shape).map(([key, schema]) => ({ key, summary: schema.description ?? '', default: defaults[key] })),
    classes: CLASS_REFERENCE,
    tableLayouts: TABLE_LAYOUT_REFERENCE,
  };
}
