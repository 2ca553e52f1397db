import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { readFrontMatter } from '../render/front-matter';
import { TemplateNotFoundError, isTemplateId } from '../render/templates';
import { templateIdFor } from './template-names';
import {
  draftFile,
  isFile,
  listingOf,
  readTemplateText,
  savedFile,
  serialized,
  storeOf,
  takenIds,
  userTemplateFile,
  writeStoreFile,
} from './template-store';
import type { Store, TemplateListing, TemplateStoreOptions } from './template-store';
import type { TrashedTemplate } from './template-types';

/**
 * Deleting a user template moves it, with its draft, to `.trash/` in the templates folder,
 * where `restoreTemplate` can bring it back. Files are copied durably before the originals
 * go, so a crash in between leaves the template in both places, never in neither.
 */

export type { TrashedTemplate } from './template-types';

const TRASH_ID = /^(.+)--(\d{8}T\d{9}Z)$/;

/** Moves one of the user's templates (and its draft) to the trash. */
export async function deleteTemplate(id: string, options: TemplateStoreOptions = {}): Promise<TrashedTemplate> {
  const store = storeOf(options);
  return serialized(store, async () => {
    const file = await userTemplateFile(store, id);
    const deletedAt = new Date();
    const trashId = `${id}--${deletedAt.toISOString().replace(/[-:.]/g, '')}`;
    const text = await readTemplateText(file);
    await moveFile(draftFile(store, id), trashFiles(store, trashId).draft);
    await writeStoreFile(trashFiles(store, trashId).saved, text);
    await rm(file);
    return { trashId, id, name: nameIn(text, id), deletedAt: deletedAt.toISOString() };
  });
}

/** What the trash holds, most recently deleted first. */
export async function listTrash(options: TemplateStoreOptions = {}): Promise<TrashedTemplate[]> {
  const store = storeOf(options);
  const names = await readdir(trashDir(store)).catch(() => [] as string[]);
  const entries = names
    .filter((name) => name.endsWith('.hbs') && !name.endsWith('.draft.hbs'))
    .map((name) => parseTrashId(name.slice(0, -4)))
    .filter((entry) => entry !== undefined);
  const listed = await Promise.all(
    entries.map(async (entry) => ({ ...entry, name: nameIn(await readTemplateText(trashFiles(store, entry.trashId).saved), entry.id) })),
  );
  return listed.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

/**
 * Brings a template back from the trash, with its draft: under its old id, or a fresh one if
 * a template has taken that id meanwhile.
 */
export async function restoreTemplate(trashId: string, options: TemplateStoreOptions = {}): Promise<TemplateListing> {
  const store = storeOf(options);
  const entry = parseTrashId(trashId);
  if (!entry) throw new TemplateNotFoundError(`"${trashId}" is not an entry of the template trash`);
  return serialized(store, async () => {
    const files = trashFiles(store, entry.trashId);
    if (!(await isFile(files.saved))) throw new TemplateNotFoundError(`"${trashId}" is not in the template trash (already restored?)`);
    const taken = await takenIds(store);
    const id = taken.has(entry.id) ? templateIdFor(entry.id, taken) : entry.id;
    // The saved file first: a draft written after it counts as newer, as it was before the delete.
    await writeStoreFile(savedFile(store, id), await readTemplateText(files.saved));
    await moveFile(files.draft, draftFile(store, id));
    await rm(files.saved);
    return listingOf(store, id, false);
  });
}

function trashDir(store: Store): string {
  return path.join(store.dir, '.trash');
}

function trashFiles(store: Store, trashId: string): { saved: string; draft: string } {
  return { saved: path.join(trashDir(store), `${trashId}.hbs`), draft: path.join(trashDir(store), `${trashId}.draft.hbs`) };
}

/** Moves a file that may not exist: a durable copy first, then the original goes. */
async function moveFile(from: string, to: string): Promise<void> {
  if (!(await isFile(from))) return;
  await writeStoreFile(to, await readTemplateText(from));
  await rm(from);
}

function parseTrashId(trashId: string): Omit<TrashedTemplate, 'name'> | undefined {
  const match = TRASH_ID.exec(trashId);
  if (!match || !isTemplateId(match[1])) return undefined;
  const stamp = match[2]!;
  const deletedAt = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  return { trashId, id: match[1]!, deletedAt };
}

function nameIn(text: string, id: string): string {
  return readFrontMatter(text, { template: `${id}.hbs`, file: `${id}.hbs` }).frontMatter.name ?? id;
}
