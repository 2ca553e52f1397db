// Generates the reference parts of docs/templates.md from the code they describe: the
// BriefingModel's fields (MODEL_SHAPES), the helpers (TEMPLATE_HELPERS), the front-matter keys
// and their defaults, the partials, the classes and table layouts, and the built-in templates
// with their page images. Prose stays hand-written around the generated blocks, which sit
// between <!-- BEGIN GENERATED: name --> and <!-- END GENERATED: name --> lines.
//
// Run: npx tsx scripts/gen-template-docs.ts          (rewrites docs/templates.md)
//      npx tsx scripts/gen-template-docs.ts --check  (exits 1 if it is out of date)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_SHAPES, ROOT_SHAPE, describeFieldType } from '../main/core/compose/model-fields';
import type { FieldSpec, FieldType, ShapeName } from '../main/core/compose/model-fields';
import { TemplateFrontMatter } from '../main/core/model';
import { CLASS_REFERENCE, TABLE_LAYOUT_REFERENCE } from '../main/core/pdf/stylesheet';
import { DEFAULT_PAGE_SETUP, TEMPLATE_HELPERS, builtInPartials, listBuiltInTemplates } from '../main/core/render';
import { projectRoot } from '../main/core/resources';
import { TEMPLATE_IMAGES } from './template-images';

export const TEMPLATE_DOCS = path.join(projectRoot(), 'docs', 'templates.md');

/** Each generated block, by the name its markers carry. */
const BLOCKS: Record<string, () => string | Promise<string>> = {
  'built-in templates': builtInTemplates,
  'model fields': modelFields,
  helpers,
  partials,
  'front matter': frontMatter,
  classes,
  'table layouts': tableLayouts,
};

/** The doc with every generated block brought up to date; the prose around them is kept. */
export async function generateTemplateDocs(current: string): Promise<string> {
  let text = current;
  for (const [name, generate] of Object.entries(BLOCKS)) {
    const begin = `<!-- BEGIN GENERATED: ${name} -->`;
    const end = `<!-- END GENERATED: ${name} -->`;
    const from = text.indexOf(begin);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/templates.md lacks the markers of the "${name}" block`);
    text = `${text.slice(0, from + begin.length)}\n${(await generate()).trim()}\n${text.slice(to)}`;
  }
  return text;
}

async function builtInTemplates(): Promise<string> {
  const templates = await listBuiltInTemplates();
  return templates
    .map(({ id, name, description }) => {
      const images = (TEMPLATE_IMAGES[id] ?? []).map(({ file, page }) => `![${name}, page ${page}](images/${file})`).join(' ');
      return `### \`${id}\` — ${name}\n\n${description}\n\n${images}`;
    })
    .join('\n\n');
}

function modelFields(): string {
  return (Object.entries(MODEL_SHAPES) as Array<[ShapeName, (typeof MODEL_SHAPES)[ShapeName]]>)
    .map(([name, shape]) => {
      const rows = Object.entries<FieldSpec>(shape.fields).map(([field, spec]) => {
        const values = spec.values ? ` One of: ${spec.values.filter(Boolean).map((value) => `\`${value}\``).join(', ')}${spec.values.includes('') ? ', or empty' : ''}.` : '';
        return `| \`${field}\` | ${typeLink(spec.type)} | ${cell(spec.summary)}${values} |`;
      });
      const heading = name === ROOT_SHAPE ? `### ${name} (the top level)` : `### ${name}`;
      return `${heading}\n\n${cell(shape.summary)}\n\n| Field | Type | Meaning |\n| --- | --- | --- |\n${rows.join('\n')}`;
    })
    .join('\n\n');
}

/** A field type, with shape names linked to their section. */
function typeLink(type: FieldType): string {
  const described = describeFieldType(type);
  const shape = type.kind === 'object' ? type.shape : type.kind === 'list' && type.of.kind === 'object' ? type.of.shape : undefined;
  return shape ? described.replace(shape, `[${shape}](#${shape.toLowerCase()})`) : described;
}

function helpers(): string {
  const rows = TEMPLATE_HELPERS.map(({ name, usage, summary, example }) => {
    const data = JSON.stringify(example.data);
    return `| \`${name}\` | ${usage.split(' · ').map((form) => code(form)).join('<br>')} | ${cell(summary)} | ${code(example.call)} with \`${cell(data)}\` prints ${code(example.output)} |`;
  });
  return `| Helper | Call | What it does | Example |\n| --- | --- | --- | --- |\n${rows.join('\n')}`;
}

function partials(): string {
  return Object.values(builtInPartials())
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, body }) => {
      const comment = /\{\{!--([\s\S]*?)--\}\}/.exec(body)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
      return `- \`{{> ${name}}}\` — ${comment}`;
    })
    .join('\n');
}

function frontMatter(): string {
  const defaults = DEFAULT_PAGE_SETUP as Record<string, unknown>;
  const rows = Object.entries(TemplateFrontMatter.shape).map(([key, schema]) => {
    const value = defaults[key];
    const shown = key === 'name' ? 'the file name' : key === 'description' ? 'empty' : key === 'pageSize' ? 'the analyst’s region’s' : value === '' ? 'empty' : code(JSON.stringify(value).replace(/,/g, ', '));
    return `| \`${key}\` | ${shown} | ${cell(schema.description ?? '')} |`;
  });
  return `| Key | Default | Meaning |\n| --- | --- | --- |\n${rows.join('\n')}`;
}

function classes(): string {
  const rows = Object.entries(CLASS_REFERENCE).map(([name, meaning]) => `| \`${name}\` | ${cell(meaning)} |`);
  return `| Class | Effect |\n| --- | --- |\n${rows.join('\n')}`;
}

function tableLayouts(): string {
  const rows = Object.entries(TABLE_LAYOUT_REFERENCE).map(([name, meaning]) => `| \`${name}\` | ${cell(meaning)} |`);
  return `| Layout | Look |\n| --- | --- |\n${rows.join('\n')}`;
}

/** Text for a table cell: pipes escaped, tags shown as text. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/** Inline code that may hold backticks or pipes. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\|/g, '\\|')}${fence}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = await readFile(TEMPLATE_DOCS, 'utf8');
  const next = await generateTemplateDocs(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      process.stderr.write('docs/templates.md is out of date: run npx tsx scripts/gen-template-docs.ts\n');
      process.exitCode = 1;
    }
  } else if (next !== current) {
    await writeFile(TEMPLATE_DOCS, next);
    process.stdout.write('Updated docs/templates.md\n');
  }
}
