import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { closeBriefbook, launchBriefbook, root, type BriefbookApp } from './harness';

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));
const summaryOf = (id: string) => seed.records.find((r) => r.id === id)!.summary;
const readLibrary = async (app: BriefbookApp) => Library.parse(JSON.parse(await readFile(app.libraryFile, 'utf8')));

describe('Same position elsewhere, end to end', () => {
  let app: BriefbookApp | undefined;

  afterEach(async () => {
    const problems = await closeBriefbook(app);
    app = undefined;
    expect(problems).toEqual([]);
  });

  it('shows a record’s linked position, confirms one suggested record and rejects another for good', async () => {
    app = await launchBriefbook();
    const { library } = app;
    await library.waitForRecordCount(seed.records.filter((r) => r.status === 'active').length);

    // A seed agreement: the liaison records are linked already.
    await library.selectRecord(summaryOf('elbe-2019-27'));
    const panel = library.detail().getByRole('region', { name: 'Same position elsewhere' });
    await panel.getByText('A Russian military liaison at NATO’s military headquarters', { exact: true }).waitFor();
    expect(await panel.getByRole('button', { name: summaryOf('eln-2021-14') }).count()).toBe(1);

    // Cutting training near the border and warning of bomber sorties: suggested, and confirmed.
    await library.selectRecord(summaryOf('elbe-2019-23'));
    const suggestion = panel.locator('li[data-record-id="eln-2021-18"]');
    await suggestion.waitFor();
    await app.screenshot('same-position-suggestions');
    await suggestion.getByRole('button', { name: 'Same position' }).click();
    await panel.getByRole('button', { name: 'Take this record out' }).waitFor();
    const linked = (await readLibrary(app)).positions.find((p) => p.members.some((m) => m.recordId === 'elbe-2019-23'));
    expect(linked?.members.map((m) => m.recordId)).toEqual(['elbe-2019-23', 'eln-2021-18']);

    // Rejecting a suggestion keeps it from coming back, in the file and in the panel.
    await library.selectRecord(summaryOf('elbe-2019-25'));
    const offered = panel.locator('li[data-record-id]').first();
    await offered.waitFor();
    const otherId = (await offered.getAttribute('data-record-id'))!;
    await offered.getByRole('button', { name: 'Not the same' }).click();
    await panel.locator(`li[data-record-id="${otherId}"]`).waitFor({ state: 'detached' });
    expect((await readLibrary(app)).rejectedLinks.map((l) => l.recordIds.join())).toContain(['elbe-2019-25', otherId].sort().join());
  });
});
