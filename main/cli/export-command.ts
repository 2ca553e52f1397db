import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { newBriefing } from '../core/compose/new-briefing';
import { exportBriefing } from '../core/export-briefing';
import { writeFileDurably } from '../core/library';
import { IsoDate } from '../core/model';
import { TemplateNotFoundError } from '../core/render';
import { MAX_TEMPLATE_BYTES } from '../core/templates';
import { displayPath } from './display-path';
import { UsageError } from './errors';
import { exportShelfEntry, shelve } from '../core/shelf';
import { openLibrary, openLibraryStore, selectionFrom, type LibraryOptions, type SelectionOptions } from './library-option';

export interface ExportOptions extends LibraryOptions, SelectionOptions {
  template: string;
  title?: string;
  subject?: string;
  to?: string;
  from?: string;
  date?: string;
  marking?: string;
  bluf?: string;
  draft?: boolean;
  /** Record the export on the library's reading-room shelf (default: only for the user's library). */
  shelve?: boolean;
  out: string;
}

/** `briefbook export`: one briefing from the library to a PDF file. */
export async function runExport(options: ExportOptions, print: (line: string) => void): Promise<void> {
  if (options.date !== undefined && !IsoDate.safeParse(options.date).success) {
    throw new UsageError(`--date "${options.date}" is not a date of the form YYYY-MM-DD`);
  }
  const out = path.resolve(options.out);
  await assertReplaceable(out);
  await assertTemplateFileSize(options.template);
  const shelveIt = options.shelve ?? options.library === undefined;
  // A library the export is recorded in is opened for writing from the start, so it is read once.
  const store = shelveIt ? await openLibraryStore(options) : undefined;
  const library = store?.data ?? (await openLibrary(options)).library;
  const briefing = newBriefing(library, {
    title: options.title,
    subject: options.subject,
    to: options.to,
    from: options.from,
    date: options.date,
    marking: options.marking,
    bluf: options.bluf,
    draft: options.draft ?? false,
    templateId: options.template,
    selection: selectionFrom(library, options),
  });
  const exported = await exportBriefing(library, briefing).catch((error: unknown) => {
    // A template that is not there is a mistake in the command; a broken one is not.
    throw error instanceof TemplateNotFoundError ? new UsageError(error.message) : error;
  });
  const { bytes, pageCount, model } = exported;
  await writeFileDurably(out, bytes);
  print(
    `Wrote ${displayPath(out)}: ${pageCount} ${pageCount === 1 ? 'page' : 'pages'}, ` +
      `${model.stats.records} records on ${model.stats.topics} topics from ${model.stats.sources} sources.`,
  );
  if (store) {
    const entry = exportShelfEntry(library, { briefing, ...exported, file: out, at: new Date() });
    await store.update((draft) => shelve(draft, entry));
    print(`Added to the reading room's shelf in ${displayPath(store.file)}.`);
  }
}

/** A template file named on the command line is held to the size the app allows any template. */
async function assertTemplateFileSize(template: string): Promise<void> {
  if (!template.endsWith('.hbs') && !/[\\/]/.test(template)) return; // an id, not a file
  const size = await stat(template).then(
    (info) => (info.isFile() ? info.size : 0),
    () => 0, // a missing file is reported by the export, with the templates there are
  );
  if (size > MAX_TEMPLATE_BYTES) {
    const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
    throw new UsageError(`--template ${template} is ${mb(size)}; a template may be at most ${mb(MAX_TEMPLATE_BYTES)}. Check that it names the right file.`);
  }
}

/** An existing output file may be replaced only if it is a PDF: a mistyped --out must not destroy other work. */
async function assertReplaceable(file: string): Promise<void> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head.toString('latin1') !== '%PDF-') {
      throw new UsageError(`--out ${file} exists and is not a PDF; it was left untouched. Choose another file name.`);
    }
  } finally {
    await handle.close();
  }
}
