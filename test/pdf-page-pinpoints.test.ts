// A source imported from a PDF keeps its pages: a record drawn from its second page is cited
// "p. 2, para. N" in the exported memo, read back from the PDF as a reader gets it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newBriefing } from '../main/core/compose/new-briefing';
import { addRecord } from '../main/core/editing/records';
import { exportBriefing } from '../main/core/export-briefing';
import { addImportToLibrary, importFile } from '../main/core/importer/import-source';
import { makeFixturePdf } from './fixtures/import/make-fixture-pdf';
import { openTempStore, type TempStore } from './fixtures/temp-store';
import { normalize, readPdf } from './read-pdf';

const NOW = new Date('2026-03-02T10:00:00Z');
const PAGE_1_PASSAGE = 'We are concerned that the absence of regular military-to-military contacts leaves commanders without the means to clarify intentions during a crisis.';
const PAGE_2_PASSAGE = 'establish a permanent hotline between the Supreme Allied Commander Europe and the Chief of the Russian General Staff.';

let scratch: string;
let temp: TempStore;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'briefbook-page-pinpoints-'));
  temp = await openTempStore();
});
afterEach(async () => {
  await temp.remove();
  await rm(scratch, { recursive: true, force: true });
});

/** The paragraph a passage is in, counted as docs/citations.md says: every line with text, from the top. */
function paragraphOf(text: string, passage: string): number {
  const linesBefore = text.slice(0, text.lastIndexOf('\n', text.indexOf(passage)) + 1).split('\n');
  return linesBefore.filter((line) => line.trim()).length + 1;
}

describe('page pinpoints for a source read from a PDF', () => {
  it('imports a two-page PDF, and cites a record from its second page by page and paragraph in the exported memo', async () => {
    const file = path.join(scratch, 'brief.pdf');
    await writeFile(file, await makeFixturePdf(path.join(import.meta.dirname, 'fixtures', 'import', 'hyphenated-brief.pdf.json')));
    const imported = await importFile(file, { topics: temp.store.data.topics, today: NOW, source: { publisher: 'Euro-Atlantic Security Leadership Group' } });
    const { sourceId } = await addImportToLibrary(temp.store, imported, NOW);
    const { text, pageStarts } = temp.store.data.sources.find((s) => s.id === sourceId)!;
    expect(pageStarts).toEqual([text.indexOf('  • establish a permanent hotline')]);

    // Records the analyst adds by hand (the imported ones stay out of exports until reviewed).
    const record = { kind: 'recommendation' as const, speaker: 'EASLG', topics: ['crisis-management'] };
    await addRecord(temp.store, { ...record, sourceId, statement: PAGE_1_PASSAGE, summary: 'Commanders cannot clarify intentions.' }, NOW);
    await addRecord(temp.store, { ...record, sourceId, statement: PAGE_2_PASSAGE, summary: 'A hotline between SACEUR and the Russian CGS.' }, NOW);

    const library = temp.store.data;
    const briefing = newBriefing(library, { title: 'Military contacts', date: '2026-03-02', selection: { sources: [sourceId] } }, NOW);
    const { bytes, model } = await exportBriefing(library, { ...briefing, templateId: 'memo' });
    expect(model.sections.flatMap((s) => s.records).map((r) => r.statement)).toEqual([PAGE_1_PASSAGE, PAGE_2_PASSAGE]);
    const printed = normalize((await readPdf(bytes)).pages.join(' '));
    // The first note of the source is the full one, the second the short form: both end in the pinpoint.
    expect(printed).toContain(`p. 1, para. ${paragraphOf(text, PAGE_1_PASSAGE)}`);
    expect(printed).toContain(`p. 2, para. ${paragraphOf(text, PAGE_2_PASSAGE)}`);
    expect(paragraphOf(text, PAGE_2_PASSAGE)).toBe(10);
    // The short note names the group whole (its PDF gives it as the author).
    expect(printed).toContain(`Euro-Atlantic Security Leadership Group, “Restoring Military Contacts between,” p. 2, para. 10.`);
  });
});
