import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { briefbookForEachTest } from './app-per-test';
import { root } from './harness';
import { RecordEditor } from './models/record-editor';

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));
const summaryOf = (id: string) => seed.records.find((r) => r.id === id)!.summary;

describe('Library search, end to end', () => {
  const launch = briefbookForEachTest();

  it('finds the Gerasimov record typed in Cyrillic, the liaison records by "liaisons", and "channel" only in records that speak of channels', async () => {
    const app = await launch();
    const { library } = app;
    await library.waitForRecordCount(seed.records.filter((r) => r.status === 'active').length);

    await library.search('Герасимов');
    await library.waitForRecordCount(1);
    expect(await library.listedSummaries()).toEqual([summaryOf('eln-2021-10')]);
    await app.screenshot('library-search-cyrillic');

    await library.search('liaisons');
    await library.waitForRecordCount(3);
    expect((await library.listedSummaries()).sort()).toEqual(['elbe-2019-26', 'elbe-2019-27', 'eln-2021-14'].map(summaryOf).sort());

    // The Elbe article's title says "Channels"; its records are found by that only when asked with source:.
    await library.search('channel');
    await library.waitForRecordCount(4);
    await library.search('source:"official channels" liaison');
    await library.waitForRecordCount(2);
    expect((await library.listedSummaries()).sort()).toEqual(['elbe-2019-26', 'elbe-2019-27'].map(summaryOf).sort());
  });

  it('finds an edited record by its new words, and no longer by the old', async () => {
    const app = await launch();
    const { library, page } = app;
    const editor = new RecordEditor(page);
    await library.search('Gerasimov');
    await library.waitForRecordCount(1);
    await library.selectRecord(summaryOf('eln-2021-10'));
    await editor.editShownRecord();
    await editor.field('Summary').fill('A standing hotline between the chiefs of staff.');
    await editor.save();

    await library.search('hotline');
    await library.waitForRecordCount(1);
    expect(await library.listedSummaries()).toEqual(['A standing hotline between the chiefs of staff.']);
    await library.search(`"${summaryOf('eln-2021-10')}"`);
    await library.waitForRecordCount(0);
  });
});
