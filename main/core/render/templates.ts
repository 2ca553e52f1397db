import { readFileSync, readdirSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TemplateInfo } from '../model';
import { defaultResourceLayout } from '../resources';
import type { ResourceLayout } from '../resources';
import { userTemplatesDir } from '../user-data';
import type { LoadedTemplate, TemplatePartial } from './loaded-template';
import { parseTemplate } from './parse-template';

/** No template has the id or file asked for (as opposed to a template that is broken). */
export class TemplateNotFoundError extends Error {
  override readonly name = 'TemplateNotFoundError';
}

/** A template id: lowercase letters, digits and dashes, so it is also a safe file name. */
export const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Loads a template: a built-in one by id (`"memo"`), one of the user's own by id (from the
 * user templates folder), or any `.hbs` file by path. Built-in ids come first; the user's
 * templates cannot take their ids.
 *
 * Partials come from the `partials/` folder beside the template and, for the ones it lacks,
 * from the built-in `partials/`; so a copy of `memo.hbs` kept anywhere still finds the
 * built-in title block and endnotes. Loaded templates are cached and re-read only when one
 * of their files changes on disk, so repeated exports do not touch the templates again.
 * Throws {@link TemplateError} for a broken template, {@link TemplateNotFoundError} for a
 * missing one.
 *
 * This is the saved template; an unsaved draft of a user template is never exported.
 */
export async function loadTemplate(
  idOrFile: string,
  layout: ResourceLayout = defaultResourceLayout(),
  userTemplates: string = userTemplatesDir(),
): Promise<LoadedTemplate> {
  const file = await templateFile(idOrFile, layout, userTemplates);
  const cached = cache.get(file);
  if (cached && (await isUnchanged(cached.stamps))) return cached.template;

  const builtIn = isBuiltIn(file, layout);
  const partialDirs = partialFolders(file, layout);
  // Stamps are taken before reading, so an edit made while reading triggers a reload next time.
  const stamps = await stampFiles([file, ...partialDirs]);
  const [source, partials] = await Promise.all([readFile(file, 'utf8'), readPartials(partialDirs)]);
  stamps.push(...(await stampFiles(Object.values(partials).map((partial) => partial.file))));

  const template = parseTemplate({ id: path.basename(file, '.hbs'), file, source, builtIn, partials });
  cache.set(file, { template, stamps });
  return template;
}

/** The templates shipped with Briefbook, by id, for the template picker. */
export async function listBuiltInTemplates(layout: ResourceLayout = defaultResourceLayout()): Promise<TemplateInfo[]> {
  const ids = await templateIds(layout.templates);
  const templates = await Promise.all(ids.map((id) => loadTemplate(path.join(layout.templates, `${id}.hbs`), layout)));
  return templates.map(({ id, name, description, builtIn, file }) => ({ id, name, description, builtIn, file }));
}

/**
 * The partials a template file may call: the built-in ones, overridden name by name by those in
 * the `partials/` folder beside it (none for a built-in template).
 */
export async function templatePartials(file: string, layout: ResourceLayout = defaultResourceLayout()): Promise<Record<string, TemplatePartial>> {
  return readPartials(partialFolders(path.resolve(file), layout));
}

const builtInPartialsCache = new Map<string, Readonly<Record<string, TemplatePartial>>>();

/**
 * The built-in partials, read once. Synchronous, so the template checker can be: they are a
 * few small files that ship with the app and never change while it runs.
 */
export function builtInPartials(layout: ResourceLayout = defaultResourceLayout()): Readonly<Record<string, TemplatePartial>> {
  const dir = path.join(path.resolve(layout.templates), 'partials');
  let partials = builtInPartialsCache.get(dir);
  if (!partials) {
    const names = readdirSync(dir).filter((name) => name.endsWith('.hbs'));
    partials = Object.freeze(Object.fromEntries(names.map((fileName) => {
      const name = fileName.slice(0, -4);
      const file = path.join(dir, fileName);
      return [name, { name, file, body: readFileSync(file, 'utf8') }];
    })));
    builtInPartialsCache.set(dir, partials);
  }
  return partials;
}

function isBuiltIn(file: string, layout: ResourceLayout): boolean {
  return path.dirname(file) === path.resolve(layout.templates);
}

function partialFolders(file: string, layout: ResourceLayout): string[] {
  const builtIns = path.join(path.resolve(layout.templates), 'partials');
  return isBuiltIn(file, layout) ? [builtIns] : [builtIns, path.join(path.dirname(file), 'partials')];
}

async function templateFile(idOrFile: string, layout: ResourceLayout, userTemplates: string): Promise<string> {
  const isPath = idOrFile.endsWith('.hbs') || /[\\/]/.test(idOrFile);
  if (!isPath && !TEMPLATE_ID.test(idOrFile)) throw new TemplateNotFoundError(`"${idOrFile}" is neither a template id nor a .hbs file`);
  if (isPath) {
    const file = path.resolve(idOrFile);
    if (!(await exists(file))) throw new TemplateNotFoundError(`template file not found: ${file}`);
    return file;
  }
  for (const dir of [layout.templates, userTemplates]) {
    const file = path.resolve(dir, `${idOrFile}.hbs`);
    if (await exists(file)) return file;
  }
  const [builtIns, own] = await Promise.all([templateIds(layout.templates), templateIds(userTemplates)]);
  throw new TemplateNotFoundError(`unknown template "${idOrFile}"; built-in templates: ${builtIns.join(', ')}${own.length ? `; your templates: ${own.join(', ')}` : ''}`);
}

/** Ids of the templates in a folder: its `.hbs` files, drafts left out. */
export async function templateIds(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.hbs') && !name.endsWith('.draft.hbs'))
    .map((name) => name.slice(0, -4))
    .filter((id) => TEMPLATE_ID.test(id))
    .sort();
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Later folders override earlier ones, name by name. A folder that does not exist adds nothing. */
async function readPartials(dirs: string[]): Promise<Record<string, TemplatePartial>> {
  const partials: Record<string, TemplatePartial> = {};
  for (const dir of dirs) {
    const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.hbs'));
    const bodies = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
    names.forEach((fileName, index) => {
      const name = fileName.slice(0, -4);
      partials[name] = { name, file: path.join(dir, fileName), body: bodies[index]! };
    });
  }
  return partials;
}

/** A file's (or folder's) state when it was read; a folder's mtime changes when files come or go. */
interface FileStamp {
  file: string;
  mtimeMs: number;
  size: number;
}

const cache = new Map<string, { template: LoadedTemplate; stamps: FileStamp[] }>();

async function stampFiles(files: string[]): Promise<FileStamp[]> {
  return Promise.all(
    files.map(async (file) => {
      const info = await stat(file).catch(() => undefined);
      return { file, mtimeMs: info?.mtimeMs ?? -1, size: info?.size ?? -1 };
    }),
  );
}

async function isUnchanged(stamps: FileStamp[]): Promise<boolean> {
  const now = await stampFiles(stamps.map((stamp) => stamp.file));
  return now.every((stamp, index) => stamp.mtimeMs === stamps[index]!.mtimeMs && stamp.size === stamps[index]!.size);
}
