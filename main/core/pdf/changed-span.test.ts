import { describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import type { BriefingModel } from '../compose/briefing-model';
import { renderTemplate } from '../render/engine';
import { resolvePageSetup } from '../render/page-setup';
import { loadTemplate } from '../render/templates';
import { ConvertedBlocks } from './converted-blocks';
import { htmlToContent } from './html-to-content';

/**
 * A document that differs from the last one only in part is parsed only in that part; what it
 * converts to must be exactly what the whole document converts to, parsed and converted at once.
 */
const setup = resolvePageSetup({});
const whole = (html: string, pageSetup = setup) => htmlToContent(html, pageSetup, 'en', null);

/**
 * Converts the documents in turn, each compared with its whole conversion, and gives how many
 * characters of each were parsed.
 */
function parsedInTurn(documents: string[], blocks = new ConvertedBlocks(), pageSetup = setup): number[] {
  return documents.map((html) => {
    const before = blocks.parsedCharacters;
    expect(htmlToContent(html, pageSetup, 'en', blocks)).toEqual(whole(html, pageSetup));
    return blocks.parsedCharacters - before;
  });
}

/** Twenty records under a heading, the one at `index` given `text` as its quote. */
function records(edits: Record<number, string> = {}): string {
  const record = (i: number) => `<div class="record" id="r${i}"><p class="lead">Record ${i}</p><blockquote><p>${edits[i] ?? `Quote ${i}`}</p></blockquote></div>`;
  return ['<h2 data-bb-section>Records</h2>', ...Array.from({ length: 20 }, (_, i) => record(i))].join('\n');
}

/** The length of the record at `index` in {@link records} with the line breaks either side: the most an edit of it should parse. */
const recordLength = (html: string, index: number) => html.slice(html.indexOf(`<div class="record" id="r${index}"`)).indexOf('</div>') + '\n</div>\n'.length;

describe('parsing only the changed HTML', () => {
  it('parses only the edited record of the memo', async () => {
    const template = await loadTemplate('memo');
    const model = briefingModel();
    const edited: BriefingModel = structuredClone(model);
    edited.sections[1]!.records[0]!.summary += ' (revised)';
    const [before, after] = [model, edited].map((m) => renderTemplate(template, m));
    expect(after).not.toBe(before);
    // With a table of contents too, whose marker is converted again in every document.
    for (const pageSetup of [template.setup, { ...template.setup, toc: true }]) {
      const blocks = new ConvertedBlocks();
      const parsed = parsedInTurn([before!, after!, before!], blocks, pageSetup);
      expect(parsed[0]).toBe(before!.length);
      // One record's block, of a document of about 8,500 characters.
      for (const span of parsed.slice(1)) {
        expect(span).toBeGreaterThan(0);
        expect(span).toBeLessThan(before!.length / 10);
      }
    }
  });

  it('does not take a block kept from a document without a doctype for the same source in one with a doctype', () => {
    // Inside the <div>, quirks mode keeps the <table> in the <p>; with a doctype the <table> closes it.
    const body = '<p>one</p>\n<div><p>two<table><tr><td>x</td></tr></table></div>\n<p>three</p>';
    parsedInTurn([body, `<!DOCTYPE html>${body}`, body]);
  });

  it('parses only the edited block, at the start, in the middle and at the end', () => {
    const original = records();
    for (const index of [0, 10, 19]) {
      const edited = records({ [index]: `Quote ${index}, edited` });
      const [, parsed] = parsedInTurn([original, edited]);
      expect(parsed).toBeGreaterThan(0);
      expect(parsed).toBeLessThanOrEqual(recordLength(edited, index));
    }
  });

  it('parses the whole document when its first block changes, there being no clean point before the change', () => {
    const original = records();
    const edited = original.replace('<h2 data-bb-section>Records</h2>', '<h2 data-bb-section>All records</h2>');
    expect(parsedInTurn([original, edited])).toEqual([original.length, edited.length]);
  });

  it('parses only what an added or a removed block takes', () => {
    const original = records();
    const added = original.replace('\n<div class="record" id="r6">', '\n<div class="box"><p>A new panel</p></div>\n<div class="record" id="r6">');
    const removed = original.replace(/<div class="record" id="r9">.*?<\/div>\n/, '');
    for (const edited of [added, removed]) {
      const [, parsed, back] = parsedInTurn([original, edited, original]);
      expect(parsed).toBeLessThanOrEqual('\n<div class="box"><p>A new panel</p></div>\n'.length);
      expect(back).toBeLessThanOrEqual(recordLength(original, 9));
    }
  });

  it('parses only the block around an edit deep inside it', () => {
    const table = (cell: string) =>
      `<p>Before</p>\n<div class="box"><table><tr><td><ul><li>one</li><li><b>${cell}</b></li></ul></td><td>two</td></tr></table></div>\n<p id="after">After <a href="#note-1"><sup>1</sup></a></p>`;
    const [, parsed] = parsedInTurn([table('deep'), table('deeper')]);
    const block = table('deeper').indexOf('<p id="after">') - '<p>Before</p>'.length;
    expect(parsed).toBe(block);
  });

  it('parses the whole document when its head or <body> tag changes', () => {
    const page = (style: string, body = '', text = 'Second') =>
      `<!DOCTYPE html><html><head><style>${style}</style></head><body${body}><p>First</p>\n<p>${text}</p>\n<p>Third</p></body></html>`;
    const original = page('p { color: red }');
    const [, styled, attributed] = parsedInTurn([original, page('p { color: blue }'), page('p { color: blue }', ' class="wide"')]);
    expect(styled).toBe(page('p { color: blue }').length);
    expect(attributed).toBe(page('p { color: blue }', ' class="wide"').length);
    // Within the <body>, only the changed block (with the line breaks either side) is parsed.
    expect(parsedInTurn([original, page('p { color: red }', '', 'Changed')])[1]).toBe('\n<p>Changed</p>\n'.length);
  });

  it('parses only the changed blocks through a sequence of edits', () => {
    const documents = [records(), records({ 3: 'one' }), records({ 3: 'one', 12: 'two' }), records({ 3: 'one', 12: 'two', 19: 'three' }), records({ 3: 'one', 12: 'two' }), records({ 3: 'one', 12: 'two' })];
    const parsed = parsedInTurn(documents);
    expect(parsed[0]).toBe(documents[0]!.length);
    [3, 12, 19, 19].forEach((edited, i) => expect(parsed[i + 1]).toBeLessThanOrEqual(recordLength(documents[i + 1]!, edited)));
    // The same document again: nothing to parse.
    expect(parsed[5]).toBe(0);
    // Two records changed at once: everything from the first to the last.
    const [, both] = parsedInTurn([records(), records({ 3: 'one', 5: 'two' })]);
    const edited = records({ 3: 'one', 5: 'two' });
    expect(both).toBe(edited.indexOf('<div class="record" id="r6"') - edited.indexOf('\n<div class="record" id="r3"'));
  });

  it('parses the whole document when a block it would take over is no longer kept', () => {
    // Room for about two records' conversions: the first document's early records are dropped.
    const blocks = new ConvertedBlocks(300);
    const [original, edited] = [records(), records({ 10: 'edited' })];
    const [, parsed] = parsedInTurn([original, edited], blocks);
    // The changed span, then the whole document, when it turns out the blocks around the span are gone.
    expect(parsed).toBeGreaterThan(edited.length);
  });

  // Each pair: a document, and an edit that a fragment parsed on its own would read otherwise.
  const TRICKY: Record<string, [string, string]> = {
    'a formatting element left open before the change, reopened in it': ['<div><b>bold</div><hr><hr>', '<div><b>bold</div><hr><p>bold again</p>'],
    'a formatting element left open in the change': ['<p>one</p>\n<p>two</p>\n<p>three</p>', '<p>one</p>\n<div><i>two</div>\n<p>three</p>'],
    'a form left open before the change': ['<div><form></div>\n<p>one</p>\n<form><p>two</p></form>', '<div><form></div>\n<p>one</p>\n<form><p>two!</p></form>'],
    'a comment opened in the change, closing nothing': ['<p>one</p>\n<p>two</p>\n<p>three</p>', '<p>one</p>\n<!--<p>two</p>\n<p>three</p>'],
    'a table left open in the change': ['<p>one</p>\n<p>two</p>\n<p>three</p>\n<p>four</p>', '<p>one</p>\n<table><tr><td>two</td></tr>\n<p>three</p>\n<p>four</p>'],
    'an element left open in the change': ['<p>one</p>\n<p>two</p>\n<p>three</p>', '<p>one</p>\n<div>two\n<p>three</p>'],
    'a tag left unfinished by the change, ending in the next': ['<p>one</p>\n<p>two</p>\n<p>three</p>', '<p>one</p>\n<p class="lead"\n<p>three</p>'],
    'a frameset in the change, in place of the <body>': ['<div></div>\n<div></div>\n<div></div>', '<div></div>\n<frameset></frameset>\n<div></div>'],
    'text in the change': ['<p>one</p>\n<p>two</p>\n<p>three</p>', '<p>one</p>\nloose text<p>two</p>\n<p>three</p>'],
    'a raw text element opened in the change': ['<p>one</p>\n<p>two</p>\n<p>three</p>', '<p>one</p>\n<textarea><p>two</p>\n<p>three</p>'],
    'a quirks-mode table inside a paragraph': ['<p>one</p>\n<div><p>two<table><tr><td>x</td></tr></table></div>\n<p>three</p>', '<p>one</p>\n<div><p>two!<table><tr><td>x</td></tr></table></div>\n<p>three</p>'],
    'a standards-mode table after a paragraph': [
      '<!DOCTYPE html><p>one</p>\n<div><p>two<table><tr><td>x</td></tr></table></div>\n<p>three</p>',
      '<!DOCTYPE html><p>one</p>\n<div><p>two!<table><tr><td>x</td></tr></table></div>\n<p>three</p>',
    ],
    'a block the parser moved out of a table, before it': ['<p>one</p>\n<table><p>moved</p><tr><td></td></tr></table>', '<p>one</p>\n<table><p>moved</p><tr><td></td></tr><hr></table>'],
    'a <body> tag with attributes in the change': ['<p>one</p>\n<p>two</p>\n<p>three</p>', '<p>one</p>\n<body style="color: red" class="wide"><p>two</p>\n<p>three</p>'],
    'paragraphs closed by the next': ['<p>one</p>\n<p>two<p>three<p>four', '<p>one</p>\n<p>two<p>three, edited<p>four'],
  };

  for (const [name, [original, edited]] of Object.entries(TRICKY)) {
    it(`gives the whole conversion: ${name}`, () => {
      const blocks = new ConvertedBlocks();
      for (const html of [original, edited, original]) {
        const outcome = (convert: () => unknown) => {
          try {
            return convert();
          } catch (error) {
            return error;
          }
        };
        expect(outcome(() => htmlToContent(html, setup, 'en', blocks))).toEqual(outcome(() => whole(html)));
      }
    });
  }

  it('gives the whole conversion through a long run of random edits, parsing only a part for most', () => {
    // A fixed pseudo-random sequence: the same edits every run.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const insertions = ['word ', 'Кириллица ', '<p>new</p>\n', '<div class="box"><p>panel</p></div>\n', '<i>x</i>', '&amp;', '\n'];
    // Now and then markup a fragment would read otherwise on its own (after which the document is parsed whole till it is reset).
    const breaking = ['<b>', '</b>', '</p>', '<table><tr><td>', '</div>', '<!--', '-->', '&amp', '<textarea>'];
    const blocks = new ConvertedBlocks();
    let html = records();
    let partly = 0;
    for (let step = 0; step < 150; step++) {
      if (step % 15 === 0) html = records();
      // Mostly right after a tag, where an edit keeps the markup whole; sometimes anywhere.
      let at = Math.floor(random() * html.length);
      if (random() < 0.7) at = html.indexOf('>', at) + 1 || html.length;
      const removed = random() < 0.15 ? Math.floor(random() * 10) : 0;
      html = html.slice(0, at) + (random() < 0.1 ? pick(breaking) : random() < 0.85 ? pick(insertions) : '') + html.slice(at + removed);
      const [parsed] = parsedInTurn([html], blocks);
      if (parsed! < html.length) partly++;
    }
    expect(partly).toBeGreaterThan(75);
  });
});
