// The director's checks: every built-in template, exported over a range of selections and read
// back as a reader gets it, must have clean pages, honest words and verifiable citations.
// A few exports per template, all in this one process. The PDFs are kept in
// test-output/directors-checks/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingModel } from '../main/core/compose/briefing-model';
import { composeBriefing } from '../main/core/compose/compose';
import { newBriefing, type NewBriefingFields } from '../main/core/compose/new-briefing';
import { layOutBriefing } from '../main/core/export-briefing';
import { Library } from '../main/core/model';
import { loadTemplate } from '../main/core/render';
import { renderTemplate } from '../main/core/render/engine';
import type { LoadedTemplate } from '../main/core/render/loaded-template';
import { projectRoot } from '../main/core/resources';
import { pageBodies, type PageBody } from './page-body';
import { bodyArtifactText, textSizes, watermarkShapes } from './page-content';
import { normalize, readPdf, type ReadBackPdf } from './read-pdf';

const root = projectRoot();
const OUTPUT = path.join(root, 'test-output', 'directors-checks');
const TEMPLATES = ['memo', 'one-pager', 'book', 'comparison'] as const;

/** One export of the matrix: what is selected, and on which paper. */
interface Case {
  name: string;
  fields: (library: Library) => NewBriefingFields & { items?: Array<{ recordId: string; included: boolean; note: string }> };
  paper: 'A4' | 'LETTER';
}

const CASES: Case[] = [
  { name: 'whole library', fields: () => ({}), paper: 'A4' },
  { name: 'one topic', fields: () => ({ selection: { topics: ['strategic-arms-control'] } }), paper: 'LETTER' },
  { name: 'one source', fields: () => ({ selection: { sources: ['eln-2021'] } }), paper: 'A4' },
  { name: 'one kind', fields: () => ({ selection: { kinds: ['concern'] } }), paper: 'LETTER' },
  {
    name: 'a single record',
    // Every record but one left out, as an analyst unticks them in the composer.
    fields: (library) => ({ items: library.records.filter((r) => r.id !== 'elbe-2019-01').map((r) => ({ recordId: r.id, included: false, note: '' })) }),
    paper: 'A4',
  },
  {
    name: 'a Cyrillic-titled briefing',
    fields: () => ({ title: 'Стратегическая стабильность и контроль над вооружениями', selection: { topics: ['cyber', 'arctic'] } }),
    paper: 'LETTER',
  },
];

interface Exported {
  model: BriefingModel;
  template: LoadedTemplate;
  pdf: ReadBackPdf;
  bodies: PageBody[];
  bytes: Uint8Array;
}

let library: Library;
const exported = new Map<string, Exported>();

async function exportCase(templateId: string, test: Case, draft = false): Promise<Exported> {
  const loaded = await loadTemplate(templateId);
  // Paper size as the template's front matter would set it.
  const template: LoadedTemplate = { ...loaded, namesPaper: true, setup: { ...loaded.setup, pageSize: test.paper } };
  const { items = [], ...fields } = test.fields(library);
  const briefing = { ...newBriefing(library, { ...fields, templateId, date: '2026-12-01', draft }), items };
  const model = composeBriefing(library, briefing);
  const { bytes } = await layOutBriefing(model, template);
  await writeFile(path.join(OUTPUT, `${templateId}-${test.name.replace(/\W+/g, '-')}${draft ? '-draft' : ''}.pdf`), bytes);
  const pdf = await readPdf(bytes);
  return { model, template, pdf, bodies: pageBodies(pdf, template.setup.margins), bytes };
}

beforeAll(async () => {
  await mkdir(OUTPUT, { recursive: true });
  library = Library.parse(JSON.parse(await readFile(path.join(root, 'data', 'library.json'), 'utf8')));
  for (const templateId of TEMPLATES) {
    for (const test of CASES) exported.set(`${templateId} · ${test.name}`, await exportCase(templateId, test));
  }
}, 600_000);

