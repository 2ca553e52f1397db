import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { newBriefing } from '../core/compose/new-briefing';
import { templateFileRenderer } from '../core/export-with-template-file';
import { calendarDateProblem } from '../core/model';
import { sizeAgainstLimit } from '../core/byte-size';
import { MAX_TEMPLATE_BYTES } from '../core/templates';
import { displayPath } from './display-path';
import { assertSelectionFindsRecords } from './empty-selection';
import { UsageError } from './errors';
import { assertWritableFolder } from './out-folder';
import { ExportFolders, exportFoldersFile } from '../core/shelf';
import { exportToFile } from '../core/use-cases/export-to-file';
import { openLibrary, openLibraryStore, selectionFrom, type LibraryOptions, type SelectionOptions } from './library-option';
import { counted } from './counted';
import { exportWarnings } from './export-warnings';
import { paperOption } from './paper-option';
import { systemPaper } from '../core/editing/paper-for-locale';
import { restoreShapedWords } from '../core/pdf/restore-shaped-words';
import { launch } from './launch';

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
  /** Archival PDF/A-2b. */
  pdfa?: boolean;
  /** Print what was written as one JSON object instead of sentences. */
  json?: boolean;
  /** Export even if the selection finds no records. */
  allowEmpty?: boolean;
  /** Print records `briefbook import` added without review (left out otherwise). */
  includeUnreviewed?: boolean;
  /** `letter` or `a4`; default: the template's, else the system locale's. */
  paper?: string;
  /** False (`--no-author`): leave the author out of the PDF's metadata. */
  author?: boolean;
  /** Record the export on the library's reading-room shelf (default: only for the user's library). */
  shelve?: boolean;
  out: string;
}

/** `briefbook export`: one briefing from the library to a PDF file. */
export async function runExport(
  options: ExportOptions,
  print: (line: string) => void,
  warn: (line: string) => void = (line) => process.stderr.write(`briefbook: ${line}\n`),
): Promise<void> {
  const dateProblem = options.date === undefined ? undefined : calendarDateProblem(options.date);
  if (dateProblem) throw new UsageError(`--date: ${dateProblem}`);
  const paper = paperOption(options.paper);
  const out = path.resolve(options.out);
  await assertWritableFolder(out);
  await assertReplaceable(out);
  await assertTemplateFileSize(options.template);
  const shelveIt = options.shelve ?? options.library === undefined;
  // A library the export is recorded in is opened for writing from the start, so it is read once.
  const store = shelveIt ? await openLibraryStore(options) : undefined;
  // Refused before the PDF is written: an export that cannot be shelved is not what was asked for.
  if (store?.readOnly) throw store.readOnly;
  const library = store?.data ?? (await openLibrary(options)).library;
  const selection = { ...selectionFrom(library, options), ...(options.includeUnreviewed ? { includeUnreviewed: true } : {}) };
  if (!options.allowEmpty) assertSelectionFindsRecords(library, selection);
  const templateFile = isTemplateFile(options.template) ? path.resolve(options.template) : undefined;
  const briefing = newBriefing(library, {
    title: options.title,
    subject: options.subject,
    to: options.to,
    from: options.from,
    date: options.date,
    marking: options.marking,
    bluf: options.bluf,
    draft: options.draft ?? false,
    pdfa: options.pdfa ?? false,
    paper,
    omitAuthor: options.author === false,
    // A file is recorded on the shelf as it was named, for the analyst to see; it is never
    // taken for a template id (the app refuses it as an unknown template when regenerating).
    templateId: templateFile ?? options.template,
    selection,
  });
  // Words shaped by earlier runs, so this one does not shape them again while V8 is still cold.
  const started = launch();
  const shapedWords = started && (await restoreShapedWords(started.shapedWordsDir, started.build));
  const { exported } = await exportToFile({
    library,
    briefing,
    file: out,
    at: new Date(),
    render: templateFile ? templateFileRenderer(templateFile) : undefined,
    localePaper: systemPaper(),
    shelf: store,
    whenNotShelved: 'fail',
    // The analyst chose this folder: the app may save a regenerated version beside the file.
    exportFolders: store ? new ExportFolders(exportFoldersFile()) : undefined,
  }).catch((error: unknown) => {
    const { code, path: failed } = error as NodeJS.ErrnoException;
    if (templateFile && failed === templateFile && (code === 'ENOENT' || code === 'EISDIR')) throw new UsageError(`--template: no template file ${displayPath(templateFile)}`);
    throw error;
  });
  await shapedWords?.save();
  const { pageCount, model } = exported;
  for (const line of exportWarnings(library, selection, model)) warn(line);
  if (!options.json) {
    print(
      `Wrote ${displayPath(out)}: ${counted(pageCount, 'page')}, ` +
        `${counted(model.stats.records, 'record')} on ${counted(model.stats.topics, 'topic')} from ${counted(model.stats.sources, 'source')}.`,
    );
    if (store) print(`Added to the reading room's shelf in ${displayPath(store.file)}.`);
  }
  // Printed last, once the shelf is written too, so a script reads it only if everything succeeded.
  if (options.json) {
    const written = {
      file: out,
      pages: pageCount,
      records: model.stats.records,
      topics: model.stats.topics,
      sources: model.stats.sources,
      template: briefing.templateId,
      shelf: store?.file ?? null,
    };
    print(JSON.stringify(written, null, 2));
  }
}

/** A template file named on the command line is held to the size the app allows any template. */
async function assertTemplateFileSize(template: string): Promise<void> {
  if (!isTemplateFile(template)) return;
  const size = await stat(template).then(
    (info) => (info.isFile() ? info.size : 0),
    () => 0, // a missing file is reported by the export
  );
  if (size > MAX_TEMPLATE_BYTES) {
    throw new UsageError(`--template ${template} ${sizeAgainstLimit(size, MAX_TEMPLATE_BYTES)} for a template. Check that it names the right file.`);
  }
}

/** `--template` takes a template id, or a path to a `.hbs` file (the command line's user named it). */
function isTemplateFile(template: string): boolean {
  return template.endsWith('.hbs') || /[\\/]/.test(template);
}

/** An existing output file may be replaced only if it is a PDF: a mistyped --out must not destroy other work. */
async function assertReplaceable(file: string): Promise<void> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!info) return;
  if (info.isDirectory()) throw new UsageError(`--out ${file} is a folder; name a file in it, such as ${path.join(file, 'briefing.pdf')}.`);
  // A named pipe or a device is never replaced, nor opened (opening a pipe would wait for a writer).
  if (!info.isFile()) throw new UsageError(`--out ${file} exists and is not a regular file; it was left untouched. Choose another file name.`);
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw new UsageError(`--out ${file} exists and cannot be read to check that it is a PDF (${code ?? String(error)}); it was left untouched.`);
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
