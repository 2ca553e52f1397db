import htmlToPdfmake, { type CustomTagParams, type HtmlElement } from 'html-to-pdfmake';
import type { Content, ContentNode, Margins } from 'pdfmake';
import type { ResolvedPageSetup } from '../render/page-setup';
import { ConvertedBlocks, type ConvertedBlock, type MarkName } from './converted-blocks';
import { lightWindow, type LightElement } from './light-dom';
import { contentHeight, contentWidth } from './page-size';
import { markRussianPassages } from './passage-language';
import { sanitizeContent } from './sanitize-content';
import { tagElement } from './structure-tags';
import { BLOCK_MARGINS, TABLE_LAYOUTS } from './stylesheet';

/**
 * html-to-pdfmake writes its own look (24pt headings, blue underlined links, paragraph
 * margins) onto every node, where no style sheet can override it. Switched off here so the
 * style sheet decides.
 */
const NO_BUILT_IN_LOOK = Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'p', 'ul', 'table', 'th'].map((tag) => [tag, null]));

/**
 * Elements dropped with their content. html-to-pdfmake would print a script's or a style
 * sheet's text; nothing in a briefing runs or embeds anything (the template checker says so).
 */
const DROPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'LINK', 'META', 'BASE']);

/** Tags html-to-pdfmake lays out as blocks (or cells), which may therefore take margins. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'HR', 'TD', 'TH']);

const HEADING_LEVELS: Record<string, number> = { H1: 1, H2: 2, H3: 3 };

/**
 * Converts a rendered template's HTML to pdfmake content, translating Briefbook's markup
 * conventions into pdfmake features:
 *
 * - `<div data-bb-toc></div>` is where the table of contents goes when the page setup asks
 *   for one (at the very top if the template has no marker); otherwise it vanishes.
 * - A heading with `data-bb-section` is a section: an entry in the table of contents and,
 *   when `bookmarks` is on, a PDF bookmark.
 * - `<blockquote>` gets a thin rule on its left; `class="box"` makes a shaded panel.
 * - `<hr>` spans the text width; `class="page-break-before"` starts a new page (the table of
 *   contents marker too); `class="page-break-if-half-full"` starts one only when the page so
 *   far is more than half full (a chapter that would otherwise leave a mostly empty page).
 * - Headings are kept with what follows them (see `pageBreakBefore` in the doc definition).
 * - Blocks get their spacing from the style sheet's {@link BLOCK_MARGINS}.
 * - A table without rows is left out.
 * - `<span data-bb-page-of="ID"></span>` prints the number of the page where the element with
 *   `id="ID"` is (a page reference, e.g. "p. 7" in a list of agreements), linked to it.
 * - An element with `data-bb-continued` (say `<span data-bb-continued>(continued)</span>` in a
 *   table's header row) is printed only where the header row is repeated at the top of a later
 *   page; it keeps its room in the first one, so the row is as tall on every page.
 * - An element with `data-bb-page-list="p. "` holding page references ("pp. <span
 *   data-bb-page-of…>, <span…>") prints each page once ("pp. 3, 9"), starting with the
 *   attribute's words when only one page is left ("p. 3"): a note cited by several records.
 * - An `id` given twice belongs to its first element (the first place a record is printed); a
 *   page reference to an `id` nothing has prints a dash.
 *
 * - Scripts, style sheets and embedded frames are dropped with their content.
 * - Every element says what it is in the tagged PDF (see {@link tagElement}); Russian passages
 *   are marked as such (see {@link markRussianPassages}).
 *
 * The result is sanitized (see {@link sanitizeContent}): templates are untrusted.
 */
export function htmlToContent(html: string, setup: ResolvedPageSetup, language = 'en', blocks: ConvertedBlocks | null = sharedBlocks): Content[] {
  const halfPage = contentHeight(setup) / 2;
  let state = conversionState();
  let content = blocks ? blockByBlock(html, setup, language, blocks, state) : undefined;
  if (!content) {
    state = conversionState();
    const converted = htmlToPdfmake(html, { window: lightWindow, defaultStyles: NO_BUILT_IN_LOOK, customTag: customTag(setup, state, state) });
    content = Array.isArray(converted) ? converted : [converted];
    finishNodes(content, language);
  }

  insertBefore(content, state.halfFullBreaks, () => halfPageProbe(halfPage));
  // A reference to nothing printed (endnotes in a template that prints no records) is a dash, not a failed export.
  for (const reference of state.pageReferences.filter((r) => !state.ids.has(String(r.pageReference)))) {
    delete reference.pageReference;
    reference.text = '–';
  }
  dropMarginsBeforePageBreaks(content);
  dropTrailingMargin(content);
  return setup.toc && !state.tocPlaced ? [tableOfContents(setup), ...content] : content;
}

