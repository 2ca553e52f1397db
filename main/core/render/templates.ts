import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TemplateInfo } from '../model';
import { defaultResourceLayout } from '../resources';
import type { ResourceLayout } from '../resources';
import type { LoadedTemplate, TemplatePartial } from './loaded-template';
import { parseTemplate } from './parse-template';

const BUILT_IN_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Loads a template: a built-in one by id (`"memo"`), or any `.hbs` file by path.
 *
 * Partials come from the `partials/` folder beside the template and, for the ones it lacks,
 * from the built-in `partials/`; so a copy of `memo.hbs` kept anywhere still finds the
 * built-in title block and endnotes. Loaded templates are cached and re-read only when one
 * of their files changes on disk, so repeated exports do not touch the templates again.
 * Throws {@link TemplateError} for a broken template, a plain Error for a missing one.
 */
export async function loadTemplate(idOrFile: string, layout: ResourceLayout = defaultResourceLayout()): Promise<LoadedTemplate> {
  const file = await templateFile(idOrFile, layout);
  const cached = cache.get(file);
  if (cached && (await isUnchanged(cached.stamps))) return cached.template;

  const builtInDir = path.resolve(layout.templates);
  const builtIn = path.dirname(file) === builtInDir;
  const partialDirs = [path.join(builtInDir, 'partials'), ...(builtIn ? [] : [path.join(path.dirname(file), 'partials')])];
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
  const files = (await readdir(layout.templates)).filter((name) => name.endsWith('.hbs')).sort();
  const templates = await Promise.all(files.map((name) => loadTemplate(path.join(layout.templates, name), layout)));
  return templates.map(({ id, name, description, builtIn, file }) => ({ id, name, description, builtIn, file }));
}

async function templateFile(idOrFile: string, layout: ResourceLayout): Promise<string> {
  const isPath = idOrFile.endsWith('.hbs') || /[\\/]/.test(idOrFile);
  if (!isPath && !BUILT_IN_ID.test(idOrFile)) throw new Error(`"${idOrFile}" is neither a built-in template id nor a .hbs file`);
  const file = path.resolve(isPath ? idOrFile : path.join(layout.templates, `${idOrFile}.hbs`));
  try {
    await stat(file);
  } catch {
    if (isPath) throw new Error(`template file not found: ${file}`);
    const known = (await readdir(layout.templates)).filter((name) => name.endsWith('.hbs')).map((name) => name.slice(0, -4));
    throw new Error(`unknown template "${idOrFile}"; built-in templates: ${known.join(', ')}`);
  }
  return file;
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
