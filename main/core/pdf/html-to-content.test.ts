import { describe, expect, it } from 'vitest';
import type { ContentNode } from 'pdfmake';
import { resolvePageSetup } from '../render/page-setup';
import { htmlToContent } from './html-to-content';
import { TABLE_LAYOUTS } from './stylesheet';

const setup = resolvePageSetup({});

describe('htmlToContent', () => {
  it('drops the whitespace between blocks instead of printing empty lines', () => {
    const content = htmlToContent('<div>\n  <p>One</p>\n  <p>Two</p>\n</div>', setup);
    expect(content).toEqual([{ nodeName: 'DIV', stack: [expect.objectContaining({ text: 'One' }), expect.objectContaining({ text: 'Two' })] }]);
  });

  it('spaces blocks from the style sheet, a class winning over the tag, the template over both', () => {
    const [plain, lead, own] = htmlToContent('<p>a</p><p class="lead">b</p><p style="margin-bottom: 20px">c</p>', setup) as Array<Record<string, unknown>>;
    expect(plain!.margin).toEqual([0, 0, 0, 6]);
    expect(lead!.margin).toEqual([0, 0, 0, 4]);
    expect(own!.margin).toBeUndefined();
    expect(own!.marginBottom).toBe(15);
  });

  it('leaves out a table without rows, which pdfmake cannot lay out', () => {
    const content = htmlToContent('<p>Before</p><table class="endnotes">\n</table><p>After</p>', setup) as Array<Record<string, unknown>>;
    expect(content.map((node) => node.text)).toEqual(['Before', 'After']);
  });

  it('leaves the look to the style sheet, not to html-to-pdfmake', () => {
    const [heading, paragraph] = htmlToContent('<h2>Cyber</h2><p>Text <a href="https://example.org">link</a></p>', setup) as Array<Record<string, unknown>>;
    expect(heading).toMatchObject({ text: 'Cyber', style: ['html-h2'], headlineLevel: 2 });
    expect(heading).not.toHaveProperty('fontSize');
    expect(JSON.stringify(paragraph)).not.toMatch(/"color"|underline/);
  });

  it('turns section headings into TOC entries and bookmarks, as the setup asks', () => {
    const html = '<div data-bb-toc></div><h2 data-bb-section>NATO–Russia\n  risk reduction</h2>';
    const [toc, heading] = htmlToContent(html, resolvePageSetup({ toc: true, tocTitle: 'In this memo' })) as Array<Record<string, unknown>>;
    expect(toc).toMatchObject({ toc: { title: { text: 'In this memo' }, leader: '.' } });
    expect(heading).toMatchObject({ tocItem: true, outline: true, outlineText: 'NATO–Russia risk reduction' });

    const plain = htmlToContent(html, resolvePageSetup({ bookmarks: false })) as Array<Record<string, unknown>>;
    expect(plain).toHaveLength(1);
    expect(plain[0]).not.toHaveProperty('tocItem');
    expect(plain[0]).not.toHaveProperty('outline');
  });

  it('starts the table of contents on a new page when its marker asks', () => {
    const [toc] = htmlToContent('<div data-bb-toc class="page-break-before"></div>', resolvePageSetup({ toc: true })) as Array<Record<string, unknown>>;
    expect(toc).toMatchObject({ pageBreak: 'before', toc: {} });
  });

  it('drops the bottom margin of the last block, which would start a blank page at a page foot', () => {
    const content = htmlToContent('<p>First</p><div><p>Last</p></div>', setup) as Array<Record<string, unknown>>;
    expect(content[0]).toMatchObject({ margin: [0, 0, 0, 6] });
    expect(JSON.stringify(content[1])).toContain('"margin":[0,0,0,0]');
  });

  it('drops the bottom margin before a page break, which would start a blank page at a page foot', () => {
    const content = htmlToContent('<p>Before</p><h2 class="page-break-before">After</h2>', setup) as Array<Record<string, unknown>>;
    expect(content[0]).toMatchObject({ margin: [0, 0, 0, 0] });
    expect(content[1]).toMatchObject({ pageBreak: 'before' });
  });

  it('drops scripts, style sheets and frames with their content', () => {
    const content = htmlToContent('<script>alert("x")</script><style>p { color: red }</style><iframe src="https://example.com"></iframe><p>Kept</p>', setup);
    expect(JSON.stringify(content)).not.toMatch(/alert|color: red|example/);
    expect(JSON.stringify(content)).toContain('Kept');
  });

  it('puts the table of contents first when the template has no marker', () => {
    const content = htmlToContent('<h2 data-bb-section>Cyber</h2>', resolvePageSetup({ toc: true })) as Array<Record<string, unknown>>;
    expect(Object.keys(content[0]!)).toContain('toc');
  });

  it('draws blockquotes with a side rule and boxes as shaded panels', () => {
    const [quote, box] = htmlToContent('<blockquote><p>Quoted</p></blockquote><div class="box"><p>Bottom line</p></div><p>After</p>', setup) as Array<Record<string, unknown>>;
    expect(quote).toMatchObject({ layout: TABLE_LAYOUTS.quote, margin: [0, 3, 0, 5], table: { widths: ['*'] } });
    expect(box).toMatchObject({ layout: TABLE_LAYOUTS.box, margin: [0, 2, 0, 6] });
    expect(JSON.stringify(box)).toContain('Bottom line');
  });

  it('resolves the named table layouts and makes rules span the text width', () => {
    const [table, rule] = htmlToContent('<table data-pdfmake=\'{"layout": "plain"}\'><tr><td>TO</td></tr></table><hr>', resolvePageSetup({ margins: [50, 80, 50, 72] })) as Array<Record<string, unknown>>;
    expect(table!.layout).toBe(TABLE_LAYOUTS.plain);
    const [other] = htmlToContent('<table data-pdfmake=\'{"layout": "constructor"}\'><tr><td>x</td></tr></table>', setup) as Array<Record<string, unknown>>;
    expect(other!.layout).toBe('constructor');
    expect((rule!.canvas as Array<Record<string, number>>)[0]!.x2).toBeCloseTo(595.28 - 100);
  });

  it('removes links that are not web or mail addresses', () => {
    const content = htmlToContent('<p><a href="javascript:alert(1)">bad</a> <a href="file:///etc/passwd">file</a> <a href="https://example.org">ok</a> <a href="#note-1">1</a></p>', setup);
    const json = JSON.stringify(content);
    expect(json).not.toMatch(/javascript|file:/);
    expect(json).toContain('"link":"https://example.org"');
    expect(json).toContain('"linkToDestination":"note-1"');
  });

  it('refuses SVG that would read an image file, however it gets in', () => {
    expect(() => htmlToContent('<svg width="10" height="10"><image href="/home/analyst/secret.png" width="10" height="10"/></svg>', setup)).toThrow(/may not put images inside SVG/);
    expect(() => htmlToContent(`<p data-pdfmake='{"svg": "<svg><svg:image href=\\"/x.png\\"/></svg>"}'>x</p>`, setup)).toThrow(/may not put images inside SVG/);
  });
});

describe('page breaks and page references', () => {
  const setup = resolvePageSetup({});

  it('puts an invisible half-page probe before an element that starts a page only past half the page', () => {
    const [probe, heading] = htmlToContent('<h2 class="page-break-if-half-full">Notes</h2>', setup) as ContentNode[];
    const half = (841.89 - 80 - 72) / 2;
    expect(probe).toMatchObject({ unbreakable: true, margin: [0, 0, 0, -half], stack: [{ canvas: [], margin: [0, half, 0, 0] }] });
    expect(heading!.pageBreak).toBeUndefined();
  });

  it('gives an id to its first element only, and prints a dash for a page reference to nothing', () => {
    const content = htmlToContent('<p id="record-a">One</p><p id="record-a">Two</p><p>p. <span data-bb-page-of="record-b"></span></p>', setup);
    expect(JSON.stringify(content).match(/"id":"record-a"/g)).toHaveLength(1);
    expect(JSON.stringify(content)).not.toContain('pageReference');
    expect(JSON.stringify(content)).toContain('–');
  });
});
