import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { pdfkitPdf } from '../../../test/fixtures/pdfkit-pdf';
import { openTempStore, type TempStore } from '../../../test/fixtures/temp-store';
import { exportBriefing } from '../export-briefing';
import { addPdfToShelf, relocateShelved } from './shelf-files';

const now = new Date('2025-03-04T05:06:07Z');
let temp: TempStore;
let pdf: string;

beforeEach(async () => {
  temp = await openTempStore();
  pdf = path.join(path.dirname(temp.file), 'Crisis.pdf');
  await writeFile(pdf, (await exportBriefing(makeLibrary(), makeBriefing('brief-1', 'Crisis channels'))).bytes);
});
afterEach(() => temp.remove());

describe('addPdfToShelf and relocateShelved, without a window', () => {
  it('shelves a PDF once under its own title, and finds it again only where the same bytes are', async () => {
    const added = await addPdfToShelf(temp.store, pdf, now);
    expect(added).toMatchObject({ status: 'added', item: { title: 'Crisis channels', file: pdf, addedAt: now.toISOString(), lastPage: 1 } });
    expect(await addPdfToShelf(temp.store, pdf, now)).toEqual(added);
    expect(temp.store.data.shelf).toHaveLength(1);
    const entry = temp.store.data.shelf[0]!;

    const moved = path.join(path.dirname(pdf), 'Moved.pdf');
    await rename(pdf, moved);
    const impostor = path.join(path.dirname(pdf), 'Other.pdf');
    await writeFile(impostor, (await exportBriefing(makeLibrary(), makeBriefing('brief-2', 'Something else'))).bytes);
    expect(await relocateShelved(temp.store, entry, impostor)).toEqual({ status: 'mismatch', file: impostor });
    expect(temp.store.data.shelf[0]!.file).toBe(pdf);
    expect(await relocateShelved(temp.store, entry, moved)).toMatchObject({ status: 'relocated', item: { file: moved, missing: false } });
    expect(temp.store.data.shelf[0]!.file).toBe(moved);
  });

  it('shelves a PDF with the marking it carries, and one that states none without a marking', async () => {
    const folder = path.dirname(pdf);
    const marked = path.join(folder, 'Council notes.pdf');
    await writeFile(marked, await pdfkitPdf({ banner: 'OFFICIAL-SENSITIVE', body: 'Notes of the council meeting.' }));
    const plain = path.join(folder, 'Press release.pdf');
    await writeFile(plain, await pdfkitPdf({ body: 'A press release.' }));

    expect(await addPdfToShelf(temp.store, marked, now)).toMatchObject({ status: 'added', item: { title: 'Council notes', marking: 'OFFICIAL-SENSITIVE' } });
    expect(await addPdfToShelf(temp.store, plain, now)).toMatchObject({ status: 'added', item: { title: 'Press release', marking: '' } });
    expect(temp.store.data.shelf.map((entry) => entry.marking)).toEqual(['OFFICIAL-SENSITIVE', '']);
  });

  it('says why a file that is not a PDF cannot be shelved, and leaves the shelf as it was', async () => {
    const text = path.join(path.dirname(pdf), 'notes.pdf');
    await writeFile(text, 'not a pdf at all');
    expect(await addPdfToShelf(temp.store, text, now)).toMatchObject({ status: 'unreadable', file: text });
    expect(temp.store.data.shelf).toHaveLength(0);
  });
});