/** Conversions of HTML blocks this thread has made, kept for its next exports (see {@link ConvertedBlocks}). */
export const sharedBlocks = new ConvertedBlocks(undefined, true);

/** Table layouts, which nodes refer to as they are. */
const SHARED_LAYOUTS: ReadonlySet<object> = new Set(Object.values(TABLE_LAYOUTS));

/** What the conversion of a document gathers as it goes: ids kept, page references, breaks to insert. */
interface ConversionState {
  ids: Set<string>;
  halfFullBreaks: Set<unknown>;
  pageReferences: ContentNode[];
  tocPlaced: boolean;
}

function conversionState(): ConversionState {
  return { ids: new Set(), halfFullBreaks: new Set(), pageReferences: [], tocPlaced: false };
}

/**
 * The document converted one top-level block at a time, each block copied from `blocks` when
 * it was converted before with the same settings: what html-to-pdfmake makes of the whole
 * document, its `<body>` being a stack of its children. Undefined when the document is not
 * such a stack (only inline content; a `<body>` with attributes).
 */
function blockByBlock(html: string, setup: ResolvedPageSetup, language: string, blocks: ConvertedBlocks, state: ConversionState): Content[] | undefined {
  const settingsKey = JSON.stringify([contentWidth(setup), setup.toc, setup.bookmarks, language]);
  const sink = {
    ids: state.ids,
    shared: SHARED_LAYOUTS,
    mark: (name: MarkName, node: object) => (name === 'pageReference' ? state.pageReferences.push(node as ContentNode) : state.halfFullBreaks.add(node)),
  };
  const nodes = blocks.convert(html, settingsKey, (body) => convertBlock(body, setup, language, state), sink);
  if (!nodes || !needsStack(nodes)) return undefined;
  // As the converter does for the <body>: whitespace between blocks is no empty line.
  return nodes.filter((node) => !isBlankText(node)) as Content[];
}

/** One top-level block under an empty `<body>`, with ids, page references and breaks of its own. */
function convertBlock(body: LightElement, setup: ResolvedPageSetup, language: string, document: ConversionState): ConvertedBlock {
  const own = conversionState();
  let nodes: unknown[] = [];
  let dependsOnEarlier = false;
  const convertElement = customTag(setup, own, {
    get tocPlaced() {
      dependsOnEarlier = true;
      return document.tocPlaced;
    },
    set tocPlaced(placed: boolean) {
      document.tocPlaced = placed;
    },
  });
  htmlToPdfmake('', {
    window: { DOMParser: class { parseFromString = () => ({ body }) } },
    defaultStyles: NO_BUILT_IN_LOOK,
    customTag: (params) => {
      if (params.element !== body) return convertElement(params);
      const { stack, text } = params.ret as { stack?: unknown[]; text?: unknown };
      nodes = stack ?? (Array.isArray(text) ? text : []);
      return params.ret;
    },
  });
  finishNodes(nodes as Content[], language);
  const idOwners = new Map<object, string>();
  const unowned = new Set(own.ids);
  forEachObject(nodes, (node) => {
    const { id } = node as { id?: unknown };
    if (typeof id === 'string' && unowned.delete(id)) idOwners.set(node, id);
  });
  const marked = new Map<object, MarkName>([
    ...own.pageReferences.map((node) => [node, 'pageReference'] as const),
    ...[...own.halfFullBreaks].map((node) => [node as object, 'halfFullBreak'] as const),
  ]);
  return { nodes, idOwners, marked, dependsOnEarlier };
}

/**
 * html-to-pdfmake's `customTag`: Briefbook's markup conventions (see {@link htmlToContent}).
 * Ids, page references and breaks go to `state`; whether the table of contents is placed, to `toc`.
 */
