import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryFileError } from '../core/library';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn((name: string) => `/home/analyst/${name === 'documents' ? 'Documents' : name}`) },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
  shell: { openPath: vi.fn(), showItemInFolder: vi.fn() },
}));

vi.mock('electron', () => electron);

const { chooseExportFile, chooseFileToImport, openPath, showLibraryProblem } = await import('./dialogs');

beforeEach(() => {
  vi.clearAllMocks();
});

describe('chooseExportFile', () => {
  it('offers the suggested name in Documents, PDF only', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/analyst/Documents/Memo.pdf' });
    await expect(chooseExportFile(undefined, 'Memo.pdf')).resolves.toBe('/home/analyst/Documents/Memo.pdf');
    const options = electron.dialog.showSaveDialog.mock.calls[0]![0];
    expect(options).toMatchObject({ defaultPath: path.join('/home/analyst/Documents', 'Memo.pdf'), filters: [{ extensions: ['pdf'] }] });
  });

  it('adds .pdf to a name typed without it', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/tmp/memo' });
    await expect(chooseExportFile(undefined, 'Memo.pdf')).resolves.toBe('/tmp/memo.pdf');
  });

  it('resolves to undefined when the analyst cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(chooseExportFile(undefined, 'Memo.pdf')).resolves.toBeUndefined();
  });
});

describe('chooseFileToImport', () => {
  it('offers one file of the formats Briefbook imports, starting in Downloads', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/analyst/Downloads/statement.pdf'] });
    await expect(chooseFileToImport(undefined)).resolves.toBe('/home/analyst/Downloads/statement.pdf');
    const options = electron.dialog.showOpenDialog.mock.calls[0]![0];
    expect(options).toMatchObject({ defaultPath: '/home/analyst/downloads', properties: ['openFile'] });
    expect(options.filters[0].extensions).toEqual(['txt', 'md', 'markdown', 'html', 'htm', 'pdf']);
  });

  it('resolves to undefined when the analyst cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(chooseFileToImport(undefined)).resolves.toBeUndefined();
  });
});

describe('openPath', () => {
  it('rejects with the reason the OS gave', async () => {
    electron.shell.openPath.mockResolvedValue('No application is registered for PDF');
    await expect(openPath('/tmp/memo.pdf')).rejects.toThrow('Could not open /tmp/memo.pdf: No application is registered for PDF');
  });
});

describe('showLibraryProblem', () => {
  const problem = new LibraryFileError('parse', '/home/analyst/.config/Briefbook/library.json', 'Unexpected end of JSON input', {
    line: 4,
    column: 1,
    field: 'topics',
  });

  it('names the file, line and field, says what to do and that the file is untouched', async () => {
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    await expect(showLibraryProblem(problem)).resolves.toBe('continue');
    const options = electron.dialog.showMessageBox.mock.calls[0]![0];
    expect(options.message).toContain('/home/analyst/.config/Briefbook/library.json (line 4, field topics)');
    expect(options.detail).toContain(problem.hint);
    expect(options.detail).toContain('Your file has not been changed');
    expect(options.buttons).toEqual(['Continue Read-Only', 'Show File', 'Quit']);
  });

  it('shows the file in its folder, then continues', async () => {
    electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
    await expect(showLibraryProblem(problem)).resolves.toBe('continue');
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith('/home/analyst/.config/Briefbook/library.json');
  });

  it('quits when asked', async () => {
    electron.dialog.showMessageBox.mockResolvedValue({ response: 2 });
    await expect(showLibraryProblem(problem)).resolves.toBe('quit');
  });
});
