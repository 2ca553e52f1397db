import { describe, expect, it } from 'vitest';
import type { ContentNode } from 'pdfmake';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { renderTemplate } from '../render/engine';
import { resolvePageSetup } from '../render/page-setup';
import { loadTemplate } from '../render/templates';
import { ConvertedBlocks } from './converted-blocks';
import { htmlToContent } from './html-to-content';

/**
 * Converting block by block, with blocks kept from earlier documents, must give exactly what
 * converting the whole document at once gives (`blocks` null): the same nodes, ids, page
 * references, breaks and table of contents.
 */
const setup = resolvePageSetup({});
const whole = (html: string, pageSetup = setup) => htmlToContent(html, pageSetup, 'en', null);

const MARKUP: Record<string, string> = {
  'implied end tags and tbody': '<p>one<p>two<div>block</div><table><tr><td>cell<td>cell 2</table><ul><li>a<li>b</ul>',
  'comments and whitespace': '<div>\n  <!-- a comment -->\n  <p>  spaced   text  </p>\n</div>\n<!-- between -->\n<pre>  keep\n   this </pre>\n&nbsp;\n',
  'inline formatting and links': '<p>plain <b>bold</b> <a href="#note-1"><sup>1</sup></a><br>next</p><p><a href="https://example.org">link</a></p>',
  'data attributes': `<div data-pdfmake='{"unbreakable": true, "margin": [1,2,3,4]}'><p class="a b  a">x</p></div><div data-pdfmake-type="columns"><div>left</div><div>right</div></div>`,
  tables: '<table data-pdfmake=\'{"widths": [20, "*"], "layout": "list"}\'><thead><tr><th colspan="2">head</th></tr></thead><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table>',
  'text the parser moves out of a table, joining the text before it': '<p>a</p>before<table>moved<tr><td>x</td></tr></table><p>b</p>',
  'a formatting element reopened across blocks': '<b>1<p>2</b>3</p><p>4</p>',
  'stray end tags and unclosed elements': '</p><div><p>unclosed</div>tail<template><p>inert</p></template>',
  'only inline content': 'just <b>text</b> and <i>more</i>',
  'a body with attributes': '<body class="wide"><p>a</p><p>b</p></body>',
  'ids given twice, across blocks': '<p id="r1">first</p><div><p id="r1">again</p><p id="r2">other</p></div><p id="r2">third</p>',
  'page references and half-full breaks': '<p>See <span data-bb-page-of="r9"></span> and <span data-bb-page-of="nowhere"></span></p><h2 class="page-break-if-half-full" id="r9">Later</h2><blockquote id="q"><p>quoted</p></blockquote>',
  cyrillic: '<blockquote><p>Нет альтернативы переговорам.</p><p class="attribution">— Russian delegation</p></blockquote><p>Mixed: переговоры now</p>',
};

