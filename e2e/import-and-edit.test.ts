import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { normalize } from '../test/read-pdf';
import { briefbookForEachTest } from './app-per-test';
import { root, type BriefbookApp } from './harness';

const seed = Library.parse(JSON.parse(readFileSync(path.join(root, 'data', 'library.json'), 'utf8')));
const activeRecords = seed.records.filter((r) => r.status === 'active');

/**
 * A short Track 2 article, as an analyst might save it from a think tank's site. Its third call
 * repeats a record of the default library (eln-2021-02), so the review flags it.
 */
const ARTICLE = `# Retired Generals Call for a Baltic Incidents Hotline

By Anna Keller

12 March 2024

Retired Russian, American and European military officers met in Helsinki for a Track 2 dialogue on military risk in the Baltic region, their third meeting since 2022.

## Recommendations

The group recommended that NATO and Russia establish a military hotline for the Baltic region, staffed around the clock by duty officers on both sides.

The participants urged both sides to notify each other of large exercises near their borders at least 30 days in advance.

Echoing the European Leadership Network, the group said that President Biden should signal to the Allies that the U.S. will not stand in the way if they allow their soldiers to talk to their Russian counterparts.

They also proposed that naval commanders meet once a year to review how the 1972 Incidents at Sea Agreement is applied in the Baltic Sea.

## Concerns

Participants warned that the absence of regular military contacts raises the risk that an accident escalates into a crisis.
`;

const readLibrary = async (app: BriefbookApp) => Library.parse(JSON.parse(await readFile(app.libraryFile, 'utf8')));