const matrix = TEMPLATES.flatMap((templateId) => CASES.map((test) => ({ key: `${templateId} · ${test.name}`, templateId, test })));

/**
 * The first words of everything the template starts on a new page (its `page-break-before` and
 * `page-break-if-half-full` elements, and the contents), as the rendered HTML has them.
 */
function newPageOpenings(template: LoadedTemplate, model: BriefingModel): string[] {
  const html = renderTemplate(template, model);
  const openings: string[] = [];
  for (const match of html.matchAll(/<[a-z0-9]+\b[^>]*class="[^"]*\bpage-break-(?:before|if-half-full)\b[^"]*"[^>]*>/g)) {
    if (match[0].includes('data-bb-toc')) {
      openings.push(template.setup.tocTitle);
      continue;
    }
    const text = normalize(html.slice(match.index + match[0].length).replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' '));
    openings.push(decodeEntities(text).slice(0, 24));
  }
  return openings;
}

function decodeEntities(text: string): string {
  return text.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'");
}

/** The body text of the whole document, pages joined, so a passage that runs over a page foot reads whole. */
function bodyText(bodies: readonly PageBody[]): string {
  return normalize(bodies.map((body) => body.text).join(' '));
}

describe("director's checks", () => {
  it.each(matrix)('$key: no page whose text area holds fewer than 3 lines, unless the document is that one page', ({ key }) => {
    const { bodies } = exported.get(key)!;
    bodies.forEach((body, index) => {
      if (bodies.length === 1) return;
      expect(body.lines, `page ${index + 1}: ${JSON.stringify(body.text)}`).toBeGreaterThanOrEqual(3);
    });
  });

  it.each(matrix)('$key: no page but the last is more than a quarter empty, unless a new chapter starts on the next', ({ key }) => {
    const { bodies, template, model } = exported.get(key)!;
    const openings = newPageOpenings(template, model);
    bodies.slice(0, -1).forEach((body, index) => {
      if (body.emptyBelow <= 0.25) return;
      const next = normalize(bodies[index + 1]!.text);
      const opensChapter = openings.some((opening) => next.startsWith(opening));
      expect(opensChapter, `page ${index + 1} is ${Math.round(body.emptyBelow * 100)}% empty; page ${index + 2} starts "${next.slice(0, 40)}"`).toBe(true);
    });
  });

  it.each(matrix)('$key: carries the handling marking in its metadata, where data-loss-prevention tools look', ({ key }) => {
    const { pdf, model, template } = exported.get(key)!;
    const marking = template.setup.marking || model.marking;
    expect(marking).not.toBe('');
    expect((pdf.info.Custom as Record<string, unknown> | undefined)?.Marking).toBe(marking);
    expect(String(pdf.info.Keywords).startsWith(marking)).toBe(true);
  });

  it.each(matrix)('$key: says "agree" or "converge" only of positions an analyst linked', ({ key }) => {
    const { pdf, bodies, model } = exported.get(key)!;
    // What the sources and the analyst wrote may say anything; each run of text that says it must come from there.
    const written = [
      ...model.sections.flatMap((s) => s.records).flatMap((r) => [r.quote, r.statement, r.summary, r.note]),
      ...model.sections.map((s) => s.topic.description),
    ]
      .filter(Boolean)
      .map(normalize);
    const all = bodyText(bodies);
    const claims = pdf.items
      .flat()
      .map((item) => normalize(item.str))
      .filter((run) => /\b(?:agree|converg)/i.test(run))
      .filter((run) => !written.some((passage) => passage.includes(run)))
      // A denial ("which is not to say the sources agree") claims nothing.
      .filter((run) => !/\bnot\b[^.]*$/.test(all.slice(Math.max(0, all.indexOf(run) - 60), all.indexOf(run) + run.search(/agree|converg/i))));
    if (model.agreements.length === 0) expect(claims).toEqual([]);
    // Where it says so, it names what was agreed: each linked position, by the first words of its label.
    else for (const position of model.agreements) expect(all.toLowerCase()).toContain(position.label.split(' ').slice(0, 2).join(' ').toLowerCase());
  });

  it.each(matrix.filter((m) => m.templateId !== 'one-pager'))('$key: every note gives its paragraph, and its source’s address and access date', ({ key }) => {
    const { bodies, model, pdf } = exported.get(key)!;
    // Each note starts a line with its number; the lines up to the next note's are its text.
    const lines = bodies.flatMap((body) => body.text.split('\n'));
    const notesStart = lines.lastIndexOf('Notes');
    expect(notesStart).toBeGreaterThan(0);
    const noteLines = lines.slice(notesStart + 1);
    expect(model.citations.length).toBeGreaterThan(0);
    for (const citation of model.citations) {
      const start = noteLines.findIndex((line) => line.startsWith(`${citation.number}. `));
      expect(start, `note ${citation.number}`).toBeGreaterThanOrEqual(0);
      const end = noteLines.findIndex((line, index) => index > start && /^\d+\. /.test(line));
      const note = normalize(noteLines.slice(start, end < 0 ? undefined : end).join(' '));
      expect(note, `note ${citation.number}`).toMatch(new RegExp(`\\bpara\\. ${citation.paragraph}\\b`));
      if (citation.firstOfSource) {
        expect(note).toContain('accessed');
        expect(pdf.links.flat().map((link) => link.url)).toContain(citation.source.url);
      }
    }
    // Each note links back to the records citing it: to the first of them on each page it names.
    const destinations = new Set(pdf.links.flat().map((link) => link.dest));
    for (const citation of model.citations) expect(destinations, `note ${citation.number}`).toContain(`record-${citation.recordIds[0]}`);
  });

  it.each(matrix)('$key: a table header row repeated on a new page says "(continued)", and only there', async ({ key }) => {
    const { bodies, bytes, template } = exported.get(key)!;
    const repeated = await bodyArtifactText(bytes, template.setup.margins);
    bodies.forEach((body, index) => {
      // The TOC's dot leaders are artifacts too.
      const header = repeated[index]!.replace(/[.\s]{3,}/g, ' ').trim();
      if (header) expect(header, `page ${index + 1}`).toContain('(continued)');
      // A table's first header row leaves it out: what is not repeated does not continue.
      expect(normalize(body.text).split('(continued)').length, `page ${index + 1}`).toBe(header.split('(continued)').length);
    });
  });

  it.each(['A4', 'LETTER'] as const)('comparison of the whole library on %s: a topic whose records run over a page foot is named again, "(continued)", above them', async (paper) => {
    const whole = CASES[0]!;
    const { bytes, model, template } = paper === whole.paper ? exported.get('comparison · whole library')! : await exportCase('comparison', { ...whole, paper });
    const repeated = await bodyArtifactText(bytes, template.setup.margins);
    const continued = model.matrix.rows.map((row) => `${row.topic.label} (continued)`).filter((heading) => repeated.some((header) => header.startsWith(heading)));
    // Several of the whole library's topics run over a page foot.
    expect(continued.length).toBeGreaterThanOrEqual(2);
  });

  it.each(matrix.filter((m) => m.templateId === 'book'))('$key: the contents join each entry to its page by a dot leader, and the page is where the section starts', ({ key }) => {
    const { bodies, template } = exported.get(key)!;
    expect(template.setup.toc).toBe(true);
    const tocPage = bodies.findIndex((body) => body.text.startsWith(template.setup.tocTitle));
    expect(tocPage).toBeGreaterThanOrEqual(0);
    const entries = bodies[tocPage]!.text.split('\n').slice(1);
    expect(entries.length).toBeGreaterThan(2);
    for (const entry of entries) {
      const match = /^(.+?) (?:\. ?){3,}(\d+)$/.exec(normalize(entry));
      expect(match, entry).not.toBeNull();
      const [, heading, page] = match!;
      // The section's heading opens a line of that page.
      expect(bodies[Number(page) - 1]!.text.split('\n'), `${heading} on page ${page}`).toContain(heading);
    }
  });

  it.each(['A4', 'LETTER'] as const)('one-pager of the whole default library on %s: one page, its text at 9 pt or more, saying how many more records it leaves out', async (paper) => {
    const whole = CASES[0]!;
    const { bytes, model, pdf, bodies } = paper === whole.paper ? exported.get('one-pager · whole library')! : await exportCase('one-pager', { ...whole, paper });
    expect(pdf.numPages).toBe(1);
    const text = bodyText(bodies);
    // Every record it leads with, whole, and the line saying how many more the full briefing has.
    expect(model.topRecommendations.length).toBe(6);
    for (const { record } of model.topRecommendations) expect(text).toContain(normalize(record.summary));
    expect(model.topMore).toBeGreaterThan(0);
    expect(text).toContain(`${model.topMore} more topics with a recommendation or proposal in the full briefing.`);
    // The bottom line and the records are read at 9 pt or more (labels may be smaller).
    const sizes = (await textSizes(bytes))[0]!;
    const readable = [model.bluf, ...model.topRecommendations.map(({ record }) => record.summary)].map(normalize);
    const body = sizes.filter((run) => readable.some((passage) => passage.includes(normalize(run.str))) && normalize(run.str).length > 12);
    expect(body.length).toBeGreaterThan(10);
    for (const run of body) expect(run.size, run.str).toBeGreaterThanOrEqual(9);
  });

  it.each(matrix.filter((m) => m.templateId !== 'one-pager'))('$key: a note names each page that cites it once: "p. 3", "pp. 3, 5"', ({ key }) => {
    const { bodies, model } = exported.get(key)!;
    const lines = bodies.flatMap((body) => body.text.split('\n'));
    // (Each page number is a link of its own, which text extraction sets apart: "pp. 1 , 2".)
    const notes = lines.slice(lines.lastIndexOf('Notes') + 1).join(' ').replace(/\s+,/g, ',');
    const lists = [...notes.matchAll(/\b(pp?)\. (\d+(?:, \d+)*)/g)];
    expect(lists.length).toBeGreaterThanOrEqual(model.citations.length);
    for (const [list, prefix, pages] of lists) {
      const numbers = pages!.split(', ');
      expect(new Set(numbers).size, list).toBe(numbers.length);
      expect(prefix, list).toBe(numbers.length === 1 ? 'p' : 'pp');
    }
    // Nowhere "p. 3 p. 3": a page repeated for each record citing a note there.
    expect(notes).not.toMatch(/\bp\. (\d+) p\. \1\b/);
  });

  it.each(matrix)('$key: is laid out on the paper asked for', ({ key, test }) => {
    const { pdf, template } = exported.get(key)!;
    const [width, height] = test.paper === 'A4' ? [595.28, 841.89] : [612, 792];
    const expected = template.setup.orientation === 'landscape' ? { width: height, height: width } : { width, height };
    for (const size of pdf.sizes) {
      expect(size.width).toBeCloseTo(expected.width, 0);
      expect(size.height).toBeCloseTo(expected.height, 0);
    }
  });

  it.each(TEMPLATES)('%s: a draft’s watermark is drawn, not written: text extraction finds no DRAFT or any part of it', async (templateId) => {
    const { bytes } = await exportCase(templateId, CASES[3]!, true);
    const file = path.join(OUTPUT, `${templateId}-watermark.pdf`);
    await writeFile(file, bytes);
    const extracted = execFileSync('pdftotext', [file, '-']).toString('utf8');
    expect(extracted).not.toMatch(/DRAFT|\bDR\b|\bAF\b|\bD R A F T\b/);
    // The letters are there, as shapes, on every page; the rest of the text is still extracted.
    for (const shapes of watermarkShapes(bytes)) expect(shapes).toBe('DRAFT'.length);
    const { pdf } = exported.get(`${templateId} · ${CASES[3]!.name}`)!;
    expect(normalize(extracted)).toContain(normalize(pdf.pages[0]!).slice(0, 40));
  });
});
