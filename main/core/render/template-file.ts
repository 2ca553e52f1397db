import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_TEMPLATE_BYTES } from '../model/template';
import { defaultResourceLayout } from '../resources';
import type { ResourceLayout } from '../resources';
import type { LoadedTemplate } from './loaded-template';
import { isBuiltInFile, partialFolders, readPartials } from './partials';
import { parseTemplate } from './parse-template';
import { TemplateError } from './template-error';

/**
 * Loads the template in a `.hbs` file, wherever it is.
 *
 * Only two callers may name that file: `loadTemplate`, with a file it found for a template id
 * inside the built-in or user templates folder, and the command line, with the file its user
 * typed (`briefbook export --template FILE`). Nothing the window sends reaches this module
 * (lint forbids main/app and the export worker to import it), so a page cannot make main read
 * a file by naming it.
 *
 * Partials come from the `partials/` folder beside the template and, for the ones it lacks,
 * from the built-in `partials/`; so a copy of `memo.hbs` kept anywhere still finds the
 * built-in title block and endnotes. Loaded templates are cached and re-read only when one of
 * their files changes on disk, so repeated exports do not touch the templates again.
 * Throws TemplateError for a broken template or one over the size limit, and the file system's
 * error for a missing one.
 */
export async function loadTemplateFile(file: string, layout: ResourceLayout = defaultResourceLayout()): Promise<LoadedTemplate> {
  const resolved = path.resolve(file);
  const cached = cache.get(resolved);
  if (cached && (await isUnchanged(cached.stamps))) return cached.template;

  const partialDirs = partialFolders(resolved, layout);
  // Stamps are taken before reading, so an edit made while reading triggers a reload next time.
  const stamps = await stampFiles([resolved, ...partialDirs]);
  const { size } = stamps[0]!;
  if (size > MAX_TEMPLATE_BYTES) {
    throw new TemplateError(path.basename(resolved), 0, 0, `the file is ${size} bytes; a template may have at most ${MAX_TEMPLATE_BYTES} (1 MB)`, resolved);
  }
  const [source, partials] = await Promise.all([readFile(resolved, 'utf8'), readPartials(partialDirs)]);
  stamps.push(...(await stampFiles(Object.values(partials).map((partial) => partial.file))));

  const template = parseTemplate({ id: path.basename(resolved, '.hbs'), file: resolved, source, builtIn: isBuiltInFile(resolved, layout), partials });
  cache.set(resolved, { template, stamps });
  return template;
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