describe('Adding and editing sources and records, end to end', () => {
  const launch = briefbookForEachTest();
  let articles: string;

  beforeEach(async () => {
    articles = await mkdtemp(path.join(os.tmpdir(), 'briefbook-articles-'));
  });

  afterEach(async () => {
    await rm(articles, { recursive: true, force: true });
  });

  it('imports an article: confirm its details, accept two candidates, edit one, reject the rest, find them in the library', async () => {
    const file = path.join(articles, 'baltic-hotline.md');
    await writeFile(file, ARTICLE);
    const app = await launch();
    const { importSheet, library } = app;
    await library.waitForRecordCount(activeRecords.length);
    const before = await readFile(app.libraryFile);

    // File > Import…: main's open dialog (the harness's stand-in) chooses the article.
    await app.answerOpenDialog(file);
    await app.menu('import-article');
    await importSheet.sheet().waitFor();

    // The details found in the document are proposed; the missing publisher is left to the analyst.
    expect(await importSheet.sourceField('Title').inputValue()).toBe('Retired Generals Call for a Baltic Incidents Hotline');
    expect(await importSheet.sourceField('Authors').inputValue()).toBe('Anna Keller');
    expect(await importSheet.sourceField('Date').inputValue()).toBe('2024-03-12');
    expect(await importSheet.sourceField('Publisher').inputValue()).toBe('');
    await importSheet.sheet().getByRole('button', { name: 'Confirm details' }).click();
    await importSheet.sheet().getByText('Give the publisher (the organisation that published it)').waitFor();
    await app.screenshot('import-source');
    await importSheet.sourceField('Publisher').fill('Baltic Security Network');
    await importSheet.sourceField('Dialogue or forum').fill('Helsinki Baltic Dialogue');
    await importSheet.confirmDetails();

    // Every candidate, its passage marked in the source text when selected; the repeated call is flagged.
    const candidates = await importSheet.candidates();
    expect(candidates.map((c) => c.kind)).toEqual(['Recommendation', 'Recommendation', 'Recommendation', 'Proposal', 'Concern']);
    expect(candidates.map((c) => c.decision)).toEqual(Array(5).fill('To review'));
    // The concern is listed apart from the calls, and like them waits for a decision.
    expect(await importSheet.groupOf(1)).toBe('Recommendations and proposals');
    expect(await importSheet.groupOf(5)).toBe('Findings and concerns');
    expect(candidates.map((c) => c.duplicate)).toEqual([false, false, true, false, false]);
    await expect.poll(() => importSheet.candidate(3).locator('.duplicate-flag').textContent()).toMatch(/^Overlaps a record in the library \(eln-2021-02\)/);
    await importSheet.candidate(4).locator('.candidate-summary').click();
    expect(normalize(await importSheet.markedPassage())).toBe(normalize(candidates[3]!.statement));

    // Accept two, edit the second (which keeps it accepted), reject the rest.
    await importSheet.accept(1);
    await importSheet.accept(2);
    await importSheet.editSummary(2, 'Notify large exercises near the borders 30 days ahead.');
    await importSheet.rejectTheRest();
    await importSheet.candidate(1).locator('.candidate-summary').click();
    const reviewed = await importSheet.candidates();
    expect(reviewed.map((c) => c.decision)).toEqual(['Accepted', 'Accepted', 'Rejected', 'Rejected', 'Rejected']);
    expect(reviewed[1]!.summary).toBe('Notify large exercises near the borders 30 days ahead.');
    // Nothing has reached the library yet.
    expect(await readFile(app.libraryFile)).toEqual(before);
    await app.screenshot('import-review');

    // The review is kept on disk as it goes, beside the library: when the window comes back (as
    // after a crash), the sheet opens again as it was left.
    const kept = path.join(path.dirname(app.libraryFile), 'import-drafts');
    expect((await readdir(kept)).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    await app.reload();
    await importSheet.sheet().getByRole('status').filter({ hasText: 'Continued from where you left it' }).waitFor();
    await app.screenshot('import-resumed');
    const resumed = await importSheet.candidates();
    expect(resumed.map((c) => [c.decision, c.summary])).toEqual(reviewed.map((c) => [c.decision, c.summary]));

    await importSheet.addToLibrary();
    await app.page.getByRole('status').filter({ hasText: 'Added “Retired Generals Call for a Baltic Incidents Hotline” with 2 records' }).waitFor();

    expect((await readdir(kept)).filter((name) => name.endsWith('.json'))).toEqual([]);

    // The library holds the confirmed source and exactly the two accepted records, each tied to its words.
    const saved = await readLibrary(app);
    const source = saved.sources.find((s) => s.title === 'Retired Generals Call for a Baltic Incidents Hotline')!;
    expect(source).toMatchObject({ publisher: 'Baltic Security Network', dialogue: 'Helsinki Baltic Dialogue', authors: ['Anna Keller'], date: '2024-03-12' });
    const added = saved.records.filter((r) => r.sourceId === source.id);
    expect(added.map((r) => r.statement)).toEqual([candidates[0]!.statement, candidates[1]!.statement]);
    expect(added.map((r) => r.speaker)).toEqual(['Helsinki Baltic Dialogue', 'Helsinki Baltic Dialogue']);
    for (const record of added) {
      expect(source.text.slice(record.location.start, record.location.end)).toBe(record.statement);
      expect(record.tags).toEqual(['imported']);
    }

    // In the library browser: the new source's records, each with its passage marked in the text.
    await library.chooseSource('Baltic Security Network');
    await library.waitForRecordCount(2);
    for (const record of added) {
      await library.selectRecord(record.summary);
      expect(normalize(await library.markedPassage())).toBe(normalize(record.statement));
      expect(await library.markedPassageIsInView()).toBe(true);
    }
  });

  it('triages the review from the keyboard, as the sheet shows, and makes a topic from inside it', async () => {
    const file = path.join(articles, 'baltic-hotline.md');
    await writeFile(file, ARTICLE);
    const app = await launch();
    const { importSheet, library, page } = app;
    await library.waitForRecordCount(activeRecords.length);
    await app.answerOpenDialog(file);
    await app.menu('import-article');
    await importSheet.sourceField('Publisher').fill('Baltic Security Network');
    await importSheet.confirmDetails();

    // The keys are listed above the queue.
    expect(await importSheet.queue().getByLabel('Keyboard').locator('span').allTextContents()).toEqual(['A accept', 'R reject', 'J↓ next', 'K↑ previous', 'E edit']);
    const decisions = async () => (await importSheet.candidates()).map((c) => c.decision);
    const selected = () => importSheet.queue().locator('.candidate.is-selected .candidate-number').textContent();

    // A accepts and moves on; R rejects and moves on; K goes back, J and ↓ forward.
    expect(await selected()).toBe('1');
    await page.keyboard.press('a');
    await expect.poll(decisions).toEqual(['Accepted', 'To review', 'To review', 'To review', 'To review']);
    expect(await selected()).toBe('2');
    await page.keyboard.press('r');
    await expect.poll(decisions).toEqual(['Accepted', 'Rejected', 'To review', 'To review', 'To review']);
    expect(await selected()).toBe('3');
    await page.keyboard.press('k');
    expect(await selected()).toBe('2');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('j');
    expect(await selected()).toBe('4');

    // E edits the selected one; typing in its fields types, it does not triage.
    await page.keyboard.press('e');
    const editor = importSheet.candidate(4).getByRole('form', { name: 'Edit candidate' });
    await editor.getByLabel('Summary', { exact: true }).fill('Annual review of the Incidents at Sea Agreement');
    expect(await decisions()).toEqual(['Accepted', 'Rejected', 'To review', 'To review', 'To review']);

    // A topic the taxonomy lacks, made here and given to this candidate.
    await editor.getByLabel('New topic').fill('Naval incidents');
    await editor.getByRole('button', { name: 'Add topic' }).click();
    await editor.getByRole('checkbox', { name: 'Naval incidents' }).waitFor();
    expect(await editor.getByRole('checkbox', { name: 'Naval incidents' }).isChecked()).toBe(true);
    await editor.getByRole('button', { name: 'Save and accept' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(decisions).toEqual(['Accepted', 'Rejected', 'To review', 'Accepted', 'To review']);
    expect(await importSheet.candidate(4).locator('.chip').allTextContents()).toContain('Naval incidents');
    const saved = await readLibrary(app);
    expect(saved.topics.map((t) => t.label)).toContain('Naval incidents');
  });

  it('imports a file dropped on the window, one at a time, says why a file cannot be, and a discarded import leaves the library as it was', async () => {
    const app = await launch();
    const { importSheet, page } = app;
    const before = await readFile(app.libraryFile);
    /** Drops a file with `content` on the window, as the file manager would. */
    const drop = (name: string, content: string | number[]) =>
      page.evaluate(
        ([fileName, body]) => {
          const data = new DataTransfer();
          data.items.add(new File([typeof body === 'string' ? body : new Uint8Array(body)], fileName));
          for (const type of ['dragenter', 'dragover', 'drop']) {
            document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
          }
        },
        [name, content] as const,
      );

    await drop('scan.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const refusal = page.getByRole('alert').filter({ hasText: 'The file was not imported' });
    await refusal.filter({ hasText: /scan\.png.*PNG image/ }).waitFor();
    await refusal.filter({ hasText: /save the document in one of these formats/ }).waitFor();

    await drop('dropped.md', ARTICLE);
    await importSheet.sheet().getByText('dropped.md').first().waitFor();
    expect(await importSheet.sourceField('Title').inputValue()).toBe('Retired Generals Call for a Baltic Incidents Hotline');
    // A second file while one is under review: the sheet says to finish this one first.
    await drop('another.md', ARTICLE);
    await importSheet.sheet().getByRole('alert').filter({ hasText: 'One import at a time' }).waitFor();
    await importSheet.discard();
    expect(await readFile(app.libraryFile)).toEqual(before);
  });

  it('edits a record: its summary, and its passage chosen by selecting words in the source text', async () => {
    const app = await launch();
    const { library, recordEditor } = app;
    const record = activeRecords.find((r) => r.id === 'eln-2021-04')!;
    const source = seed.sources.find((s) => s.id === record.sourceId)!;
    await library.chooseSource(source.publisher);
    await library.waitForRecordCount(activeRecords.filter((r) => r.sourceId === source.id).length);
    await library.selectRecord(record.summary);
    await recordEditor.editShownRecord();

    // Words that are not in the source are refused, next to the field.
    await recordEditor.field('Passage').fill('NATO and Russia agreed on everything.');
    await recordEditor.note('Passage').filter({ hasText: 'not in the source text as typed' }).waitFor();
    await recordEditor.saveExpectingError();
    await recordEditor.note('Passage').filter({ hasText: /^These words are not in the source text/ }).waitFor();

    // The passage is chosen by selecting it in the text; the summary is rewritten.
    const passage = 'So does the possibility that a third party';
    expect(source.text).toContain(passage);
    await recordEditor.selectPassage(passage);
    expect(await recordEditor.field('Passage').inputValue()).toBe(passage);
    expect(await recordEditor.markedPassage()).toBe(passage);
    await recordEditor.field('Summary').fill('A third party could provoke a confrontation.');
    await app.screenshot('record-editor');
    await recordEditor.save();

    await library.detail().getByRole('heading', { name: 'A third party could provoke a confrontation.' }).waitFor();
    expect(await library.markedPassage()).toBe(passage);
    const saved = (await readLibrary(app)).records.find((r) => r.id === record.id)!;
    expect(saved).toMatchObject({ summary: 'A third party could provoke a confrontation.', statement: passage });
    expect(source.text.slice(saved.location.start, saved.location.end)).toBe(passage);
  });

  it('adds a source by hand, then a record drawn from it by typing its words', async () => {
    const app = await launch();
    const { library, libraryManager, recordEditor, page } = app;
    const text = 'Closing statement.\n\nThe delegations agreed that “military hotlines must be tested every month” and said so publicly.';
    await library.waitForRecordCount(activeRecords.length);

    await libraryManager.openSources();
    const dialog = libraryManager.sourcesDialog();
    await dialog.getByRole('button', { name: 'New source' }).click();
    const form = dialog.getByRole('form', { name: 'New source' });
    await form.getByLabel('Title', { exact: true }).fill('Closing statement of the hotline workshop');
    await form.getByLabel('Publisher', { exact: true }).fill('Hotline Workshop');
    await form.getByLabel('Date', { exact: true }).fill('2025-02-03');
    await form.getByLabel('Full text', { exact: true }).fill(text);
    await form.getByRole('button', { name: 'Add source' }).click();
    await dialog.getByRole('listitem').filter({ hasText: 'Closing statement of the hotline workshop' }).waitFor();
    await libraryManager.closeDialog('Sources');

    // With the new source chosen, a new record starts from it; its words are typed, quotation marks and all.
    await library.chooseSource('Hotline Workshop');
    await library.waitForRecordCount(0);
    await page.getByRole('button', { name: 'New record' }).click();
    await recordEditor.editor().waitFor();
    await recordEditor.field('Passage').fill('military hotlines must be tested every month');
    await recordEditor.note('Passage').filter({ hasText: /^Found in the source text/ }).waitFor();
    await recordEditor.field('Summary').fill('Test military hotlines monthly.');
    await recordEditor.field('Speaker').fill('Hotline Workshop');
    await recordEditor.editor().getByRole('checkbox', { name: 'Military-to-military channels' }).check();
    await recordEditor.save();

    await library.waitForRecordCount(1);
    await library.detail().getByRole('heading', { name: 'Test military hotlines monthly.' }).waitFor();
    expect(await library.markedPassage()).toBe('military hotlines must be tested every month');
    const saved = await readLibrary(app);
    const source = saved.sources.find((s) => s.publisher === 'Hotline Workshop')!;
    expect(saved.records.filter((r) => r.sourceId === source.id)).toEqual([
      expect.objectContaining({ id: `${source.id}-01`, statement: 'military hotlines must be tested every month', topics: ['mil-to-mil-channels'] }),
    ]);
  });

  it('deletes a record, restores it from Recently deleted, and after asking removes it for good', async () => {
    const app = await launch();
    const { library, libraryManager } = app;
    const record = activeRecords[2]!;
    await library.waitForRecordCount(activeRecords.length);
    await library.selectRecord(record.summary);
    await library.detail().getByRole('button', { name: 'Delete', exact: true }).click();
    await library.waitForRecordCount(activeRecords.length - 1);
    expect(await library.listedSummaries()).not.toContain(record.summary);
    expect((await readLibrary(app)).records.find((r) => r.id === record.id)!.status).toBe('deleted');

    await libraryManager.openRecentlyDeleted();
    expect(await libraryManager.deletedLabels('records')).toEqual([`${kindLabel(record.kind)} ${record.summary}`]);
    await libraryManager.restore(record.summary);
    await libraryManager.recentlyDeleted().getByText('Nothing deleted').waitFor();
    await libraryManager.closeDialog('Recently deleted');
    await library.waitForRecordCount(activeRecords.length);
    expect((await readLibrary(app)).records.find((r) => r.id === record.id)!.status).toBe('active');

    // Deleted again, then removed for good: Empty asks first, and "Keep them" keeps them.
    await library.selectRecord(record.summary);
    await library.detail().getByRole('button', { name: 'Delete', exact: true }).click();
    await library.waitForRecordCount(activeRecords.length - 1);
    await libraryManager.openRecentlyDeleted();
    const dialog = libraryManager.recentlyDeleted();
    await dialog.getByRole('button', { name: 'Empty…' }).click();
    await dialog.getByRole('alertdialog').getByText('Delete 1 item for good? This cannot be undone.').waitFor();
    await dialog.getByRole('button', { name: 'Keep them' }).click();
    expect(await libraryManager.deletedLabels('records')).toEqual([`${kindLabel(record.kind)} ${record.summary}`]);
    await dialog.getByRole('button', { name: 'Empty…' }).click();
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await dialog.getByText('Nothing deleted').waitFor();
    expect(await dialog.getByRole('button', { name: 'Empty…' }).isDisabled()).toBe(true);
    expect((await readLibrary(app)).records.map((r) => r.id)).not.toContain(record.id);
  });

  it('merges two topics: the records follow, and Undo brings the topic back', async () => {
    const app = await launch();
    const { library, libraryManager, page } = app;
    const label = (id: string) => seed.topics.find((t) => t.id === id)!.label;
    const moved = activeRecords.filter((r) => r.topics.includes('liaison-missions'));
    const target = activeRecords.filter((r) => r.topics.includes('mil-to-mil-channels') || r.topics.includes('liaison-missions'));
    expect(moved.length).toBeGreaterThan(0);
    await library.waitForRecordCount(activeRecords.length);

    await libraryManager.openTopics();
    await libraryManager.mergeTopic(label('liaison-missions'), label('mil-to-mil-channels'));
    expect(await libraryManager.topicLabels()).not.toContain(label('liaison-missions'));
    await libraryManager.closeDialog('Topics');

    const facets = page.getByRole('group', { name: /^Topics/ });
    await facets.getByRole('checkbox', { name: label('liaison-missions') }).waitFor({ state: 'detached' });
    await library.chooseTopic(label('mil-to-mil-channels'));
    await library.waitForRecordCount(target.length);
    const saved = await readLibrary(app);
    expect(saved.records.some((r) => r.topics.includes('liaison-missions'))).toBe(false);
    for (const record of moved) expect(saved.records.find((r) => r.id === record.id)!.topics).toContain('mil-to-mil-channels');

    await page.getByRole('status').filter({ hasText: 'Merged' }).getByRole('button', { name: 'Undo' }).click();
    await facets.getByRole('checkbox', { name: label('liaison-missions') }).waitFor();
    const restored = await readLibrary(app);
    for (const record of moved) expect(restored.records.find((r) => r.id === record.id)!.topics).toEqual(record.topics);
  });
});

function kindLabel(kind: string): string {
  return kind[0]!.toUpperCase() + kind.slice(1);
}