describe('ConvertedBlocks', () => {
  for (const id of ['memo', 'book', 'comparison', 'one-pager']) {
    it(`gives the whole conversion of the built-in ${id}, converting every block once`, async () => {
      const template = await loadTemplate(id);
      const html = renderTemplate(template, briefingModel());
      for (const pageSetup of [template.setup, { ...template.setup, toc: true, bookmarks: false }]) {
        const blocks = new ConvertedBlocks();
        expect(htmlToContent(html, pageSetup, 'en', blocks)).toEqual(whole(html, pageSetup));
        const converted = blocks.conversions;
        expect(htmlToContent(html, pageSetup, 'en', blocks)).toEqual(whole(html, pageSetup));
        // Only a table of contents marker, whose conversion depends on the blocks before it, is converted again.
        expect(blocks.conversions - converted).toBe(pageSetup.toc && html.includes('data-bb-toc') ? 1 : 0);
      }
    });
  }

  for (const [name, html] of Object.entries(MARKUP)) {
    it(`gives the whole conversion: ${name}`, () => {
      const blocks = new ConvertedBlocks();
      expect(htmlToContent(html, setup, 'en', blocks)).toEqual(whole(html));
      expect(htmlToContent(html, setup, 'en', blocks)).toEqual(whole(html));
    });
  }

  it('keeps the blocks of one document for another, each document getting its own ids, references and breaks', () => {
    const blocks = new ConvertedBlocks();
    const documents = Object.values(MARKUP);
    for (const html of documents) htmlToContent(html, setup, 'en', blocks);
    // Every block seen before, in new company: ids given earlier now, references to other places.
    const mixed = [...documents].reverse().join('\n');
    expect(htmlToContent(mixed, setup, 'en', blocks)).toEqual(whole(mixed));
    const reordered = `${MARKUP['page references and half-full breaks']}${MARKUP['ids given twice, across blocks']}<p id="r9">taken</p>`;
    expect(htmlToContent(reordered, setup, 'en', blocks)).toEqual(whole(reordered));
  });

  it('converts again only the block that changed', () => {
    const blocks = new ConvertedBlocks();
    const paragraphs = (edited: string) => ['<h2>Head</h2>', ...Array.from({ length: 20 }, (_, i) => `<div class="record"><p>Record ${i}</p><blockquote><p>${i === 7 ? edited : 'Quote'}</p></blockquote></div>`)].join('\n');
    htmlToContent(paragraphs('Quote'), setup, 'en', blocks);
    const before = blocks.conversions;
    const edited = htmlToContent(paragraphs('Quote, edited'), setup, 'en', blocks);
    expect(blocks.conversions - before).toBe(1);
    expect(edited).toEqual(whole(paragraphs('Quote, edited')));
  });

  it('hands out copies: what pdfmake writes into one document is not in the next', () => {
    const blocks = new ConvertedBlocks();
    const html = '<p class="lead">Text <a href="#note-1"><sup>1</sup></a></p><blockquote><p>Quote</p></blockquote>';
    const first = htmlToContent(html, setup, 'en', blocks) as ContentNode[];
    first[0]!.positions = [1, 2];
    (first[1]!.table as { body: ContentNode[][] }).body[0]![0]!.text = 'changed';
    JSON.stringify(first, (_key, value: unknown) => (value && typeof value === 'object' && 'tag' in value ? Object.assign(value, { tag: 'X' }) : value));
    expect(htmlToContent(html, setup, 'en', blocks)).toEqual(whole(html));
  });

  it('keeps structure tags shared between the runs of one element shared in every copy', () => {
    const blocks = new ConvertedBlocks();
    const html = '<p>See <a href="https://example.org">the <b>whole</b> report</a>.</p>';
    htmlToContent(html, setup, 'en', blocks);
    const [paragraph] = htmlToContent(html, setup, 'en', blocks) as ContentNode[];
    const link = (paragraph!.text as ContentNode[])[1]!.text as ContentNode[];
    expect(link.map((run) => run.tag)).toEqual(Array(3).fill({ type: 'Link', alt: 'the whole report' }));
    expect(new Set(link.map((run) => run.tag)).size).toBe(1);
  });

  it('can leave the first document to the whole conversion, keeping blocks from the second on', () => {
    const blocks = new ConvertedBlocks(undefined, true);
    const html = MARKUP['inline formatting and links']!;
    expect(htmlToContent(html, setup, 'en', blocks)).toEqual(whole(html));
    expect([blocks.documents, blocks.conversions]).toEqual([0, 0]);
    expect(htmlToContent(html, setup, 'en', blocks)).toEqual(whole(html));
    expect([blocks.documents, blocks.conversions, blocks.copies]).toEqual([1, 2, 0]);
    expect(htmlToContent(html, setup, 'en', blocks)).toEqual(whole(html));
    expect([blocks.documents, blocks.conversions, blocks.copies]).toEqual([2, 2, 2]);
  });

  it('drops the least recently used blocks past its capacity', () => {
    // Room for two of these blocks (the source and the page setup's part, about 60 characters each), not three.
    const blocks = new ConvertedBlocks(150);
    const [first, second, third] = ['first', 'second', 'third'].map((name) => `<p>The ${name} block, long enough</p>`);
    htmlToContent(`${first}${second}`, setup, 'en', blocks);
    htmlToContent(`${third}`, setup, 'en', blocks);
    const before = blocks.conversions;
    htmlToContent(`${first}${third}`, setup, 'en', blocks);
    expect(blocks.conversions - before).toBe(1);
  });
});