function customTag(setup: ResolvedPageSetup, state: Omit<ConversionState, 'tocPlaced'>, toc: Pick<ConversionState, 'tocPlaced'>): (params: CustomTagParams) => ContentNode | '' {
  const width = contentWidth(setup);
  return ({ element, parents, ret }) => {
    if (DROPPED_TAGS.has(element.nodeName)) return '';
    if (element.hasAttribute('data-bb-toc')) {
      if (!setup.toc || toc.tocPlaced) return '';
      toc.tocPlaced = true;
      const contents = tableOfContents(setup);
      if (element.classList.contains('page-break-before')) contents.pageBreak = 'before';
      return contents;
    }
    let node = tagElement(element, parents, ret);
    if (typeof node.id === 'string') {
      if (state.ids.has(node.id)) delete node.id;
      else state.ids.add(node.id);
    }
    if (element.hasAttribute('data-bb-page-of')) {
      const reference = pageNumberOf(node, element.getAttribute('data-bb-page-of') ?? '');
      state.pageReferences.push(reference);
      return reference;
    }
    // A table whose rows all came from an empty list (e.g. no citations) has no body, and pdfmake crashes on it.
    if (element.nodeName === 'TABLE' && !(node.table as { body?: unknown[] } | undefined)?.body?.length) return '';
    if (Array.isArray(node.stack)) node.stack = node.stack.filter((child: unknown) => !isBlankText(child));
    if (element.hasAttribute('data-bb-section')) markSection(node, element, setup);
    if (element.hasAttribute('data-bb-continued')) node.onlyInRepeatedHeader = true;
    if (element.hasAttribute('data-bb-page-list')) node.pageList = { one: element.getAttribute('data-bb-page-list') };
    if (HEADING_LEVELS[element.nodeName]) node.headlineLevel = HEADING_LEVELS[element.nodeName];
    if (element.nodeName === 'HR' && !dataPdfmake(element).includes('width')) setRuleWidth(node, width);
    if (typeof node.layout === 'string' && Object.hasOwn(TABLE_LAYOUTS, node.layout)) node.layout = TABLE_LAYOUTS[node.layout];
    if (element.nodeName === 'BLOCKQUOTE') node = panel(node, 'quote');
    else if (element.classList.contains('box')) node = panel(node, 'box');
    if (element.classList.contains('page-break-before')) node.pageBreak = 'before';
    const margin = blockMargin(element);
    if (margin) node.margin = margin;
    if (element.classList.contains('page-break-if-half-full')) state.halfFullBreaks.add(node);
    return node;
  };
}

/**
 * What is done to each converted node on its own, whatever is around it: made safe, Russian
 * passages marked. Done once per block, before a block is kept.
 */
function finishNodes(nodes: Content[], language: string): void {
  sanitizeContent(nodes);
  markRussianPassages(nodes, language);
}

/** Whether html-to-pdfmake lays out a list of converted nodes as a stack of blocks (its `searchForStack`). */
function needsStack(nodes: readonly unknown[]): boolean {
  return nodes.some((node) => {
    if (!node || typeof node !== 'object') return false;
    const { stack, nodeName, text } = node as ContentNode;
    return !!stack || STACK_NODE_NAMES.has(nodeName as string) || (Array.isArray(text) && needsStack(text));
  });
}

const STACK_NODE_NAMES = new Set(['P', 'DIV', 'TABLE', 'SVG', 'UL', 'OL', 'IMG', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Calls `visit` on every object (not array) in a tree of nodes, once each. */
function forEachObject(value: unknown, visit: (node: object) => void, seen = new Set<object>()): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) forEachObject(item, visit, seen);
    return;
  }
  visit(value);
  for (const item of Object.values(value)) forEachObject(item, visit, seen);
}

/**
 * Removes the bottom margin of the document's last block. pdfmake starts a new page for a
 * margin that does not fit, so a last paragraph ending right at the page foot would otherwise
 * leave a blank page at the end.
 */
function dropTrailingMargin(content: Content[]): void {
  let last: unknown = content.at(-1);
  while (last && typeof last === 'object') {
    const node = last as ContentNode;
    if (Array.isArray(node.margin) && node.margin.length === 4) node.margin = [...node.margin.slice(0, 3), 0];
    last = Array.isArray(node.stack) ? node.stack.at(-1) : Array.isArray(last) ? last.at(-1) : undefined;
  }
}

/**
 * Removes the bottom margin of every block followed by a page break, for the same reason as
 * {@link dropTrailingMargin}: a margin that spills over the page foot would start a page of
 * its own, and the break another, leaving a blank page between them.
 */
