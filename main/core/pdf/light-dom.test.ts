import htmlToPdfmake, { type HtmlElement } from 'html-to-pdfmake';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { renderTemplate } from '../render/engine';
import { loadTemplate } from '../render/templates';
import { lightWindow } from './light-dom';

/**
 * The light DOM must be indistinguishable from a real one to html-to-pdfmake: it is checked
 * against jsdom (a complete DOM over the same parser) on the built-in memo and on markup that
 * exercises the parser's error recovery and every element property html-to-pdfmake reads.
 */
const jsdomWindow = new JSDOM('').window;

/** Converts with the given window, also logging what a `customTag` reads of each element. */
function convert(html: string, window: unknown) {
  const reads: unknown[] = [];
  const content = htmlToPdfmake(html, {
    window,
    customTag: ({ element, ret }) => {
      reads.push(readElement(element));
      return ret;
    },
  });
  return { content, reads };
}

function readElement(element: HtmlElement) {
  return {
    nodeName: element.nodeName,
    classes: [...element.classList],
    hasBox: element.classList.contains('box'),
    toc: element.hasAttribute('data-bb-toc'),
    pdfmake: element.getAttribute('data-pdfmake'),
    style: element.getAttribute('STYLE'),
    text: element.textContent,
  };
}

const TRICKY_MARKUP: Record<string, string> = {
  'implied end tags and tbody': '<p>one<p>two<div>block</div><table><tr><td>cell<td>cell 2</table><ul><li>a<li>b</ul>',
  entities: '<p>&nbsp;A&mdash;B &amp; C &lt;D&gt; &#x27;e&#39; &copy; &unknown; caf&eacute;</p>',
  'comments and whitespace': '<div>\n  <!-- a comment -->\n  <p>  spaced   text  </p>\n</div><pre>  keep\n   this </pre>',
  'inline formatting and links': '<p>plain <b>bold</b> <i>it</i> <u>u</u> <s>s</s> <a href="https://example.org">link</a> <a href="#note-1"><sup>1</sup></a><br>next</p>',
  'style attributes': '<p style="display:none">hidden</p><p style="visibility: HIDDEN">gone</p><p style="color: #c00; font-size: 14px; text-align: right; margin: 4px 2px">styled</p><span style="white-space: pre">  a  b </span>',
  'data attributes': `<div data-pdfmake='{"unbreakable": true, "margin": [1,2,3,4]}'><p class="a b  a">x</p></div><div data-pdfmake-type="columns"><div>left</div><div>right</div></div>`,
  tables: '<table style="width:100%" data-pdfmake=\'{"widths": [20, "*"], "layout": "list"}\'><colgroup><col width="30%"><col style="width: 70%"></colgroup><thead><tr><th colspan="2">head</th></tr></thead><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table>',
  lists: '<ol start="3" type="a"><li>three</li><li>four<ul><li>nested</li></ul></li></ol>',
  'upper case tags and attributes': '<P CLASS="Lead" ID="x" Data-Pdfmake=\'{"pageBreak": "before"}\'>Shout</P><H2 data-bb-section>Section</H2><HR>',
  'svg and images': '<svg viewBox="0 0 10 10" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg><img src="data:image/png;base64,AAAA" width="20">',
  'stray end tags, unclosed elements and templates': '</p><div><p>unclosed</div>tail<template><p>inert</p></template>',
  cyrillic: '<blockquote><p>Нет альтернативы переговорам.</p><p class="attribution">— Russian delegation</p></blockquote>',
};

describe('lightWindow', () => {
  it('gives html-to-pdfmake the same content as jsdom for the built-in memo', async () => {
    const html = renderTemplate(await loadTemplate('memo'), briefingModel());
    expect(convert(html, lightWindow)).toEqual(convert(html, jsdomWindow));
  });

  for (const [name, html] of Object.entries(TRICKY_MARKUP)) {
    it(`gives html-to-pdfmake the same content as jsdom: ${name}`, () => {
      expect(convert(html, lightWindow)).toEqual(convert(html, jsdomWindow));
    });
  }

  // The one difference found: jsdom's tree builder moves text misplaced in a table after the
  // table; the HTML standard (parse5, and the browsers) moves it before.
  it('moves text misplaced inside a table to before the table, as browsers do', () => {
    const body = new lightWindow.DOMParser().parseFromString('<table>loose text<tr><td>x</td></tr></table>').body;
    expect(body.childNodes.map((node) => node.nodeName)).toEqual(['#text', 'TABLE']);
    expect(body.textContent).toBe('loose textx');
  });

  it('reads attributes case-insensitively on HTML elements only, and maps data-* names to dataset', () => {
    const body = new lightWindow.DOMParser().parseFromString('<p DATA-PDFMAKE-TYPE="columns" Title="t"></p><svg viewBox="0 0 1 1"></svg>').body;
    const [p, svg] = body.children;
    expect(p!.getAttribute('title')).toBe('t');
    expect(p!.dataset).toEqual({ pdfmakeType: 'columns' });
    expect(svg!.nodeName).toBe('svg');
    expect(svg!.getAttribute('viewBox')).toBe('0 0 1 1');
    expect(svg!.getAttribute('viewbox')).toBeNull();
  });

  it("makes an element's class list and dataset once, however often they are asked for", () => {
    const [p] = new lightWindow.DOMParser().parseFromString('<p class="box  record box" data-bb-section="">x</p>').body.children;
    expect(p!.classList).toBe(p!.classList);
    expect([...p!.classList]).toEqual(['box', 'record']);
    expect(p!.dataset).toBe(p!.dataset);
    expect(p!.dataset).toEqual({ bbSection: '' });
  });
});
