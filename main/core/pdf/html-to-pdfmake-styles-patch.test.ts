import htmlToPdfmake, { type HtmlToPdfmakeOptions } from 'html-to-pdfmake';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { unpatchedPdfLibraries } from '../../../test/unpatched-pdf-libraries';
import { composeBriefing } from '../compose/compose';
import { newBriefing } from '../compose/new-briefing';
import { loadLibraryFile } from '../library';
import { renderTemplate } from '../render/engine';
import { resolvePageSetup } from '../render/page-setup';
import { loadTemplate } from '../render/templates';
import { projectRoot } from '../resources';
import { ConvertedBlocks } from './converted-blocks';
import { htmlToContent } from './html-to-content';
import { LightElement, lightWindow, type LightNode } from './light-dom';

/**
 * html-to-pdfmake's patch (patches/html-to-pdfmake+2.5.34.patch) reads each element's classes
 * and style attributes once per conversion instead of once per descendant. Its conversions are
 * held to the published html-to-pdfmake's: the built-in templates over the default library, and
 * markup that gives elements and their ancestors styles of every kind html-to-pdfmake reads.
 */

type Converter = typeof htmlToPdfmake;

/** The html-to-pdfmake the converter under test calls: the installed (patched) one unless a test sets one. */
const converter = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('html-to-pdfmake', async (importOriginal) => {
  const installed = (await importOriginal<{ default: Converter }>()).default;
  const convert = (html: string, options: HtmlToPdfmakeOptions) => ((converter.current as Converter | undefined) ?? installed)(html, options);
  return { default: Object.assign(convert, { installed }) };
});

const patched = (htmlToPdfmake as Converter & { installed: Converter }).installed;
const published = unpatchedPdfLibraries()('html-to-pdfmake') as Converter;

const TEMPLATES = ['memo', 'book', 'comparison', 'one-pager'];
const templateHtml = new Map<string, string>();

beforeAll(async () => {
  const library = await loadLibraryFile(path.join(projectRoot(), 'data', 'library.json'));
  for (const id of TEMPLATES) templateHtml.set(id, renderTemplate(await loadTemplate(id), composeBriefing(library, newBriefing(library, { templateId: id }))));
});

const MARKUP: Record<string, string> = {
  'nested inline styles':
    '<p style="color: #c00; font-size: 14px; line-height: 120%">a <span style="font-weight: bold; text-decoration: underline; font-family: \'PT Sans\', serif">b ' +
    '<em style="font-style: italic; text-decoration: line-through; font-weight: 400">c <b style="font-size: large !important; text-indent: 1em">d</b></em></span> e</p>' +
    '<div style="text-align: center; white-space: pre">  kept\n  <span style="white-space: nowrap">no wrap</span></div>',
  'margins, shorthand and sides, on nested elements':
    '<div style="margin: 4px 8px; margin-left: 2cm"><p style="margin: 2px; margin-left: 10px; margin-bottom: 0.5in">x <span style="margin-top: 3px">y</span></p>' +
    '<p style="margin: 1px 2px 3px; margin-right: auto">z</p><p style="margin: 1px 2px 3px 4px; margin-top: 6pt">w</p>' +
    '<div style="margin-left: 5px"><div style="margin: 0 auto; margin-bottom: 1rem"><p style="margin-left: 7px">deep <b style="margin: 9px">bold</b></p></div></div></div>' +
    '<h2 style="margin-left: 3px">heading</h2><p style="margin-left: 4px">paragraph</p><ul style="margin-bottom: 2px"><li style="margin: 1px">item</li></ul>',
  borders:
    '<table><tr><td style="border: 1px solid #ccc; border-left: 0">a</td><td style="border-color: red green; border-width: 0 2px">b</td>' +
    '<td style="border-top-color: blue; border-bottom-width: 0px; border-right: solid 2px rgb(0, 128, 255)">c</td><td style="border: none">d</td></tr></table>' +
    '<div style="border: 2px dashed black">div <span style="border-bottom: 1px solid red">span</span></div>',
  'colours with opacity':
    '<p style="color: rgba(255, 0, 0, 0.5); background-color: rgba(0, 0, 0, 0.25)">half <span style="color: hsl(120, 50%, 50%); background-color: transparent">green</span>' +
    ' <span style="color: rgb(10%, 20%, 30%); background-color: #ff0">hex</span></p>' +
    '<table><tr><td style="background-color: rgba(0, 0, 255, 0.3); color: rgba(1, 2, 3, 0.9)">cell</td><th style="background-color: navy">head</th></tr></table>',
  classes: '<div class="box  lead"><p class="note record">x<span class="a b a">y</span><b class="">z</b></p><p>plain <i class="em">it</i></p></div>',
  'font tags':
    '<p><font color="#336699" size="5">big <font size="2" color="red">small <font size="9">clamped</font></font></font> ' +
    '<font size="">empty size</font> <font color="rgb(10, 20, 30)">rgb</font> <font face="Serif" style="">face</font></p>',
  'table cells with row styles':
    '<table style="margin: 4px"><tr style="margin: 2px 6px; color: #333; background-color: #eee; border: 1px solid black; text-align: center; width: 50%">' +
    '<td style="margin-left: 5px">one <b>bold</b></td><td>two <span style="margin-right: 1px">span</span></td><th style="margin-top: 1px; border-left: 0">h</th></tr>' +
    '<tr style="margin: 3px"><td width="40" height="12" style="margin-bottom: 2px">a</td><td colspan="2" style="margin: 1px; margin-left: 8px">b</td></tr></table>',
  'lists with alignment':
    '<ul style="text-align: center; margin-left: 10px"><li style="text-align: right">a</li><li>b <span style="text-align: justify">c</span></li></ul>' +
    '<ol style="text-align: justify; list-style-type: lower-roman; margin: 2px" start="2"><li>x<ol style="text-align: left"><li style="margin: 1px; margin-left: 3px">y</li></ol></li></ol>',
  'images and sizes': '<p><img src="data:image/png;base64,AAAA" width="20" height="10" style="width: 30px; margin: 2px"> <span style="width: 10px; height: 4px">sized</span></p>',
};

