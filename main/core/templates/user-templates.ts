import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkTemplate } from '../render/check-template';
import { saveUserFile } from '../save-user-file';
import { readFrontMatter, setFrontMatterName } from '../render/front-matter';
import type { LoadedTemplate } from '../render/loaded-template';
import { parseTemplate } from '../render/parse-template';
import type { TemplateProblem } from '../render/template-problem';
import { templateIds } from '../render/templates';
import { TemplateChangeError } from './errors';
import { assertTemplateId, cleanTemplateName, templateIdFor } from './template-names';
import {
  assertTemplateSize,
  draftFile,
  isFile,
  isNewerDraft,
  listingOf,
  partialsOf,
  readTemplateText,
  savedFile,
  savedText,
  serialized,
  storeOf,
  takenIds,
  userTemplateFile,
  writeStoreFile,
} from './template-store';
import type { Store, TemplateListing, TemplateStoreOptions } from './template-store';
import type { OpenedTemplate, SaveOutcome } from './template-types';

export type { OpenedTemplate, SaveOutcome } from './template-types';

/**
 * The analyst's own templates, kept as `.hbs` files in the user templates folder
 * (`<user data>/templates`), never in the app bundle. Built-in templates are read-only: to
 * change one, make a copy. Every write is durable (temp file, fsync, rename), edits in progress
 * are kept as drafts (see template-drafts.ts), and deleting moves a template to the trash (see
 * template-trash.ts), so neither a crash nor a mistake loses work.
 *
 * Ids come from names and are checked wherever they come in, so no id can reach outside the
 * folder. Changes to one folder run one at a time.
 */

/** Every template, built-in first (by id), then the user's (by name). */
export async function listTemplates(options: TemplateStoreOptions = {}): Promise<TemplateListing[]> {
  const store = storeOf(options);
  const [builtIns, own] = await Promise.all([templateIds(store.layout.templates), templateIds(store.dir)]);
  const builtInSet = new Set(builtIns);
  const listings = await Promise.all([
    ...builtIns.map((id) => listingOf(store, id, true)),
    // A user file named like a built-in is shadowed by it (loadTemplate never picks it): not listed.
    ...own.filter((id) => !builtInSet.has(id)).map((id) => listingOf(store, id, false)),
  ]);
  const byName = (a: TemplateListing, b: TemplateListing) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  return [...listings.filter((t) => t.builtIn), ...listings.filter((t) => !t.builtIn).sort(byName)];
}


/** Opens a template by id: its saved text and, for the user's own, the draft if one is newer. */
export async function openTemplate(id: string, options: TemplateStoreOptions = {}): Promise<OpenedTemplate> {
  const store = storeOf(options);
  const { builtIn, text, file } = await savedText(store, id);
  const template = await listingOf(store, id, builtIn);
  if (builtIn) return { template, text };
  const draftPath = draftFile(store, id);
  const [saved, draftInfo] = await Promise.all([stat(file), stat(draftPath).catch(() => undefined)]);
  if (!draftInfo || !isNewerDraft(draftInfo, saved)) return { template, text };
  return { template, text, draft: { text: await readTemplateText(draftPath), savedAt: draftInfo.mtime.toISOString() } };
}

/**
 * A new template named `name`, copied from a built-in (or one of the user's) templates, with
 * a fresh id made from the name. The copy keeps the original's page setup and description.
 */
export async function createTemplate(name: string, from = 'memo', options: TemplateStoreOptions = {}): Promise<TemplateListing> {
  const store = storeOf(options);
  const clean = cleanTemplateName(name);
  const { text } = await savedText(store, from);
  return serialized(store, () => addTemplate(store, clean, setFrontMatterName(text, clean)));
}

/** A copy of any template under a fresh id, named "<name> (copy)", "<name> (copy 2)"…. */
export async function duplicateTemplate(id: string, options: TemplateStoreOptions = {}): Promise<TemplateListing> {
  const store = storeOf(options);
  const { text, builtIn } = await savedText(store, id);
  return serialized(store, async () => {
    const names = new Set((await listTemplates(options)).map((t) => t.name));
    const original = (await listingOf(store, id, builtIn)).name;
    let name = `${original} (copy)`;
    for (let n = 2; names.has(name); n++) name = `${original} (copy ${n})`;
    return addTemplate(store, name, setFrontMatterName(text, name));
  });
}


/**
 * Saves new text for one of the user's templates, if it checks out: a template with errors
 * is not saved (the previous version stays in use), and the problems come back to be shown.
 * A successful save makes the draft obsolete, so it is removed.
 */
