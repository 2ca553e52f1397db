import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unpatchedPdfLibraries } from '../../../test/unpatched-pdf-libraries';
import { defaultResourceLayout } from '../resources';
import { fontDescriptors } from './fonts';

/** The part of PDFKit's document this test draws with. */
interface Drawing {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  font(file: string): Drawing;
  fontSize(size: number): Drawing;
  fillColor(color: string | number[], opacity?: number): Drawing;
  strokeColor(color: string | number[], opacity?: number): Drawing;
  opacity(opacity: number): Drawing;
  text(text: string, x?: number, y?: number, options?: object): Drawing;
  rect(x: number, y: number, w: number, h: number): Drawing;
  fill(): Drawing;
  stroke(): Drawing;
  save(): Drawing;
  restore(): Drawing;
  translate(x: number, y: number): Drawing;
  rotate(angle: number, options?: object): Drawing;
  link(x: number, y: number, w: number, h: number, url: string | number): Drawing;
  goTo(x: number, y: number, w: number, h: number, name: string): Drawing;
  note(x: number, y: number, w: number, h: number, contents: string): Drawing;
  addNamedDestination(name: string, ...args: unknown[]): void;
  addPage(options?: object): Drawing;
  markContent(tag: string, options?: object): Drawing;
  endMarkedContent(): Drawing;
  struct(type: string, options?: object, children?: unknown): StructureElement;
  addStructure(element: StructureElement): Drawing;
  ref(data?: object): { write(chunk: string | Uint8Array): void; end(): void };
  outline: { addItem(title: string): { addItem(title: string): unknown } };
  end(): void;
}
interface StructureElement {
  add(child: unknown): StructureElement;
  end(): void;
}
type PdfkitClass = new (options: object) => Drawing;

const FONTS = fontDescriptors(defaultResourceLayout());
const CYRILLIC = 'Стратегическая стабильность и диало\u0301г — “quoted” (parenthesised) words, AVAWAY To Ty.';

/**
 * One document through as much of PDFKit as Briefbook's exports use: embedded fonts (Latin and
 * Cyrillic), colours and opacity, transforms, a tagged structure with marked content and
 * artifacts, links to addresses, pages and names, a note, an outline, and objects of every kind
 * (text strings, names, numbers, dates, bytes, arrays with a hole, streams of text and bytes).
 */
function draw(PDFDocument: PdfkitClass): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: 'Briefing on “stability”', Author: 'Аналитик', CreationDate: new Date('2026-01-15T08:30:00Z') },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const document = doc.struct('Document');
  doc.addStructure(document);
  doc.markContent('Artifact', { type: 'Pagination' });
  doc.font(FONTS['PT Sans']!.normal).fontSize(8).fillColor('#777').text('RESTRICTED', 50, 20);
  doc.endMarkedContent();
  for (let page = 0; page < 2; page++) {
    if (page > 0) doc.addPage();
    document.add(
      doc.struct('H1', { title: `Section ${page + 1}` }, () => {
        doc.font(FONTS['PT Serif']!.bold).fontSize(16).fillColor([20, 40, 90]).text(`Heading ${page + 1}: ${CYRILLIC.slice(0, 30)}`, 72, 72);
      }),
    );
    document.add(
      doc.struct('P', { lang: 'ru' }, () => {
        doc.font(FONTS['PT Serif']!.normal).fontSize(10.5).fillColor('black', 0.9);
        doc.text(CYRILLIC.repeat(6), 72, 110, { width: 420, align: 'justify', characterSpacing: 0.2 });
      }),
    );
    document.add(
      doc.struct('Figure', { alt: 'A rotated box' }, () => {
        doc.save().translate(300, 400).rotate(12.5, { origin: [10, 10] }).rect(0, 0, 120.333333, 40).fillColor('#3366cc', 0.35).fill().restore();
        doc.strokeColor([0, 50, 100, 0], 0.6).rect(72, 480, 200, 30).stroke().opacity(1);
      }),
    );
    doc.addNamedDestination(`section-${page + 1}`, 'XYZ', 72, 72, null);
    document.add(
      doc.struct('Link', () => {
        doc.fillColor('#0645ad').text('A linked address', 72, 540, { link: 'https://example.org/a?b=(c)', underline: true });
      }),
    );
    doc.link(72, 560, 100, 12, 0);
    doc.goTo(72, 580, 100, 12, 'section-1');
    doc.note(400, 600, 20, 20, 'A note (with parentheses) и кириллица');
  }
  const chapter = doc.outline.addItem('Chapter');
  chapter.addItem('Раздел');
  // Every kind of value PDFKit converts, and a stream written as text, then bytes, then text.
  const values = doc.ref({
    Name: 'Plain',
    Text: new String('Text with (parentheses), a backslash \\ and\nnewline'),
    Unicode: new String('Кириллица'),
    Date: new Date('2026-02-03T04:05:06Z'),
    Bytes: Buffer.from([0, 1, 254, 255]),
    Numbers: [0, -1.5, 1 / 3, 1e-7, 123456.7890123],
    // eslint-disable-next-line no-sparse-arrays
    Holey: [1, , 3],
    Nested: { Flag: true, Nothing: null },
  });
  values.write('q 1 0 0 1 10 10 cm');
  values.write(Buffer.from('% bytes between lines\n'));
  values.write('Q');
  values.end();
  document.end();
  doc.end();
  return ended;
}

