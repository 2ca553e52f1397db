import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { NotFoundError } from '../errors';
import { MAX_TEMPLATE_ID_LENGTH, TemplateId } from '../model/template';
import type { TemplateInfo } from '../model';
import { defaultResourceLayout } from '../resources';
import type { ResourceLayout } from '../resources';
import { userTemplatesDir } from '../user-data';
import type { LoadedTemplate } from './loaded-template';
import { loadTemplateFile } from './template-file';

export { builtInPartials, templatePartials } from './partials';

/**
 * No template has the id asked for, or it is not a template id at all (as opposed to a template
 * that is broken). A mistake in what was asked for, never in Briefbook.
 */
export class TemplateNotFoundError extends NotFoundError {
  override readonly name = 'TemplateNotFoundError';
  override readonly hint = 'Choose one of the built-in templates or one of yours (Templates lists them).';
}

/** True for a string that is a template id: the model's `TemplateId`, the one grammar for ids. */
export function isTemplateId(id: unknown): id is string {
  return TemplateId.safeParse(id).success;
}

/**
 * Checks an id that came from outside (the window, a library file, the command line) before it
 * becomes a file name, without touching the disk: whatever a refused id names, the answer is
 * the same, so it tells nothing about the files on this machine.
 */
export function assertTemplateId(id: unknown): string {
  if (isTemplateId(id)) return id;
  const shown = typeof id === 'string' ? JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id) : String(id);
  throw new TemplateNotFoundError(
    `${shown} is not a template id (lowercase letters, digits and dashes, at most ${MAX_TEMPLATE_ID_LENGTH}, like "memo"): ` +
      'only the built-in templates and yours can be used; to use a .hbs file, import it as a template first',
  );
}

/**
 * Loads a template by id: a built-in one (`"memo"`), else one of the user's own (from the user
 * templates folder). Built-in ids come first; the user's templates cannot take their ids. An id
 * is never a path: one that is not a template id is refused before any file is looked at.
 *
 * Throws {@link TemplateError} for a broken template, {@link TemplateNotFoundError} for a missing
 * one. This is the saved template; an unsaved draft of a user template is never exported.
 */
export async function loadTemplate(
  id: string,
  layout: ResourceLayout = defaultResourceLayout(),
  userTemplates: string = userTemplatesDir(),
): Promise<LoadedTemplate> {
  return loadTemplateFile(await templateFile(assertTemplateId(id), layout, userTemplates), layout);
}

/** The templates shipped with Briefbook, by id, for the template picker. */
export async function listBuiltInTemplates(layout: ResourceLayout = defaultResourceLayout()): Promise<TemplateInfo[]> {
  const ids = await templateIds(layout.templates);
  const templates = await Promise.all(ids.map((id) => loadTemplateFile(path.join(layout.templates, `${id}.hbs`), layout)));
  return templates.map(({ id, name, description, builtIn, file }) => ({ id, name, description, builtIn, file }));
}

async function templateFile(id: string, layout: ResourceLayout, userTemplates: string): Promise<string> {
  for (const dir of [layout.templates, userTemplates]) {
    const file = path.resolve(dir, `${id}.hbs`);
    if (await exists(file)) return file;
  }
  const [builtIns, own] = await Promise.all([templateIds(layout.templates), templateIds(userTemplates)]);
  throw new TemplateNotFoundError(`unknown template "${id}"; built-in templates: ${builtIns.join(', ')}${own.length ? `; your templates: ${own.join(', ')}` : ''}`);
}

/** Ids of the templates in a folder: its `.hbs` files, drafts left out. */
export async function templateIds(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.hbs') && !name.endsWith('.draft.hbs'))
    .map((name) => name.slice(0, -4))
    .filter(isTemplateId)
    .sort();
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}