export async function saveTemplate(id: string, text: string, options: TemplateStoreOptions = {}): Promise<SaveOutcome> {
  const store = storeOf(options);
  assertTemplateSize(text);
  return serialized(store, async () => {
    const file = await userTemplateFile(store, id);
    const problems = checkTemplate(text, file, { partials: await partialsOf(store) });
    if (problems.some((problem) => problem.severity === 'error')) return { saved: false, problems };
    await writeStoreFile(file, text);
    await rm(draftFile(store, id), { force: true });
    return { saved: true, template: await listingOf(store, id, false), problems };
  });
}

/**
 * Renames one of the user's templates: the `name:` in its front matter (and in its draft, if
 * any). The id stays, because briefings refer to their template by id.
 */
export async function renameTemplate(id: string, name: string, options: TemplateStoreOptions = {}): Promise<TemplateListing> {
  const store = storeOf(options);
  const clean = cleanTemplateName(name);
  return serialized(store, async () => {
    const file = await userTemplateFile(store, id);
    await writeStoreFile(file, setFrontMatterName(await readTemplateText(file), clean));
    const draft = draftFile(store, id);
    if (await isFile(draft)) {
      // A draft whose front matter is mid-edit keeps its text; the saved name is what lists.
      const renamed = await readTemplateText(draft).then((text) => setFrontMatterName(text, clean)).catch(() => undefined);
      if (renamed !== undefined) await writeStoreFile(draft, renamed);
    }
    return listingOf(store, id, false);
  });
}

/**
 * Imports a `.hbs` file as a new template of the user's, after checking it against the
 * built-in partials and the user's own: a file with errors is reported and not imported. The
 * name comes from its front matter, else from the file name.
 */
export async function importTemplate(file: string, options: TemplateStoreOptions = {}): Promise<SaveOutcome> {
  const store = storeOf(options);
  if (path.extname(file).toLowerCase() !== '.hbs') throw new TemplateChangeError(`${file} is not a template: choose a .hbs file`);
  const text = await readTemplateText(file);
  const problems = checkTemplate(text, path.basename(file), { partials: await partialsOf(store) });
  if (problems.some((problem) => problem.severity === 'error')) return { saved: false, problems };
  const { frontMatter } = readFrontMatter(text, { template: path.basename(file), file });
  const name = cleanTemplateName(frontMatter.name ?? path.basename(file, path.extname(file)));
  const named = frontMatter.name ? text : setFrontMatterName(text, name);
  const template = await serialized(store, () => addTemplate(store, name, named));
  return { saved: true, template, problems };
}

/**
 * Writes a template's saved text (built-in or the user's) to a file the analyst chooses, for
 * sharing: `chooseFile` (main's save dialog) is asked only once the template is known to exist,
 * so a wrong id is reported without a dialog. Only `.hbs` files are written, so a mistaken path
 * cannot replace a library or a document. Resolves to the file written, or undefined when the
 * analyst cancelled.
 */
export async function exportTemplate(
  id: string,
  chooseFile: (suggestedName: string) => Promise<string | undefined>,
  options: TemplateStoreOptions = {},
): Promise<string | undefined> {
  const { text } = await savedText(storeOf(options), id);
  const file = await chooseFile(`${id}.hbs`);
  if (file === undefined) return undefined;
  if (path.extname(file).toLowerCase() !== '.hbs') throw new TemplateChangeError(`${file}: a template is exported as a .hbs file`);
  await saveUserFile(path.resolve(file), text);
  return path.resolve(file);
}

/**
 * Checks text as {@link saveTemplate} would, against the built-in partials and the user's own:
 * the editor shows these problems as the analyst types.
 */
export async function checkTemplateText(text: string, name = 'template.hbs', options: TemplateStoreOptions = {}): Promise<TemplateProblem[]> {
  assertTemplateSize(text);
  return checkTemplate(text, name, { partials: await partialsOf(storeOf(options)) });
}

/**
 * A template made from unsaved text, for previewing an edit as a real PDF (`exportPdf` takes
 * it). Throws {@link TemplateError} when the text does not load; check it first to show every
 * problem.
 */
export async function parseTemplateText(id: string, text: string, options: TemplateStoreOptions = {}): Promise<LoadedTemplate> {
  const store = storeOf(options);
  assertTemplateSize(text);
  return parseTemplate({ id: assertTemplateId(id), file: savedFile(store, id), source: text, builtIn: false, partials: await partialsOf(store) });
}

/** Writes a new user template under a fresh id; callers hold the folder's queue. */
async function addTemplate(store: Store, name: string, text: string): Promise<TemplateListing> {
  assertTemplateSize(text);
  const id = templateIdFor(name, await takenIds(store));
  await writeStoreFile(savedFile(store, id), text);
  return listingOf(store, id, false);
}