const require = createRequire(import.meta.url);
const published = unpatchedPdfLibraries()('pdfkit') as PdfkitClass;

describe("the PDFKit patch's faster writing: the same bytes as the published PDFKit", () => {
  it('writes the same file, byte for byte, as the published PDFKit', async () => {
    const ours = await draw(require('pdfkit') as PdfkitClass);
    const theirs = await draw(published);
    expect(ours.length).toBeGreaterThan(20_000);
    expect(ours.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(ours.equals(theirs)).toBe(true);
  });

  it('writes the same file from its ES module build', async () => {
    // Not Briefbook's: pdfmake, and so every export, loads pdfkit.js; the ES build is kept alike.
    const { default: esBuild } = (await import(pathToFileURL(require.resolve('pdfkit/js/pdfkit.es.js')).href)) as { default: PdfkitClass };
    expect((await draw(esBuild)).equals(await draw(published))).toBe(true);
  });

  it('does not load the AES cipher until a document is encrypted, and still encrypts', async () => {
    const loaded = execFileSync(process.execPath, ['-e', "require('pdfkit'); process.stdout.write(String(Object.keys(require.cache).some((file) => file.includes('@noble'))))"], {
      cwd: path.dirname(require.resolve('pdfkit/package.json')),
    }).toString();
    expect(loaded).toBe('false');

    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefbook-pdfkit-'));
    try {
      // AES-128 (PDF 1.6) and AES-256 (PDF 1.7 extension level 3).
      for (const [pdfVersion, method] of [['1.6', 'AESv2'], ['1.7ext3', 'AESv3']]) {
        const doc = new (require('pdfkit') as PdfkitClass)({ pdfVersion, userPassword: 'secret', ownerPassword: 'owner' });
        const chunks: Buffer[] = [];
        doc.on('data', (chunk) => chunks.push(chunk));
        const ended = new Promise<void>((resolve) => doc.on('end', resolve));
        doc.text('Encrypted words', 72, 72);
        doc.end();
        await ended;
        const file = path.join(dir, `${pdfVersion}.pdf`);
        writeFileSync(file, Buffer.concat(chunks));
        expect(execFileSync('qpdf', ['--password=secret', '--show-encryption', file]).toString()).toContain(method);
        expect(execFileSync('pdftotext', ['-upw', 'secret', file, '-']).toString()).toContain('Encrypted words');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the PDFKit patch's name trees", () => {
  /** The keys of a one-page PDF's named destinations, in the order its name tree lists them, as written (PDF string bytes). */
  async function destinationKeys(PDFDocument: PdfkitClass, names: string[]): Promise<string[]> {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    const ended = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    for (const name of names) doc.addNamedDestination(name, 'XYZ', 72, 72, null);
    doc.end();
    const file = (await ended).toString('latin1');
    const tree = /\/Names \[\n([\s\S]*?)\n\]/.exec(file)?.[1] ?? '';
    return [...tree.matchAll(/^ {4}\((.*?)\) \[/gm)].map((match) => match[1]!);
  }

  it('list their keys in byte order, the order PDF readers search them in, not by locale', async () => {
    const names = ['note-2', 'écart', 'annex', 'Background', 'note-10'];
    const written = await destinationKeys(require('pdfkit') as PdfkitClass, names);
    // "écart" is written as UTF-16BE after the byte order mark FE FF: after every ASCII key.
    expect(written).toEqual(['Background', 'annex', 'note-10', 'note-2', '\u00fe\u00ff\u0000\u00e9\u0000c\u0000a\u0000r\u0000t']);
    expect([...written].sort((a, b) => Buffer.compare(Buffer.from(a, 'latin1'), Buffer.from(b, 'latin1')))).toEqual(written);
    // The published PDFKit sorts them as a dictionary would, which readers searching by bytes miss.
    expect(await destinationKeys(published, names)).not.toEqual(written);
  });
});
