import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingModel } from '../../test/fixtures/briefing-model';
import { readPdf } from '../../test/read-pdf';
import { renderBriefing } from './export-briefing';
import type { PageSetup, Paper } from './model';
import { defaultResourceLayout } from './resources';

/** Points of the first page, portrait. */
const A4 = { width: 595.28, height: 841.89 };
const LETTER = { width: 612, height: 792 };

let templatesDir: string;
beforeAll(async () => {
  templatesDir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-paper-'));
});
afterAll(async () => {
  await rm(templatesDir, { recursive: true, force: true });
});

/** The first page's size of the fixture briefing laid out through a one-line template. */
async function pageSize(pageSizeNamed: PageSetup['pageSize'], chosen: Paper | '', localePaper: Paper) {
  const text = `---\nname: Paper${pageSizeNamed ? `\npageSize: ${pageSizeNamed}` : ''}\n---\n<h1>{{title}}</h1>\n<p>{{paper}}</p>\n`;
  const { bytes } = await renderBriefing({ model: briefingModel({ paper: chosen }), template: 'paper', text, layout: defaultResourceLayout(), templatesDir, localePaper });
  const pdf = await readPdf(bytes);
  const [size] = pdf.sizes;
  return { width: Math.round(size!.width), height: Math.round(size!.height), printed: pdf.pages[0]! };
}

const rounded = (size: { width: number; height: number }) => ({ width: Math.round(size.width), height: Math.round(size.height) });

describe('the paper an export is laid out on', () => {
  it('is the template’s when the briefing picks none, even where the region uses another', async () => {
    expect(await pageSize('LETTER', '', 'a4')).toMatchObject(rounded(LETTER));
    expect(await pageSize('A4', '', 'letter')).toMatchObject(rounded(A4));
  });

  it('is the briefing’s when the analyst picked one', async () => {
    expect(await pageSize('A4', 'letter', 'a4')).toMatchObject(rounded(LETTER));
  });

  it('is the region’s for a template that names none, and the template reads it as {{paper}}', async () => {
    expect(await pageSize(undefined, '', 'letter')).toEqual({ ...rounded(LETTER), printed: expect.stringContaining('letter') });
    expect(await pageSize(undefined, '', 'a4')).toEqual({ ...rounded(A4), printed: expect.stringContaining('a4') });
  });
});
