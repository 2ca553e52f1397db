import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { watermarkShapes } from '../../../test/page-content';
import { normalize, readPdf } from '../../../test/read-pdf';
import type { ReadBackPdf } from '../../../test/read-pdf';
import type { BriefingModel } from '../compose/briefing-model';
import { parseTemplate } from '../render/parse-template';
import type { LoadedTemplate } from '../render/loaded-template';
import { loadTemplateFile } from '../render/template-file';
import { loadTemplate } from '../render/templates';
import { projectRoot } from '../resources';
import { exportPdf } from './export-pdf';

const OUTPUT = path.join(projectRoot(), 'test-output');

/** Exports, keeps the PDF in test-output/ for a person to look at, and reads it back. */
async function exportAndRead(name: string, model: BriefingModel, template: LoadedTemplate) {
  const result = await exportPdf(model, template);
  await writeFile(path.join(OUTPUT, `${name}.pdf`), result.bytes);
  return { ...result, pdf: await readPdf(result.bytes) };
}

/** The memo's body under other front matter, saved where a user would keep a template. */
async function memoVariant(name: string, frontMatter: string): Promise<LoadedTemplate> {
  const memo = await loadTemplate('memo');
  const file = path.join(OUTPUT, 'templates', `${name}.hbs`);
  await writeFile(file, `---\n${frontMatter}\n---\n${memo.body}`);
  return loadTemplateFile(file);
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

beforeAll(async () => {
  await mkdir(path.join(OUTPUT, 'templates'), { recursive: true });
});

describe('exportPdf with the built-in memo', () => {
  const model = briefingModel();
  let result: { bytes: Uint8Array; pageCount: number; pdf: ReadBackPdf };
  let text: string;

  beforeAll(async () => {
    result = await exportAndRead('memo', model, await loadTemplate('memo'));
    text = result.pdf.pages.join(' ');
  });

  it('prints every record: summary, verbatim statement, speaker, and the notes', () => {
    const records = model.sections.flatMap((section) => section.records);
    expect(records).toHaveLength(6);
    for (const record of records) {
      expect(text).toContain(normalize(record.statement));
      expect(text).toContain(normalize(record.summary));
      expect(text).toContain(`— ${record.speaker}`);
      if (record.note) expect(text).toContain(`Analyst’s note: ${normalize(record.note)}`);
    }
    for (const section of model.sections) expect(text).toContain(section.topic.label);
  });

  it('keeps Cyrillic text intact', () => {
    expect(text).toContain('Стратегическая стабильность');
    expect(text).toContain('Нет альтернативы переговорам.');
  });

  it('prints the title block, the BLUF and the endnotes with full source details', () => {
    expect(text).toContain('TO Director, Policy Planning Staff');
    expect(text).toContain('DATE 5 July 2021');
    expect(text).toContain(`BOTTOM LINE UP FRONT ${normalize(model.bluf)}`);
    // Chicago notes: the title's own quotation marks nested as single ones, the pinpoint, the access date.
    expect(text).toContain('1. Daniel Shapiro, “‘Track 2’ Talks Take US-Russian Relations Where Official Channels Won’t,” Russia Matters: In the Thick of It,');
    expect(text).toContain('April 24, 2019, under “Strategic Stability,” para. 3, accessed November 22, 2026, https://www.russiamatters.org/');
    expect(text).toContain('2. Shapiro, “‘Track 2’ Talks Take,” para. 6.');
    expect(text).toContain('4. “Biden-Putin meeting a chance for NATO to re-establish military-to-military communication,” European Leadership Network, June 28, 2021, under “Pragmatic ways ahead,” para. 12.');
    expect(text).toContain('Sources: 2 sources cited for 6 records across 3 topics.');
  });

  it('reports the page count the PDF has', () => {
    expect(result.pageCount).toBe(result.pdf.numPages);
    expect(result.pageCount).toBeGreaterThanOrEqual(2);
  });

  it('numbers every page "Page X of N"', () => {
    result.pdf.pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${result.pageCount}`));
  });

  it('prints the marking centred at the top and the bottom of every page', () => {
    result.pdf.pages.forEach((page, index) => {
      const { width, height } = result.pdf.sizes[index]!;
      const banners = result.pdf.items[index]!.filter((item) => item.str === 'UNCLASSIFIED');
      expect(occurrences(page, 'UNCLASSIFIED'), `page ${index + 1}`).toBe(2);
      // PDF y runs upwards: one banner in the top margin (80 pt), one in the bottom (72 pt).
      expect(banners.some((item) => item.y > height - 80) && banners.some((item) => item.y < 72)).toBe(true);
      for (const item of banners) expect(item.x + item.width / 2).toBeCloseTo(width / 2, 0);
    });
  });

  it('sets the PDF metadata', () => {
    expect(result.pdf.info).toMatchObject({
      Title: model.title,
      Author: model.from,
      Subject: model.subject,
      Keywords: 'UNCLASSIFIED, Strategic stability and arms control, NATO–Russia risk reduction, Cyber and influence operations',
      Creator: 'Briefbook',
    });
  });

  it('bookmarks each section, and has no table of contents or watermark', () => {
    expect(result.pdf.outline).toEqual([...model.sections.map((section) => section.topic.label), 'Notes']);
    expect(text).not.toContain('Contents');
    expect(text).not.toContain('DRAFT');
  });

  it('links each citation number to its endnote, each note back to its records, and each source to its address', () => {
    const links = result.pdf.links.flat();
    // The agreement under the bottom line cites notes 1 and 4 first, then each record its own.
    expect(links.filter((link) => link.dest?.startsWith('note-')).map((link) => link.dest)).toEqual(['note-1', 'note-4', 'note-1', 'note-1', 'note-2', 'note-3', 'note-4', 'note-5']);
    // Each note lists the pages of its records, each page once, linked to the first of its records there.
    const backLinks = links.filter((link) => link.dest?.startsWith('record-')).map((link) => link.dest);
    expect(backLinks).toEqual(expect.arrayContaining(model.citations.map((c) => `record-${c.recordIds[0]}`)));
    const citing = model.citations.flatMap((c) => c.recordIds.map((id) => `record-${id}`));
    for (const link of backLinks) expect(citing).toContain(link);
    expect(result.pdf.destinations).toEqual(expect.arrayContaining(backLinks));
    expect(result.pdf.destinations).toEqual(expect.arrayContaining(['note-1', 'note-2', 'note-3', 'note-4', 'note-5']));
    expect(links).toContainEqual({ url: model.sources[0]!.url });
  });

  it('embeds PT Serif and PT Sans, and no other font', () => {
    expect(result.pdf.fonts.length).toBeGreaterThan(0);
    for (const font of result.pdf.fonts) expect(font).toMatch(/^PT(Serif|Sans)-/);
  });
});

describe('exportPdf options', () => {
  it('watermarks a draft "DRAFT" on every page, as shapes a text reader does not read', async () => {
    const { pdf, bytes } = await exportAndRead('memo-draft', briefingModel({ draft: true }), await loadTemplate('memo'));
    expect(watermarkShapes(bytes)).toEqual(pdf.pages.map(() => 'DRAFT'.length));
    for (const page of pdf.pages) expect(page).not.toContain('DRAFT');
  });

  it('makes a table of contents and bookmarks, with header and footer text, from the front matter', async () => {
    const book = await memoVariant('briefing-book', 'name: Briefing book\ntoc: true\ntocTitle: In this briefing\nheaderText: Elbe Group follow-up\nfooterText: Prepared for the Policy Planning Staff');
    const model = briefingModel();
    const { pdf, pageCount } = await exportAndRead('memo-toc', model, book);

    const contents = pdf.pages[0]!.slice(pdf.pages[0]!.indexOf('In this briefing'));
    // Each entry, a dot leader, its page.
    for (const section of model.sections) expect(contents).toMatch(new RegExp(`${section.topic.label} (?:\\. ?)+\\d+`));
    expect(pdf.outline).toEqual([...model.sections.map((section) => section.topic.label), 'Notes']);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain('Elbe Group follow-up');
      expect(page).toContain(`Prepared for the Policy Planning Staff Page ${index + 1} of ${pageCount}`);
    });
  });

  it('leaves out bookmarks when the template says so', async () => {
    const { pdf } = await exportAndRead('memo-no-bookmarks', briefingModel(), await memoVariant('no-bookmarks', 'bookmarks: false'));
    expect(pdf.outline).toEqual([]);
  });

  it("prints the template's marking over the briefing's, its watermark and paper size", async () => {
    const tlp = await memoVariant('tlp-amber', 'marking: "TLP:AMBER"\nwatermark: SAMPLE\npageSize: LETTER\norientation: landscape');
    const { pdf, bytes } = await exportAndRead('memo-tlp', briefingModel(), tlp);
    expect(pdf.sizes[0]).toEqual({ width: 792, height: 612 });
    for (const page of pdf.pages) {
      expect(occurrences(page, 'TLP:AMBER')).toBe(2);
      expect(page).not.toContain('UNCLASSIFIED');
    }
    expect(watermarkShapes(bytes)).toEqual(pdf.pages.map(() => 'SAMPLE'.length));
  });
});

describe('exportPdf with an untrusted template', () => {
  const untrusted = (body: string) => parseTemplate({ id: 'untrusted', file: path.join(OUTPUT, 'untrusted.hbs'), source: body, builtIn: false, partials: {} });

  it('reads no local file and fetches no URL', async () => {
    await expect(exportPdf(briefingModel(), untrusted('<p>{{title}}</p><img src="/etc/hostname">'))).rejects.toThrow(/denied by resource access policy: \/etc\/hostname/);
    await expect(exportPdf(briefingModel(), untrusted('<img src="https://example.invalid/logo.png">'))).rejects.toThrow(/denied by resource access policy/);
    // data-pdfmake can set any pdfmake property, an image path included.
    await expect(exportPdf(briefingModel(), untrusted(`<img src="data:," data-pdfmake='{"image": "${path.join(projectRoot(), 'package.json')}"}'>`))).rejects.toThrow(/denied by resource access policy: .*package\.json/);
  });

  it('still embeds images given inline as data: URLs', async () => {
    const png = (await readFile(path.join(projectRoot(), 'node_modules/@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf.png'))).toString('base64');
    const { pageCount } = await exportPdf(briefingModel(), untrusted(`<p>{{title}}</p><img width="100" src="data:image/png;base64,${png}">`));
    expect(pageCount).toBe(1);
  });
});
