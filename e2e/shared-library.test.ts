// The window and other writers of its library: changes made by another program appear without
// a restart, and a library that cannot be written says so across the window.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../main/core/library';
import { Library } from '../main/core/model';
import { briefbookForEachTest } from './app-per-test';
import { root } from './harness';

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));
const activeRecords = seed.records.filter((r) => r.status === 'active');

describe('a library shared with other programs, end to end', () => {
  const launch = briefbookForEachTest();

  it('shows a record another program added to the library, without a restart', async () => {
    const app = await launch();
    await app.library.waitForRecordCount(activeRecords.length);

    // Another process, as the briefbook command would: its own store on the same file.
    const other = await LibraryStore.open(app.libraryFile, { seedFile: app.libraryFile });
    await other.update((draft) => {
      const model = draft.records.find((r) => r.status === 'active')!;
      draft.records.push({ ...model, id: 'added-elsewhere', summary: 'Added by another program while the window was open.' });
    });

    await app.library.waitForRecordCount(activeRecords.length + 1);
    expect(await app.page.getByRole('alert').filter({ hasText: 'Read-only' }).count()).toBe(0);
  });

  it('opens a read-only library with a banner that says so', async () => {
    const app = await launch({ readOnlyLibrary: true });
    await app.library.waitForRecordCount(activeRecords.length);
    const banner = app.page.locator('.read-only-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/^Read-only library\. Briefbook cannot change the library .*library\.json: /);
  });
});
