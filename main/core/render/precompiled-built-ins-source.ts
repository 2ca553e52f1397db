import path from 'node:path';
import { defaultResourceLayout } from '../resources';
import type { ResourceLayout } from '../resources';
import { RUNNING_TEXT_KEYS, precompileBody, precompiledKey } from './engine';
import { loadTemplateFile } from './template-file';
import { templateIds } from './templates';

/**
 * The source of precompiled-built-ins.ts as the bundles ship it (scripts/build.mjs): every
 * built-in template's body, every built-in partial and every header or footer text with
 * `{{…}}` in it, compiled to JavaScript. Each template is loaded as an export would load it
 * first, so a broken built-in template fails the build with its own error.
 */
export async function precompiledBuiltInsSource(layout: ResourceLayout = defaultResourceLayout()): Promise<string> {
  const ids = await templateIds(layout.templates);
  const templates = await Promise.all(ids.map((id) => loadTemplateFile(path.join(layout.templates, `${id}.hbs`), layout)));
  const units = new Map<string, { body: string; noEscape: boolean; file: string }>();
  const add = (body: string, noEscape: boolean, file: string) => units.set(precompiledKey(body, noEscape), { body, noEscape, file });
  for (const template of templates) {
    add(template.body, false, template.file);
    for (const partial of Object.values(template.partials)) add(partial.body, false, partial.file);
    for (const key of RUNNING_TEXT_KEYS) if (template.setup[key].includes('{{')) add(template.setup[key], true, template.file);
  }
  const entries = [...units.values()].map(({ body, noEscape, file }) => {
    // Errors were reported at their true place while loading above; this place is never shown.
    const { calls, inlineNames, spec } = precompileBody(body, { template: path.basename(file), file, lineOffset: 0 }, noEscape);
    return `{ body: ${JSON.stringify(body)}, noEscape: ${noEscape}, calls: ${JSON.stringify(calls)}, inlineNames: ${JSON.stringify(inlineNames)}, spec: ${spec} }`;
  });
  return `// Written by scripts/build.mjs from main/core/render/precompiled-built-ins-source.ts.\nexport const PRECOMPILED_BUILT_INS = [\n${entries.join(',\n')}\n];\n`;
}