function dropMarginsBeforePageBreaks(nodes: Content[]): void {
  nodes.forEach((node, index) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    if (node.pageBreak === 'before' && index > 0) dropTrailingMargin(nodes.slice(index - 1, index));
    if (Array.isArray(node.stack)) dropMarginsBeforePageBreaks(node.stack as Content[]);
  });
}

/** Puts a new node before each of `targets`, wherever it is in the content's stacks. */
function insertBefore(nodes: Content[], targets: ReadonlySet<unknown>, create: () => ContentNode): void {
  if (!targets.size) return;
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index];
    if (node && typeof node === 'object' && !Array.isArray(node) && Array.isArray(node.stack)) insertBefore(node.stack as Content[], targets, create);
    if (targets.has(node)) nodes.splice(index, 0, create());
  }
}

/**
 * A new page before what follows when less than half a page is left, in one pass of layout: an
 * unbreakable block as tall as half the text area moves to the next page when it does not fit,
 * and its negative bottom margin takes its height back, so it prints nothing and takes no room.
 */
function halfPageProbe(height: number): ContentNode {
  return { stack: [{ canvas: [], margin: [0, height, 0, 0] }], unbreakable: true, margin: [0, 0, 0, -height] } as ContentNode;
}

/** A page reference: pdfmake fills in the page of the node with `id` and links to it. */
function pageNumberOf(node: ContentNode, id: string): ContentNode {
  return { ...node, text: '00', pageReference: id } as ContentNode;
}

function tableOfContents(setup: ResolvedPageSetup): ContentNode {
  return {
    tag: 'TOC',
    toc: {
      title: { text: setup.tocTitle, style: 'toc-title', margin: [0, 0, 0, 8], tag: 'P' },
      textStyle: 'toc-entry',
      numberStyle: 'toc-entry',
      // Dot leaders from each entry to its page number (Briefbook's pdfmake patch).
      leader: '.',
      textMargin: [0, 2, 0, 2],
    },
    margin: [0, 12, 0, 18],
  };
}

function markSection(node: ContentNode, element: HtmlElement, setup: ResolvedPageSetup): void {
  if (setup.toc) node.tocItem = true;
  if (setup.bookmarks) {
    node.outline = true;
    node.outlineText = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
}

/** Whitespace between block tags in the template, which html-to-pdfmake would keep as empty lines. */
function isBlankText(node: unknown): boolean {
  if (!node || typeof node !== 'object') return typeof node === 'string' && node.trim() === '';
  const { text, nodeName } = node as ContentNode;
  return nodeName === undefined && typeof text === 'string' && text.trim() === '';
}

/** html-to-pdfmake draws `<hr>` 514 pt long whatever the page; make it the text width. */
function setRuleWidth(node: ContentNode, width: number): void {
  const [line] = (node.canvas as Array<Record<string, number>> | undefined) ?? [];
  if (line) line.x2 = width;
}

/**
 * Puts a block in a one-cell table, the only pdfmake block that can have a background or a
 * side rule. `nodeName: 'TABLE'` tells html-to-pdfmake, as it assembles the parent, that this
 * child is a block.
 */
function panel(node: ContentNode, layout: keyof typeof TABLE_LAYOUTS): ContentNode {
  const cell = { ...node };
  delete cell.margin;
  delete cell.nodeName;
  // The panel is the element (a BlockQuote, say); the cell inside it only lays it out.
  const tag = cell.tag;
  delete cell.tag;
  return { nodeName: 'TABLE', table: { widths: ['*'], body: [[cell]] }, layout: TABLE_LAYOUTS[layout], ...(tag ? { tag } : {}) };
}

/** The element's own spacing: its last class that has one, else its tag's; none if the template sets it. */
function blockMargin(element: HtmlElement): Margins | undefined {
  if (!BLOCK_TAGS.has(element.nodeName)) return undefined;
  if ((element.getAttribute('style') ?? '').includes('margin') || dataPdfmake(element).includes('margin')) return undefined;
  const byClass = [...element.classList].reverse().find((name) => BLOCK_MARGINS[`.${name}`]);
  const margin = BLOCK_MARGINS[byClass ? `.${byClass}` : element.nodeName.toLowerCase()];
  return margin ? [...margin] : undefined;
}

function dataPdfmake(element: HtmlElement): string {
  return element.getAttribute('data-pdfmake') ?? '';
}
