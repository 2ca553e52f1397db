// Every built-in template renders the default library to a PDF that reads back as its design
// promises. The PDFs are kept in test-output/ for a person to look at.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newBriefing } from '../main/core/compose/new-briefing';
import { exportBriefing } from '../main/core/export-briefing';
import { Library } from '../main/core/model';
import { formatDate, kindLabel, sourceName } from '../main/core/render/helpers';
import { listBuiltInTemplates } from '../main/core/render';
import { projectRoot } from '../main/core/resources';
import { normalize, readPdf } from './read-pdf';
import type { ReadBackPdf } from './read-pdf';

const root = projectRoot();
const OUTPUT = path.join(root, 'test-output', 'built-in');

async function exportDefaultLibrary(templateId: string) {
  const library = Library.parse(JSON.parse(await readFile(path.join(root, 'data', 'library.json'), 'utf8')));
  const briefing = newBriefing(library, { templateId, date: '2026-01-15', to: 'Director, Policy Planning Staff', from: 'Russia and Eurasia analysis team' });
  const { bytes, model, pageCount } = await exportBriefing(library, briefing);
  await writeFile(path.join(OUTPUT, `${templateId}.pdf`), bytes);
  const pdf = await readPdf(bytes);
  return { model, pageCount, pdf, text: pdf.pages.join(' ') };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  await mkdir(OUTPUT, { recursive: true });
});

describe('built-in templates', () => {
  it('are memo, one-pager, book and comparison, each named and described', async () => {
    const templates = await listBuiltInTemplates();
    expect(templates.map((t) => t.id).sort()).toEqual(['book', 'comparison', 'memo', 'one-pager']);
    for (const template of templates) expect(template.description.length, template.id).toBeGreaterThan(60);
  });
});

describe('one-pager', () => {
  let result: Awaited<ReturnType<typeof exportDefaultLibrary>>;
  beforeAll(async () => {
    result = await exportDefaultLibrary('one-pager');
  });

  it('fits the default library on exactly one page', () => {
    expect(result.pdf.numPages).toBe(1);
    expect(result.pageCount).toBe(1);
  });

  it('leads with the bottom line, then the top recommendations in order, each with its topic', () => {
    const { model, text } = result;
    expect(model.topRecommendations).toHaveLength(6);
    expect(text).toContain(`BOTTOM LINE UP FRONT ${normalize(model.bluf)}`);
    let from = text.indexOf('Top recommendations');
    model.topRecommendations.forEach(({ topic, record }, index) => {
      const at = text.indexOf(`${index + 1} ${topic.label.toUpperCase()}`, from);
      expect(at, topic.label).toBeGreaterThan(from);
      expect(text.slice(at)).toContain(normalize(record.summary));
      from = at;
    });
  });
});

describe('memo', () => {
  it('links every printed record: to the library record in Briefbook’s reader', async () => {
    const { model, pdf } = await exportDefaultLibrary('memo');
    const printed = model.sections.flatMap((s) => s.records);
    const links = pdf.links.flat().map((link) => link.url ?? link.dest ?? '');
    expect(printed.map((r) => r.link).filter((link) => !links.includes(link))).toEqual([]);
  });

  it('says both dialogues call for each linked position, and nothing of the kind for shared topics', async () => {
    const { model, text } = await exportDefaultLibrary('memo');
    expect(text).toContain('Where the sources agree');
    for (const position of model.agreements) expect(text).toContain(normalize(position.sentence.replace(/\.$/, '')));
    expect(normalize(model.bluf)).toContain('Both the Elbe Group (2019) and the ELN (2021) call for');
    expect(text).not.toMatch(/converge/i);
  });
});

