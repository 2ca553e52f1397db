import { mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileDurably } from '../library/safe-write';
import { MAX_TEMPLATE_BYTES } from '../model/template';
import { readFrontMatter } from '../render/front-matter';
import { checkTemplate } from '../render/check-template';
import { formatProblem } from '../render/template-problem';
import type { TemplatePartial } from '../render/loaded-template';
import { TemplateNotFoundError, loadTemplate, templateIds, templatePartials } from '../render/templates';
import { defaultResourceLayout } from '../resources';
import type { ResourceLayout } from '../resources';
import { userTemplatesDir } from '../user-data';
import { TemplateChangeError } from './errors';
import { assertTemplateId } from './template-names';
import type { TemplateListing } from './template-types';

/** Where templates are: the user's folder and the app's resources. Both default to the real ones. */
export interface TemplateStoreOptions {
  /** The user templates folder; default `<user data>/templates`. */
  dir?: string;
  layout?: ResourceLayout;
}

export type { TemplateListing } from './template-types';

/** The folders of one store, resolved. */
export interface Store {
  dir: string;
  layout: ResourceLayout;
}

export { MAX_TEMPLATE_BYTES };

export function storeOf(options: TemplateStoreOptions = {}): Store {
  return { dir: path.resolve(options.dir ?? userTemplatesDir()), layout: options.layout ?? defaultResourceLayout() };
}

export const savedFile = (store: Store, id: string) => path.join(store.dir, `${assertTemplateId(id)}.hbs`);
export const draftFile = (store: Store, id: string) => path.join(store.dir, `${assertTemplateId(id)}.draft.hbs`);
export const builtInFile = (store: Store, id: string) => path.join(path.resolve(store.layout.templates), `${assertTemplateId(id)}.hbs`);

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs changes to one templates folder one at a time, so two quick "new template" calls
 * cannot pick the same fresh id, nor a rename race a delete.
 */
export function serialized<T>(store: Store, change: () => Promise<T>): Promise<T> {
  const previous = queues.get(store.dir) ?? Promise.resolve();
  const next = previous.then(change, change);
  const tail = next.catch(() => undefined);
  queues.set(store.dir, tail);
  void tail.then(() => {
    if (queues.get(store.dir) === tail) queues.delete(store.dir);
  });
  return next;
}

/** Reads a template file as text, refusing one larger than {@link MAX_TEMPLATE_BYTES}. */
export async function readTemplateText(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_TEMPLATE_BYTES) throw new TemplateChangeError(`${file} is ${size} bytes; a template may have at most ${MAX_TEMPLATE_BYTES}`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** Refuses text larger than a template may be, before it is written. */
export function assertTemplateSize(text: string): void {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_TEMPLATE_BYTES) throw new TemplateChangeError(`the template is ${size} bytes; a template may have at most ${MAX_TEMPLATE_BYTES}`);
}

/** Writes a file of the store durably, creating the folder on first use. */
export async function writeStoreFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileDurably(file, text);
}

export async function isBuiltInId(store: Store, id: string): Promise<boolean> {
  return isFile(builtInFile(store, id));
}

/** The saved file of one of the user's templates; built-in templates are read-only. */
export async function userTemplateFile(store: Store, id: string): Promise<string> {
  if (await isBuiltInId(store, id)) throw new TemplateChangeError(`"${id}" is a built-in template, which cannot be changed; make a copy of it first`);
  const file = savedFile(store, id);
  if (!(await isFile(file))) throw new TemplateNotFoundError(`there is no template "${id}" among your templates`);
  return file;
}

/** The saved text of any template, built-in or the user's, by id. */
export async function savedText(store: Store, id: string): Promise<{ file: string; builtIn: boolean; text: string }> {
  const builtIn = await isBuiltInId(store, id);
  const file = builtIn ? builtInFile(store, id) : await userTemplateFile(store, id);
  return { file, builtIn, text: await readTemplateText(file) };
}

/** The partials the user's templates may call: the built-in ones and those in the folder's `partials/`. */
export function partialsOf(store: Store): Promise<Record<string, TemplatePartial>> {
  // Every template in the folder sees the same partials; any file name in it will do.
  return templatePartials(path.join(store.dir, 'template.hbs'), store.layout);
}

/** Every id in use, built-in or the user's: a new template must take another. */
export async function takenIds(store: Store): Promise<Set<string>> {
  const [builtIns, own] = await Promise.all([templateIds(store.layout.templates), templateIds(store.dir)]);
  return new Set([...builtIns, ...own]);
}

/**
 * How a template is listed. A user's template with errors (edited outside the app, or written
 * for another version) is still listed, with its first error, so it can be opened and fixed;
 * its name then comes from the front matter if that can be read.
 */
export async function listingOf(store: Store, id: string, builtIn: boolean): Promise<TemplateListing> {
  const file = builtIn ? builtInFile(store, id) : savedFile(store, id);
  const [saved, draft] = await Promise.all([stat(file), builtIn ? undefined : stat(draftFile(store, id)).catch(() => undefined)]);
  const common = { id, builtIn, file, hasDraft: isNewerDraft(draft, saved), modifiedAt: saved.mtime.toISOString() };
  if (builtIn) {
    const { name, description, namesPaper, setup } = await loadTemplate(id, store.layout, store.dir);
    return { ...common, name, description, ...(namesPaper ? { namedPaper: setup.pageSize } : {}) };
  }
  const text = await readTemplateText(file);
  const { frontMatter } = readFrontMatter(text, { template: path.basename(file), file });
  const error = checkTemplate(text, file, { partials: await partialsOf(store) }).find((problem) => problem.severity === 'error');
  const named = frontMatter.pageSize ? { namedPaper: frontMatter.pageSize } : {};
  const listing = { ...common, name: frontMatter.name ?? id, description: frontMatter.description ?? '', ...named };
  return error ? { ...listing, problem: formatProblem(path.basename(file), error) } : listing;
}

/**
 * A draft counts when it is at least as new as the saved file: on a file system with coarse
 * timestamps a draft written just after a save may carry the same time, and offering it
 * loses nothing.
 */
export function isNewerDraft(draft: { mtimeMs: number } | undefined, saved: { mtimeMs: number }): boolean {
  return draft !== undefined && draft.mtimeMs >= saved.mtimeMs;
}

export async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}
