import { writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { solidPng } from '../../../test/fixtures/images';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { testHandlerContext } from '../../../test/fixtures/handler-context';
import { readPdf } from '../../../test/read-pdf';
import type { ApiResult, Channel, RequestOf, Responses } from '../../api';
import { LibraryStore } from '../../core/library';
import { writePageSetup } from '../../core/render/page-setup-form';
import { dispatch } from '../dispatch';
import { createHandlers } from '../handlers';

// The native dialog is Electron's: the one thing stood in for. Everything from the dialog's
// answer on (reading the image, the front matter, saving, laying out) is the app's own code.
const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/home/analyst/Documents') },
  dialog: { showOpenDialog: vi.fn() },
  shell: {},
}));
vi.mock('electron', () => electron);
const { chooseFileToOpen } = await import('../dialogs');

/** How many images each page of a PDF paints. */
async function imagesPerPage(bytes: Uint8Array): Promise<number[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const counts: number[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const { fnArray } = await (await doc.getPage(number)).getOperatorList();
      counts.push(fnArray.filter((op) => op === OPS.paintImageXObject).length);
    }
    return counts;
  } finally {
    await doc.destroy();
  }
}

describe('a logo and the page setup, from the studio to the PDF', () => {
  let dir: string;
  let invoke: <C extends Channel>(channel: C, payload?: RequestOf<C>) => Promise<ApiResult<Responses[C]>>;

  beforeEach(async () => {
    vi.clearAllMocks();
    dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-logo-'));
    const file = path.join(dir, 'library.json');
    writeFileSync(file, JSON.stringify(makeLibrary()));
    const store = await LibraryStore.open(file, { seedFile: file });
    const handlers = createHandlers(testHandlerContext(store, { chooseFileToOpen: (options) => chooseFileToOpen(undefined, options) }));
    invoke = (channel, payload) => dispatch(handlers, channel, payload, true) as never;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const value = <T>(result: ApiResult<T>): T => {
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  const pick = (file: string | undefined) =>
    electron.dialog.showOpenDialog.mockResolvedValue(file ? { canceled: false, filePaths: [file] } : { canceled: true, filePaths: [] });

  it('asks for a PNG or JPEG in the native dialog and hands back the image, not its path', async () => {
    const png = solidPng(90, 30);
    await writeFile(path.join(dir, 'crest.png'), png);
    pick(path.join(dir, 'crest.png'));
    const choice = value(await invoke('template:choose-logo'));
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({
      title: 'Choose Logo',
      buttonLabel: 'Choose',
      defaultPath: '/home/analyst/Documents',
      filters: [{ name: 'Logo image (PNG, JPEG)', extensions: ['png', 'jpg', 'jpeg'] }],
      properties: ['openFile'],
    });
    expect(choice).toEqual({
      canceled: false,
      logo: { dataUri: `data:image/png;base64,${png.toString('base64')}`, name: 'crest.png', type: 'png', width: 90, height: 30, bytes: png.length },
    });
    expect(JSON.stringify(choice)).not.toContain(dir);

    pick(undefined);
    expect(value(await invoke('template:choose-logo'))).toEqual({ canceled: true });
  });

  it('refuses a picked file that is no PNG or JPEG, saying which and what to do', async () => {
    await writeFile(path.join(dir, 'crest.png'), 'GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    pick(path.join(dir, 'crest.png'));
    const result = await invoke('template:choose-logo');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ message: 'crest.png is not a PNG or JPEG image (it is GIF).', hint: 'Save the logo as PNG or JPEG and choose it again.' });
  });

  it('exports with every page-setup field the form writes: paper, orientation, margins, marking, header and footer, logo', async () => {
    const copy = value(await invoke('template:duplicate', { id: 'memo' }));
    const { text } = value(await invoke('template:open', { id: copy.id }));
    await writeFile(path.join(dir, 'crest.png'), solidPng(120, 40));
    pick(path.join(dir, 'crest.png'));
    const choice = value(await invoke('template:choose-logo'));
    if (choice.canceled) throw new Error('the dialog was answered');

    const [left, top, right, bottom] = [100, 96, 80, 88];
    const edited = writePageSetup(text, {
      pageSize: 'A5',
      orientation: 'landscape',
      margins: [left, top, right, bottom],
      marking: 'TLP:GREEN',
      headerText: 'Quillwort header for {{to}}',
      footerText: 'Bramblefoot footer',
      logo: choice.logo.dataUri,
    });
    expect(value(await invoke('template:save', { id: copy.id, text: edited }))).toMatchObject({ saved: true });

    const briefing = { ...makeBriefing('b'), templateId: copy.id, to: 'the Director' };
    const { pdf } = value(await invoke('briefing:preview', briefing));
    const read = await readPdf(pdf);
    // A5 landscape: 210 × 148 mm.
    expect(read.sizes[0]!.width).toBeCloseTo(595.28, 1);
    expect(read.sizes[0]!.height).toBeCloseTo(419.53, 1);
    for (const page of read.pages) {
      expect(page).toContain('Quillwort header for the Director');
      expect(page).toContain('Bramblefoot footer');
      expect(page).toContain('TLP:GREEN');
    }
    // The text stays within the margins: the body's lines start at the left one and end before
    // the right one; the first line of the body is below the top one.
    const { width, height } = read.sizes[0]!;
    const runs = read.items.flat().filter((run) => run.str.trim());
    expect(Math.min(...runs.map((run) => run.x))).toBeCloseTo(left, 0);
    expect(Math.max(...runs.map((run) => run.x + run.width))).toBeLessThanOrEqual(width - right + 0.5);
    const body = read.items[0]!.filter((run) => run.str === 'MEMORANDUM');
    expect(body[0]!.y).toBeLessThan(height - top);
    // The logo: on the first page only, above the text (which it pushes down).
    expect(await imagesPerPage(pdf)).toEqual([1, ...Array.from({ length: read.numPages - 1 }, () => 0)]);
    const withoutLogo = await readPdf(value(await invoke('template:preview', { id: copy.id, text: writePageSetup(edited, { logo: undefined }), briefing })).pdf);
    const memorandumY = (pdfRead: typeof read) => pdfRead.items[0]!.find((run) => run.str === 'MEMORANDUM')!.y;
    expect(memorandumY(withoutLogo) - memorandumY(read)).toBeGreaterThan(40);
  });
});