/** What html-to-pdfmake would make with its own look (paragraph margins, list margins, heading sizes). */
function withOwnLook(convert: Converter, html: string): unknown {
  return convert(html, { window: lightWindow });
}

/** Briefbook's conversion, the whole document at once and block by block, through the given html-to-pdfmake. */
function briefbookConversion(convert: Converter, html: string): unknown {
  converter.current = convert;
  try {
    const setup = resolvePageSetup({ toc: true });
    return { whole: htmlToContent(html, setup, 'en', null), blocks: htmlToContent(html, setup, 'en', new ConvertedBlocks()) };
  } finally {
    converter.current = undefined;
  }
}

/**
 * Every place in a tree of nodes where an object or array met before turns up again, by path:
 * the published html-to-pdfmake hands each node arrays of its own, which a caller may change.
 */
function sharedPlaces(tree: unknown): string[] {
  const seen = new Map<object, string>();
  const places: string[] = [];
  const walk = (value: unknown, at: string) => {
    if (!value || typeof value !== 'object') return;
    const first = seen.get(value);
    if (first !== undefined) {
      places.push(`${at} is ${first}`);
      return;
    }
    seen.set(value, at);
    for (const [key, child] of Object.entries(value)) walk(child, `${at}.${key}`);
  };
  walk(tree, '');
  return places;
}

function expectSameConversion(html: string): void {
  for (const convert of [withOwnLook, briefbookConversion]) {
    const ours = convert(patched, html);
    const theirs = convert(published, html);
    expect(ours).toStrictEqual(theirs);
    expect(sharedPlaces(ours)).toEqual(sharedPlaces(theirs));
  }
}

describe("html-to-pdfmake with Briefbook's patch", () => {
  it('is the patched one, and the published one is not', () => {
    expect((patched as { briefbookPatch?: string }).briefbookPatch).toBe('styles-once');
    expect((published as { briefbookPatch?: string }).briefbookPatch).toBeUndefined();
  });

  it.each(TEMPLATES)('converts the built-in %s over the default library as the published one does', (id) => {
    expectSameConversion(templateHtml.get(id)!);
  });

  it.each(Object.keys(MARKUP))('converts %s as the published one does', (name) => {
    expectSameConversion(MARKUP[name]!);
  });

  it('converts markup that changes a shared margin after the first use as the published one does', () => {
    // Each cell gets the row's margin and may change a side of it; the next cell must not see that.
    const rows = Array.from({ length: 3 }, (_, row) => `<tr style="margin: ${row}px"><td style="margin-left: 9px">a</td><td>b</td><td style="margin-top: 4px">c</td></tr>`);
    expectSameConversion(`<table>${rows.join('')}</table>`);
  });

  it("reads each element's class and style attributes once per conversion, not once per descendant", () => {
    const html = templateHtml.get('memo')!;
    const ours = attributeReads(patched, html);
    const theirs = attributeReads(published, html);
    // `size` is read by parseStyle alone, once for the element and once for its descendants.
    expect(Math.max(...ours.size.values())).toBeLessThanOrEqual(2);
    expect(Math.max(...ours.class.values())).toBe(1);
    expect(sum(theirs.size)).toBeGreaterThan(3 * sum(ours.size));
    expect(sum(theirs.class)).toBeGreaterThan(3 * sum(ours.class));
  });
});

/** How often html-to-pdfmake asks each element for its `size` and `class` attributes in one conversion. */
function attributeReads(convert: Converter, html: string): Record<'size' | 'class', Map<LightNode, number>> {
  const reads = { size: new Map<LightNode, number>(), class: new Map<LightNode, number>() };
  const count = (node: LightNode) => {
    if (!(node instanceof LightElement)) return;
    const element = node as LightElement & { getAttribute(name: string): string | null };
    element.getAttribute = (name) => {
      if (name === 'size' || name === 'class') reads[name].set(element, (reads[name].get(element) ?? 0) + 1);
      return LightElement.prototype.getAttribute.call(element, name);
    };
    node.childNodes.forEach(count);
  };
  const window = {
    DOMParser: class {
      parseFromString(text: string) {
        const document = new lightWindow.DOMParser().parseFromString(text);
        count(document.body);
        return document;
      }
    },
  };
  convert(html, { window });
  return reads;
}

function sum(counts: Map<unknown, number>): number {
  return [...counts.values()].reduce((total, count) => total + count, 0);
}
