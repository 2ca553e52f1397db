import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { matterhornFailures, pdfObjects, xmpOf } from '../../../test/matterhorn';
import { readPdf } from '../../../test/read-pdf';
import { loadTemplateFile } from '../render/template-file';
import { loadTemplate } from '../render/templates';
import { defaultResourceLayout, projectRoot } from '../resources';
import { exportPdf } from './export-pdf';

/** Runs `use` on the PDF saved to a temporary file. */
function withPdfFile<T>(bytes: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefbook-pdfa-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `qpdf --check` says of a PDF, and whether it exited cleanly (3 means warnings). */
function qpdfCheck(bytes: Uint8Array): { status: number | null; output: string } {
  return withPdfFile(bytes, (file) => {
    const result = spawnSync('qpdf', ['--check', file]);
    return { status: result.status, output: result.stdout.toString() + result.stderr.toString() };
  });
}

describe('an archival (PDF/A-2b) export', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = (await exportPdf(briefingModel({ pdfa: true, draft: true }), await loadTemplate('memo'))).bytes;
  });

  it('identifies itself as PDF/A-2b and PDF/UA-1 in XMP that pdf.js reads, with the title', async () => {
    const xmp = await xmpOf(bytes);
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(xmp).toContain('Track-2 Options for US–Russia Military Risk Reduction');
  });

  it('has an sRGB output intent with the embedded ICC profile, and a document ID', () => {
    const { objects, root } = pdfObjects(bytes);
    const intents = root['/OutputIntents'] as string[];
    expect(intents).toHaveLength(1);
    const intent = objects[`obj:${intents[0]}`]!.value as Record<string, string>;
    expect(intent['/S']).toBe('/GTS_PDFA1');
    expect(intent['/OutputConditionIdentifier']).toBe('u:sRGB IEC61966-2.1');
    const profile = objects[`obj:${intent['/DestOutputProfile']}`]!.stream!.dict;
    expect(profile['/N']).toBe(3);
    const trailer = objects.trailer!.value as Record<string, unknown>;
    expect(trailer['/ID']).toHaveLength(2);
  });

  it('passes qpdf --check without warnings, and stays tagged and accessible', async () => {
    const { status, output } = qpdfCheck(bytes);
    expect(output).toContain('No syntax or stream encoding errors found');
    expect(output).not.toMatch(/WARNING/i);
    expect(status).toBe(0);
    expect(await matterhornFailures(bytes)).toEqual([]);
    expect((await readPdf(bytes)).numPages).toBeGreaterThan(1);
  });

  it('is made when a template asks for it in its front matter, and not otherwise', async () => {
    const dir = path.join(projectRoot(), 'test-output', 'templates');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'archival-memo.hbs');
    const memo = await loadTemplate('memo');
    await writeFile(file, `---\npdfa: true\n---\n${memo.body}`);
    const archival = (await exportPdf(briefingModel(), await loadTemplateFile(file))).bytes;
    expect(await xmpOf(archival)).toContain('<pdfaid:part>2</pdfaid:part>');
    const plain = (await exportPdf(briefingModel(), memo)).bytes;
    expect(await xmpOf(plain)).not.toContain('pdfaid');
    expect(pdfObjects(plain).root['/OutputIntents']).toBeUndefined();
  });

  it('keeps its XMP well-formed when the title and author hold XML characters', async () => {
    const title = 'Arms Control & Risk Reduction <Draft>';
    const marked = (await exportPdf(briefingModel({ pdfa: true, title, from: 'Policy & Plans' }), await loadTemplate('memo'))).bytes;
    const doc = await getDocument({ data: new Uint8Array(marked), verbosity: 0 }).promise;
    try {
      // pdf.js drops XMP it cannot parse, so reading the title back proves the packet is well-formed.
      const { metadata } = await doc.getMetadata();
      expect((metadata as { get(name: string): unknown } | null)?.get('dc:title')).toBe(title);
    } finally {
      await doc.destroy();
    }
  });

  it('embeds the colour profile from the resource layout, whole', async () => {
    const { objects, root } = pdfObjects(bytes);
    const intent = objects[`obj:${(root['/OutputIntents'] as string[])[0]}`]!.value as Record<string, string>;
    const embedded = withPdfFile(bytes, (file) => execFileSync('qpdf', [`--show-object=${intent['/DestOutputProfile']!.split(' ')[0]}`, '--filtered-stream-data', file]));
    expect(embedded).toEqual(await readFile(defaultResourceLayout().colorProfile));
  });
});
