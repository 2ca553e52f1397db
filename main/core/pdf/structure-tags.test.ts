import type { ContentNode } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { resolvePageSetup } from '../render/page-setup';
import { htmlToContent } from './html-to-content';

const setup = resolvePageSetup({});
const convert = (html: string) => htmlToContent(html, setup) as ContentNode[];
const body = (node: ContentNode) => (node.table as { body: ContentNode[][] }).body;

describe('structure tags from template HTML', () => {
  it('makes headings, paragraphs and lists what they are', () => {
    const [h1, h3, p, list] = convert('<h1>T</h1><h3>S</h3><p>Text</p><ol><li>One</li></ol>');
    expect([h1!.tag, h3!.tag, p!.tag, list!.tag]).toEqual(['H1', 'H3', 'P', 'L']);
  });

  it('makes a table with header cells a data table, with each header scoped to its column or row', () => {
    const [table] = convert('<table><tr><th>Topic</th><th>Elbe</th></tr><tr><th>Cyber</th><td>yes</td></tr></table>');
    expect(table!.tag).toBe('Table');
    const [[topic, elbe], [cyber, cell]] = body(table!) as [[ContentNode, ContentNode], [ContentNode, ContentNode]];
    expect([topic.tag, elbe.tag, cyber.tag, cell.tag]).toEqual([{ type: 'TH', scope: 'Column' }, { type: 'TH', scope: 'Column' }, { type: 'TH', scope: 'Row' }, 'TD']);
  });

  it('reads a layout table cell by cell, and makes each row a note when the template says so', () => {
    const [layout, notes] = convert('<table><tr><td>TO</td><td>Director</td></tr></table><table data-bb-rows="Note"><tr><td>1.</td><td>Source</td></tr></table>');
    expect(layout!.tag).toBeUndefined();
    expect(body(layout!)[0]!.map((cell) => cell.tag)).toEqual(['P', 'P']);
    expect(notes!.rowTag).toBe('Note');
  });

  it('gives links alternate text, and makes a link holding only a number a note call', () => {
    const [paragraph] = convert('<p>See <a href="https://example.org/r">the report</a>.<a href="#note-3"><sup>3</sup></a></p>');
    const [, link, , call] = paragraph!.text as ContentNode[];
    expect(link!.tag).toEqual({ type: 'Link', alt: 'the report' });
    expect(call!.tag).toEqual({ type: 'Link', alt: 'Note 3', parent: { type: 'Reference' } });
  });

  it('puts an inline element’s tag on every run it holds, nested elements inside it', () => {
    const [paragraph] = convert('<p><a href="https://example.org" lang="de"><b>fett</b> und <span lang="fr">gras</span></a></p>');
    const runs = ((paragraph!.text as ContentNode[])[0]!.text as ContentNode[]).map((run) => run.tag as { type: string; lang?: string; parent?: unknown });
    const link = runs[0]!;
    expect(link).toMatchObject({ type: 'Link', lang: 'de' });
    expect(runs[1]).toBe(link);
    expect(runs[2]).toEqual({ type: 'Span', lang: 'fr', parent: link });
  });

  it('gives images their alt text as figures, and makes images without it decoration', () => {
    const [figure, decoration] = convert('<img src="data:image/png;base64,AA" alt="Chart of contacts"><img src="data:image/png;base64,AA">');
    expect(figure!.tag).toEqual({ type: 'Figure', alt: 'Chart of contacts' });
    expect(decoration!.tag).toBe('Artifact');
  });

  it('lets a template name a structure type, mark decoration, and set the language', () => {
    const [note, ornament, passage] = convert('<p data-bb-tag="Note">n</p><p data-bb-tag="artifact">*</p><p lang="uk">Слава</p>');
    expect([note!.tag, ornament!.tag, passage!.tag]).toEqual(['Note', 'Artifact', { type: 'P', lang: 'uk' }]);
  });

  it('marks Russian passages: a Cyrillic paragraph as ru, a Cyrillic phrase in English as a ru span, keeping the words', () => {
    const [russian, mixed] = convert('<p>Нет альтернативы переговорам.</p><p>Стратегическая стабильность rests on talks.</p>');
    expect(russian!.tag).toEqual({ type: 'P', lang: 'ru' });
    expect(mixed!.text).toEqual([{ text: 'Стратегическая стабильность ', tag: { type: 'Span', lang: 'ru' } }, 'rests on talks.']);
  });

  it('makes the table of contents a TOC', () => {
    const [toc] = htmlToContent('<div data-bb-toc></div>', resolvePageSetup({ toc: true })) as ContentNode[];
    expect(toc!.tag).toBe('TOC');
  });
});

describe('structure tags a template sets through data-pdfmake', () => {
  it('are dropped unless they are plain structure names, since PDFKit writes them unescaped', () => {
    const [bad, scoped, good] = convert(
      `<p data-pdfmake='{"tag": "P/Evil (x)"}'>a</p><p data-pdfmake='{"tag": {"type": "TH", "scope": "Row>>"}}'>b</p><p data-pdfmake='{"tag": "Note"}'>c</p>`,
    );
    expect(bad!.tag).toBeUndefined();
    expect(scoped!.tag).toBeUndefined();
    expect(good!.tag).toBe('Note');
  });
});
