import { readFileSync, readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { defaultResourceLayout } from '../resources';
import type { ResourceLayout } from '../resources';
import type { TemplatePartial } from './loaded-template';

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

/** True for a template file shipped with the app (in the built-in templates folder). */
export function isBuiltInFile(file: string, layout: ResourceLayout): boolean {
  return path.dirname(file) === path.resolve(layout.templates);
}

/** The folders a template file's partials come from, later ones overriding earlier ones. */
export function partialFolders(file: string, layout: ResourceLayout): string[] {
  const builtIns = path.join(path.resolve(layout.templates), 'partials');
  return isBuiltInFile(file, layout) ? [builtIns] : [builtIns, path.join(path.dirname(file), 'partials')];
}

/** Later folders override earlier ones, name by name. A folder that does not exist adds nothing. */
export async function readPartials(dirs: string[]): Promise<Record<string, TemplatePartial>> {
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
