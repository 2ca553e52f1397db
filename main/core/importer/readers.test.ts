// Each reader on its own: what text it stores, which headings it marks, what metadata it proposes.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFixturePdf, makeLayoutPdf } from '../../../test/fixtures/import/make-fixture-pdf';
import { normalizeText } from './normalize-text';
import { findDates } from './parse-date';
import { proposeMetadata } from './propose-metadata';
import { readDocument } from './read-document';
import { readHtml } from './read-html';
import { readMarkdown } from './read-markdown';
import { collapseWhitespace } from './layout-blocks';
import { joinLines } from './read-pdf';

const fixtures = path.resolve(import.meta.dirname, '../../../test/fixtures/import');
const seeds = path.resolve(import.meta.dirname, '../../../data/sources');
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'briefbook-readers-'));
});

/** The text of each heading a reader marked. */
function headingTexts(document: { text: string; headings: { start: number; end: number }[] }): string[] {
  return document.headings.map((h) => document.text.slice(h.start, h.end));
}

describe('plain text', () => {
  it('stores the seed articles exactly as they are (normalizing already clean text changes nothing)', async () => {
    for (const name of ['elbe-group-track2-2019.txt', 'eln-mil-to-mil-2021.txt']) {
      const file = path.join(seeds, name);
      expect((await readDocument(file)).text).toBe(await readFile(file, 'utf8'));
    }
  });

  it('normalizes to NFC, \\n line ends, no invisible characters or blank-line runs, keeping non-breaking spaces', () => {
    const raw = '\uFEFFTitle\r\n\r\n\r\n\r\nCafe\u0301 in Moscow\u00AD,  24\u00A0апреля 2019 г.\u200B  \r\nnext\tline\r';
    expect(normalizeText(raw)).toBe('Title\n\nCafé in Moscow,  24\u00A0апреля 2019 г.\nnext line');
    expect(findDates(normalizeText(raw))[0]?.date).toBe('2019-04-24');
  });
});