describe('book', () => {
  let result: Awaited<ReturnType<typeof exportDefaultLibrary>>;
  const heading = (index: number, label: string) => `${index + 1}. ${label}`;
  beforeAll(async () => {
    result = await exportDefaultLibrary('book');
  });

  it('has a cover page with title, subject, date, marking and who it is for and from', () => {
    const cover = result.pdf.pages[0]!;
    const { model } = result;
    for (const part of [model.title, model.subject, `PREPARED FOR ${model.to}`, `PREPARED BY ${model.from}`, `DATE ${formatDate(model.date)}`, `HANDLING ${model.marking}`]) {
      expect(cover).toContain(part);
    }
    expect(cover).not.toContain('Contents');
  });

  it('lists every topic in the contents with the page its chapter starts on', () => {
    const contents = result.pdf.pages[1]!;
    // Each entry, a dot leader, its page.
    expect(contents).toMatch(/^Contents Summary (?:\. ?)+3 /);
    result.model.sections.forEach((section, index) => {
      const entry = new RegExp(`${escape(heading(index, section.topic.label))} (?:\\. ?)+(\\d+)`).exec(contents);
      expect(entry, section.topic.label).not.toBeNull();
      // A chapter starts a page of its own only when the page before it is more than half full.
      const page = result.pdf.pages[Number(entry![1]) - 1]!;
      expect(page.includes(heading(index, section.topic.label)), `chapter ${index + 1} on page ${entry![1]}`).toBe(true);
    });
    expect(contents).toMatch(/Notes (?:\. ?)+\d+ Annex: Sources (?:\. ?)+\d+/);
  });

  it('prints the title beside the page number at the foot of every page', () => {
    result.pdf.pages.forEach((page, index) => expect(page).toContain(`${result.model.title} Page ${index + 1} of ${result.pageCount}`));
  });

  it('bookmarks the summary, every chapter, the notes and the annex', () => {
    expect(result.pdf.outline).toEqual(['Summary', 'Where the dialogues agree', ...result.model.sections.map((s, i) => heading(i, s.topic.label)), 'Notes', 'Annex: Sources']);
  });

  it('gives each chapter its sources and prints every record', () => {
    const { model, text } = result;
    for (const section of model.sections) {
      const names = section.sources.map((cell) => `${sourceName(cell.source)} · ${cell.count} record`);
      for (const name of names) expect(text).toContain(name);
    }
    for (const record of model.sections.flatMap((s) => s.records)) expect(text).toContain(normalize(record.statement));
  });

  it('says where the dialogues agree (linked positions only) with the page of each record', () => {
    const { model, pdf } = result;
    const at = pdf.pages.findIndex((page) => page.startsWith('Where the dialogues agree'));
    expect(at).toBeGreaterThan(0);
    const section = normalize(pdf.pages.slice(at, at + 2).join(' '));
    expect(model.agreements).toHaveLength(5);
    for (const position of model.agreements) {
      expect(section).toContain(normalize(position.sentence));
      for (const record of position.records) {
        // "Elbe Group⁴  p. 12": the page whose text prints the record's statement.
        const page = new RegExp(`${escape(sourceName(record.source).split(' ')[0]!)}[^]*?p\\. (\\d+)`, 'g');
        const pages = [...section.matchAll(page)].map((m) => Number(m[1]));
        // The record starts there: its summary, or (when it runs over a page foot) its passage, is on the page.
        const starts = [normalize(record.summary), normalize(record.quote)].map((text) => text.slice(0, 40));
        const printedOn = pdf.pages.flatMap((text, index) => (starts.some((start) => text.includes(start)) ? [index + 1] : [])).filter((n) => n > at + 1);
        expect(pages.filter((n) => printedOn.includes(n)), record.id).not.toEqual([]);
      }
    }
    // Shared topics never read as agreement.
    expect(result.text).not.toMatch(/converge/i);
  });

  it('ends with a sources annex: details of each source and how many records it gave', () => {
    const annex = result.pdf.pages.slice(result.pdf.pages.findIndex((page) => page.includes('Annex: Sources Every source'))).join(' ');
    for (const { source, count, topics } of result.model.matrix.columns) {
      for (const part of [source.title, `PUBLISHER ${source.publisher}`, `DATE ${formatDate(source.date)}`, `KIND ${kindLabel(source.kind)}`, `DIALOGUE ${source.dialogue} (Track ${source.track})`, `RECORDS DRAWN ${count} records on ${topics} topics`]) {
        expect(annex).toContain(part);
      }
    }
    expect(annex).toContain('AUTHORS Daniel Shapiro');
    // Both seed articles carry their real web addresses, which the annex prints and links.
    expect(annex).toMatch(/ADDRESS https:\/\/www\.russiamatters\.org\//);
    expect(annex).toMatch(/ADDRESS https:\/\/europeanleadershipnetwork\.org\//);
    expect(annex).not.toContain('none recorded');
  });
});

describe('comparison', () => {
  let result: Awaited<ReturnType<typeof exportDefaultLibrary>>;
  let pdf: ReadBackPdf;
  beforeAll(async () => {
    result = await exportDefaultLibrary('comparison');
    pdf = result.pdf;
  });

  it('prints each agreement on one row, both sources’ records side by side, then what one source alone calls for', () => {
    const start = pdf.pages.findIndex((page) => page.startsWith('Positions'));
    // A label may break at a hyphen across lines.
    const unbroken = (text: string) => normalize(text).replace(/-\s+/g, '-');
    const positions = unbroken(pdf.pages.slice(start, start + 3).join(' '));
    for (const position of result.model.agreements) {
      // Label, then AGREEMENT, then the Elbe record, then the ELN record: one row.
      const [elbe, eln] = position.cells.map((cell) => cell.records[0]!);
      const row = [position.label, 'AGREEMENT', elbe!.summary.split(' ').slice(0, 4).join(' '), eln!.summary.split(' ').slice(0, 4).join(' ')].map(unbroken);
      let from = 0;
      for (const part of row) {
        const at = positions.indexOf(part, from);
        expect(at, `${position.id}: ${part}`).toBeGreaterThanOrEqual(from);
        from = at;
      }
    }
    expect(result.text).toContain('Called for by one source only');
    expect(result.text).toContain('COVERED BY 2 SOURCES');
    expect(result.text).not.toMatch(/converge/i);
  });

  it('is landscape', () => {
    for (const size of pdf.sizes) expect(size.width).toBeGreaterThan(size.height);
  });

  it('has every source as a column and every topic as a row on its first page', () => {
    const first = pdf.pages[0]!;
    const header = first.slice(first.indexOf('At a glance Topic'));
    let from = 0;
    for (const { source } of result.model.matrix.columns) {
      const at = header.indexOf(sourceName(source), from);
      expect(at, source.id).toBeGreaterThan(from);
      from = at;
    }
    for (const row of result.model.matrix.rows) expect(first).toContain(row.topic.label);
    expect(first).toContain('Dialogue and negotiation 7 recommendations 2 recommendations');
    expect(first).toContain('Strategic stability and arms control 8 recommendations · 1 finding · 2 concerns —');
  });

  it('heads each topic with its label and the sources, on every page it runs over, and lists every record in it', () => {
    const heads = result.model.matrix.columns.map(({ source }) => `${sourceName(source)} ${formatDate(source.date, 'short')}`).join(' ');
    for (const row of result.model.matrix.rows) expect(result.text).toContain(`${row.topic.label} ${heads}`);
    const matrixPages = pdf.pages.filter((page) => page.includes(heads));
    expect(matrixPages.length).toBeGreaterThan(3);
    // A cell may break across pages, so each record is found by its kind and first words.
    const unbroken = (text: string) => text.replace(/-\s+/g, '-');
    for (const record of result.model.sections.flatMap((s) => s.records)) {
      const opening = record.summary.split(' ').slice(0, 4).join(' ');
      expect(unbroken(result.text)).toContain(unbroken(`${kindLabel(record.kind).toUpperCase()} ${opening}`));
    }
    expect(pdf.outline).toEqual(['At a glance', 'Positions', 'Called for by one source only', 'Topics by source', 'Notes']);
  });
});
