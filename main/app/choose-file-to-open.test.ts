import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn((name: string) => `/home/analyst/${name === 'documents' ? 'Documents' : name}`) },
  dialog: { showOpenDialog: vi.fn() },
  shell: {},
}));

vi.mock('electron', () => electron);

const { chooseFileToOpen } = await import('./dialogs');

const options = { title: 'Add a PDF', buttonLabel: 'Add', filters: [{ name: 'PDF document', extensions: ['pdf'] }] };

beforeEach(() => {
  vi.clearAllMocks();
});

describe('chooseFileToOpen', () => {
  it('asks for one file of the given types, starting in Documents', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/analyst/Documents/memo.pdf'] });
    await expect(chooseFileToOpen(undefined, options)).resolves.toBe('/home/analyst/Documents/memo.pdf');
    expect(electron.dialog.showOpenDialog.mock.calls[0]![0]).toEqual({
      title: 'Add a PDF',
      buttonLabel: 'Add',
      defaultPath: '/home/analyst/Documents',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['openFile'],
    });
  });

  it('starts where it is told to', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/mnt/usb/memo.pdf'] });
    await chooseFileToOpen(undefined, { ...options, defaultPath: '/mnt/usb' });
    expect(electron.dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: '/mnt/usb' });
  });

  it('resolves to undefined when the analyst cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(chooseFileToOpen(undefined, options)).resolves.toBeUndefined();
  });
});