describe('Markdown', () => {
  it('strips syntax but keeps headings, bullets and the words of links and emphasis', async () => {
    const document = await readDocument(path.join(fixtures, 'workshop-notes.md'));
    expect(document.format).toBe('markdown');
    expect(headingTexts(document)).toEqual([
      'Deep Cuts Commission: Workshop on Emerging Technologies and Strategic Stability',
      'Main findings',
      'Recommendations',
    ]);
    expect(document.text).toContain('Hamburg, 18 February 2020 — summary prepared by the rapporteur, Thomas Berger.');
    expect(document.text).toContain('  • Start a structured bilateral dialogue on military uses');
    expect(document.text).not.toMatch(/[*_#]|\]\(|!\[|^>/m);
    expect(document.metadata).toMatchObject({ title: expect.stringContaining('Deep Cuts'), authors: ['Thomas Berger'], date: '2020-02-18' });
  });

  it('joins hard-wrapped paragraph lines and list continuation lines, and numbers ordered items', () => {
    const { text } = readMarkdown('Setext title\n============\n\nA paragraph that was\nwrapped by the editor.\n\n3. First item that\n   wraps.\n4. Second item\n');
    expect(text).toBe('Setext title\n\nA paragraph that was wrapped by the editor.\n\n  3. First item that wraps.\n  4. Second item');
  });
});

describe('HTML', () => {
  it('keeps the article with its headings and list items, and drops navigation, captions, asides and footers', async () => {
    const document = await readDocument(path.join(fixtures, 'dialogue-page.html'));
    expect(headingTexts(document)).toEqual(['Incidents at sea', 'Transparency of exercises']);
    expect(document.text).toContain('  • Naval staffs exchange points of contact');
    expect(document.text).toContain('The Russian participants suggested extending');
    for (const furniture of ['Skip to content', 'About us', 'Photo by the author', 'Related commentary', 'Subscribe', 'dataLayer', 'All rights reserved']) {
      expect(document.text).not.toContain(furniture);
    }
    expect(document.metadata).toEqual({
      title: 'Black Sea Risk Reduction Dialogue: outcomes of the Istanbul round',
      publisher: 'Centre for Euro-Atlantic Security',
      authors: ['Elena Marchetti'],
      date: '2021-10-05',
      url: 'https://example.org/commentary/black-sea-risk-reduction',
      language: 'en',
    });
  });

  it('parses a page cut off in the middle of a tag, keeping what was read', () => {
    const { text } = readHtml('<html><body><h2>Findings</h2><p>The group urged both sides to talk.</p><p>The second paragraph was cut <a hr');
    expect(text).toBe('Findings\n\nThe group urged both sides to talk.\n\nThe second paragraph was cut');
  });
});

describe('PDF', () => {
  it('rebuilds paragraphs from hard line breaks, repairs hyphenation and drops running heads and page numbers', async () => {
    const file = path.join(scratch, 'brief.pdf');
    await writeFile(file, await makeFixturePdf(path.join(fixtures, 'hyphenated-brief.pdf.json')));
    const document = await readDocument(file);
    expect(document.format).toBe('pdf');
    expect(headingTexts(document)).toEqual(['Restoring Military Contacts between NATO and Russia', 'Findings', 'Recommendations']);
    expect(document.text).toContain('practical cooperation, and the few remaining channels');
    expect(document.text).toContain('absence of regular military-to-military contacts');
    expect(document.text).toContain('deployment of short- and intermediate-range systems');
    expect(document.text).toContain('  • resume negotiations on a NATO-Russia agreement on the prevention of dangerous military activities');
    expect(document.text).not.toMatch(/EASLG Policy Brief|\d \/ 2/);
    expect(document.metadata.title).toBe('Restoring Military Contacts between NATO and Russia');
  });

  it('reads a page set in two columns a column at a time, under a headline across both (tlg-press-release-2012-columns)', async () => {
    const file = path.join(scratch, 'columns.pdf');
    const layout = fileURLToPath(new URL('../../../eval/corpus/tlg-press-release-2012-columns.pdf.json', import.meta.url));
    await writeFile(file, await makeFixturePdf(layout));
    const { text } = await readDocument(file);
    // The left column's last line runs on into the right column's first, mid-sentence.
    expect(text).toContain('jostling for leadership attention in 2012, the nuclear issue is so serious it must be moved up the agenda and action must include but go well beyond Iran. This issue needs sustained political leadership.');
    expect(text).toContain('which the international community will have to scale in the month to come.');
    expect(text.indexOf('Senior politicians have issued')).toBeLessThan(text.indexOf('More must be done'));
    expect(text).not.toMatch(/Top Level Group · Press Release/);
  });

  it('says where each page after the first begins in the stored text', async () => {
    const file = path.join(scratch, 'paged.pdf');
    await writeFile(file, await makeFixturePdf(path.join(fixtures, 'hyphenated-brief.pdf.json')));
    const { text, pageStarts } = await readDocument(file);
    // Page 2 opens with the third item of the list; the stored line starts at its indent.
    expect(pageStarts).toEqual([text.indexOf('  • establish a permanent hotline')]);
  });

  it('finds a page start inside a paragraph, or a word, that runs on over the page break', async () => {
    const file = path.join(scratch, 'run-on.pdf');
    const paragraph = (...lines: string[]) => ({ paragraph: lines });
    await writeFile(
      file,
      await makeLayoutPdf({
        info: { title: 'Run-on pages', author: 'Test' },
        runningHead: 'Run-on pages',
        pages: [
          [{ heading: 'Findings' }, paragraph('The group met in Geneva and agreed that both sides should')],
          [paragraph('resume talks on strategic stability without delay. They should also begin nego-')],
          [paragraph('tiations on short-range missiles.'), paragraph('A last word.')],
        ],
      }),
    );
    const { text, pageStarts } = await readDocument(file);
    expect(text).toBe(
      'Findings\n\nThe group met in Geneva and agreed that both sides should resume talks on strategic stability ' +
        'without delay. They should also begin negotiations on short-range missiles.\n\nA last word.',
    );
    expect(pageStarts).toEqual([text.indexOf('resume talks'), text.indexOf('tiations on')]);
  });

  it('drops control characters from a line as the stored text does, so offsets into it stay true', () => {
    const line = collapseWhitespace('nego\u0000tiations \u0007 resumed\u000Bin\u001FGeneva');
    expect(line).toBe('negotiations resumed inGeneva');
    expect(normalizeText(line)).toBe(line);
  });

  it('gives no page starts for a PDF of one page', async () => {
    const file = path.join(scratch, 'one-page.pdf');
    await writeFile(file, await makeLayoutPdf({ info: { title: 'One', author: 'Test' }, runningHead: '', pages: [[{ paragraph: ['Only one page of text.'] }]] }));
    expect(await readDocument(file)).not.toHaveProperty('pageStarts');
  });

  it('joins lines at hyphens the way a reader would', () => {
    expect(joinLines('began nego-', 'tiations on')).toBe('began negotiations on');
    expect(joinLines('regular military-to-', 'military contacts')).toBe('regular military-to-military contacts');
    expect(joinLines('of short-', 'and intermediate-range')).toBe('of short- and intermediate-range');
    expect(joinLines('a new Russia-', 'NATO channel')).toBe('a new Russia-NATO channel');
    expect(joinLines('возобновить пере-', 'говоры')).toBe('возобновить переговоры');
    expect(joinLines('in 2019-', '2021')).toBe('in 2019-2021');
  });
});

describe('metadata proposals', () => {
  it('finds title, author and date in the front matter of the seed articles', async () => {
    const elbe = await readDocument(path.join(seeds, 'elbe-group-track2-2019.txt'));
    expect(proposeMetadata(elbe.text, [], {})).toMatchObject({
      title: "'Track 2' Talks Take US-Russian Relations Where Official Channels Won’t",
      authors: ['Daniel Shapiro'],
      date: '2019-04-24',
      language: 'en',
    });
    const eln = await readDocument(path.join(seeds, 'eln-mil-to-mil-2021.txt'));
    expect(proposeMetadata(eln.text, [], {})).toMatchObject({
      title: 'Biden-Putin meeting a chance for NATO to re-establish military-to-military communication',
      container: 'Commentary',
      date: '2021-06-28',
    });
  });

  it('reads English and Russian dates', () => {
    const dates = (text: string) => findDates(text).map((d) => d.date);
    expect(dates('April 24, 2019 · 28 June 2021 · 12th June 2021 · Sept. 3, 2020')).toEqual(['2019-04-24', '2021-06-28', '2021-06-12', '2020-09-03']);
    expect(dates('24 апреля 2019 г., 3 мая 2020 года, 24.04.2019, 22–23 апреля 2019 г.')).toEqual(['2019-04-24', '2020-05-03', '2019-04-24', '2019-04-22']);
    expect(dates('2021-06-28T10:00:00Z; 14-15 November 2019; February 30, 2020')).toEqual(['2021-06-28', '2019-11-14']);
  });

  it('proposes Russian metadata for a Russian text', async () => {
    const document = await readDocument(path.join(fixtures, 'russian-statement.txt'));
    expect(proposeMetadata(document.text, [], {})).toMatchObject({
      title: 'Российско-американский диалог по вопросам безопасности',
      date: '2019-04-24',
      language: 'ru',
    });
  });
});
