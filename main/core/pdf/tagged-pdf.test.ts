import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { matterhornFailures, pdfObjects, structureOutline } from '../../../test/matterhorn';
import { readPdf } from '../../../test/read-pdf';
import { loadTemplate } from '../render/templates';
import { exportPdf } from './export-pdf';

const TEMPLATES = ['memo', 'book', 'comparison', 'one-pager'];

/** Runs a poppler tool on the PDF and returns what it prints. */
function poppler(tool: 'pdfinfo' | 'pdftotext', bytes: Uint8Array, ...args: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefbook-tagged-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])]).toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const exported = new Map<string, Uint8Array>();
beforeAll(async () => {
  for (const id of TEMPLATES) exported.set(id, (await exportPdf(briefingModel(), await loadTemplate(id))).bytes);
});

describe.each(TEMPLATES)('the built-in %s template, read back', (id) => {
  it('is tagged, in English, titled, and passes the Matterhorn checks that apply', async () => {
    const bytes = exported.get(id)!;
    expect(poppler('pdfinfo', bytes)).toMatch(/^Tagged:\s+yes$/m);
    const { root } = pdfObjects(bytes);
    expect(root['/Lang']).toBe('u:en');
    expect(await matterhornFailures(bytes)).toEqual([]);
  });

  it('has its headings, paragraphs, quotations and notes in the structure, in reading order', async () => {
    const roles = (await structureOutline(exported.get(id)!)).map((line) => line.trim());
    expect(roles[0]).toBe('Document');
    const first = (role: string) => roles.findIndex((line) => line.startsWith(role));
    expect(first('H1')).toBeGreaterThan(0);
    expect(first('H2')).toBeGreaterThan(first('H1'));
    expect(roles).toContain('P');
    // The one-pager prints no Russian: it lists English summaries only.
    if (id !== 'one-pager') {
      expect(roles).toContain('Span lang=ru');
      expect(first('Note')).toBeGreaterThan(first('H2'));
      expect(roles).toContainEqual(expect.stringMatching(/^Link alt=https:\/\//));
    }
    if (id === 'memo' || id === 'book') {
      expect(first('BlockQuote')).toBeGreaterThan(first('H2'));
      expect(roles).toContain('P lang=ru');
    }
  });
});

describe('structure the built-in templates give', () => {
  it('memo: each quoted statement is a block quote whose note call is a Reference holding a Link to the note', async () => {
    const outline = await structureOutline(exported.get('memo')!);
    const quote = outline.findIndex((line) => line.trim() === 'BlockQuote');
    expect(outline.slice(quote, quote + 4).map((line) => line.trim())).toEqual(['BlockQuote', 'P', 'Reference', 'Link alt=Note 1']);
  });

  it('comparison: the matrix is a table with a header row of column headers', async () => {
    const roles = (await structureOutline(exported.get('comparison')!)).map((line) => line.trim());
    const table = roles.indexOf('Table');
    expect(roles.slice(table, table + 4)).toEqual(['Table', 'THead', 'TR', 'TH']);
    expect(roles.slice(table)).toContain('TBody');
    expect(roles.slice(table)).toContain('TD');
  });

  it('book: the table of contents is a TOC with one TOCI per entry, each linking to its section', async () => {
    const outline = (await structureOutline(exported.get('book')!)).map((line) => line.trim());
    const toc = outline.indexOf('TOC');
    const entries = outline.slice(toc + 1).filter((line, index, rest) => rest.slice(0, index + 1).every((role) => /^(TOCI|Link)/.test(role)));
    // The contents list what the bookmarks list: every chapter heading the book has.
    const chapters = (await readPdf(exported.get('book')!)).outline.length;
    expect(chapters).toBeGreaterThan(3);
    expect(entries.filter((role) => role === 'TOCI')).toHaveLength(chapters);
    expect(entries.filter((role) => role.startsWith('Link'))).toHaveLength(chapters);
  });

  it('pdftotext reads the memo in order, and no watermark letters in a draft', async () => {
    const text = poppler('pdftotext', exported.get('memo')!).replace(/\s+/g, ' ');
    const order = ['MEMORANDUM', 'Track-2 Options', 'BOTTOM LINE UP FRONT', 'Strategic stability and arms control', 'NATO–Russia risk reduction', 'Notes'];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const draft = poppler('pdftotext', (await exportPdf(briefingModel({ draft: true }), await loadTemplate('memo'))).bytes);
    expect(draft.split('\n').filter((line) => /^[DRAFT]$/.test(line.trim()))).toEqual([]);
    expect(draft).not.toContain('DRAFT');
  });
});
