import path from 'node:path';
import { app, dialog, shell } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { LibraryFileError } from '../core/library';
import type { OpenFileOptions } from './handlers';

/**
 * Native dialogs and the file manager. Main shows every dialog: the renderer never hands the
 * main process a path to write to, it only asks for an export and main asks the analyst where.
 */

/**
 * Asks where to save an exported PDF; resolves to the chosen file, or undefined on cancel.
 *
 * Starts in Documents with the suggested name; `.pdf` is appended when the analyst typed a name
 * without it.
 */
export async function chooseExportFile(owner: BrowserWindow | undefined, suggestedName: string): Promise<string | undefined> {
  const options: SaveDialogOptions = {
    title: 'Export PDF',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    buttonLabel: 'Export',
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  return askWhereToSave(owner, options, '.pdf');
}

/** The formats the importer reads, as the open dialog offers them. */
const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'pdf'];

/**
 * Asks which article to import; resolves to the chosen file, or undefined on cancel.
 *
 * Starts in Downloads, where saved articles usually are. "All files" stays available: the
 * importer recognizes a PDF or web page by its content whatever it is called.
 */
export async function chooseFileToImport(owner: BrowserWindow | undefined): Promise<string | undefined> {
  const options: OpenDialogOptions = {
    title: 'Import Article',
    defaultPath: app.getPath('downloads'),
    buttonLabel: 'Import',
    filters: [
      { name: 'Articles (text, Markdown, web page, PDF)', extensions: IMPORT_EXTENSIONS },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['openFile'],
  };
  return askWhichFile(owner, options);
}

/** Asks for a `.hbs` template to import; resolves to the chosen file, or undefined on cancel. */
export async function chooseTemplateFile(owner: BrowserWindow | undefined): Promise<string | undefined> {
  const options: OpenDialogOptions = {
    title: 'Import Template',
    defaultPath: app.getPath('documents'),
    buttonLabel: 'Import',
    filters: [{ name: 'Briefbook template', extensions: ['hbs'] }],
    properties: ['openFile'],
  };
  return askWhichFile(owner, options);
}

/** Asks where to export a template; `.hbs` is appended when the analyst typed a name without it. */
export async function chooseTemplateExportFile(owner: BrowserWindow | undefined, suggestedName: string): Promise<string | undefined> {
  const options: SaveDialogOptions = {
    title: 'Export Template',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    buttonLabel: 'Export',
    filters: [{ name: 'Briefbook template', extensions: ['hbs'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  return askWhereToSave(owner, options, '.hbs');
}

/**
 * Asks which file to open (one file, of the types `options.filters` names); resolves to it, or
 * undefined on cancel. Starts in `options.defaultPath`, or Documents.
 */
export async function chooseFileToOpen(owner: BrowserWindow | undefined, options: OpenFileOptions): Promise<string | undefined> {
  const dialogOptions: OpenDialogOptions = {
    title: options.title,
    buttonLabel: options.buttonLabel,
    defaultPath: options.defaultPath ?? app.getPath('documents'),
    filters: options.filters,
    properties: ['openFile'],
  };
  return askWhichFile(owner, dialogOptions);
}

/** The open dialog, attached to `owner` when there is a window; the chosen file, or undefined on cancel. */
async function askWhichFile(owner: BrowserWindow | undefined, options: OpenDialogOptions): Promise<string | undefined> {
  const { canceled, filePaths } = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return canceled ? undefined : filePaths[0];
}

/**
 * The save dialog, attached to `owner` when there is a window; the chosen file with `extension`
 * appended when the analyst typed a name without it (GTK's dialog does not add the filter's
 * extension itself), or undefined on cancel.
 */
async function askWhereToSave(owner: BrowserWindow | undefined, options: SaveDialogOptions, extension: string): Promise<string | undefined> {
  const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return undefined;
  return path.extname(filePath).toLowerCase() === extension ? filePath : `${filePath}${extension}`;
}

/** Opens a file in its default application; rejects with the reason the OS gave. */
export async function openPath(file: string): Promise<void> {
  const problem = await shell.openPath(file);
  if (problem) throw new Error(`Could not open ${file}: ${problem}`);
}

/** Shows a file selected in the file manager. */
export function showInFolder(file: string): void {
  shell.showItemInFolder(file);
}

/** Reports a problem with a title, the message, and what to do about it. */
export async function showError(owner: BrowserWindow | undefined, title: string, message: string, hint?: string): Promise<void> {
  const options = { type: 'error' as const, title, message, detail: hint, buttons: ['OK'] };
  if (owner) await dialog.showMessageBox(owner, options);
  else await dialog.showMessageBox(options);
}

/**
 * Reports an error that stops Briefbook from starting. Usable before `ready` (on Linux it then
 * goes to stderr, which is all there is at that point).
 */
export function showFatalError(message: string): void {
  dialog.showErrorBox('Briefbook cannot start', message);
}

/** What the analyst chose when told their library cannot be used. */
export type LibraryProblemChoice = 'continue' | 'quit';

/**
 * Tells the analyst their library file cannot be used: which file, where in it (line, field),
 * what is wrong, and what to do; and that Briefbook will run on the default library, read-only,
 * with their file left as it is. Offers to show the file in the file manager (so it can be
 * fixed or moved aside) and to quit.
 */
export async function showLibraryProblem(problem: LibraryFileError): Promise<LibraryProblemChoice> {
  const buttons = ['Continue Read-Only', 'Show File', 'Quit'] as const;
  const place = [problem.line && `line ${problem.line}`, problem.field && `field ${problem.field}`].filter(Boolean).join(', ');
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Briefbook could not open your library',
    message: `Your library could not be opened: ${problem.file}${place ? ` (${place})` : ''}.`,
    detail: [
      problem.message,
      'Your file has not been changed. Until it is fixed or moved aside, Briefbook shows its default library read-only: you can read and export, but not save.',
    ].join('\n\n'),
    buttons: [...buttons],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  if (buttons[response] === 'Show File') shell.showItemInFolder(problem.file);
  return buttons[response] === 'Quit' ? 'quit' : 'continue';
}
