import type { HtmlElement } from 'html-to-pdfmake';
import type { Content, ContentNode } from 'pdfmake';

/**
 * A structure element for pdfmake's patched layout (see docs/pdf-patches.md): a standard PDF
 * structure type, with the attributes PDF/UA wants where they apply.
 */
export interface StructureTag {
  type: string;
  alt?: string;
  lang?: string;
  scope?: 'Column' | 'Row';
  /** The element this one sits in, for inline elements nested in each other (a Link in a Reference). */
  parent?: StructureTag;
}

const BLOCK_TYPES: Record<string, string> = {
  H1: 'H1',
  H2: 'H2',
  H3: 'H3',
  H4: 'H4',
  H5: 'H5',
  H6: 'H6',
  P: 'P',
  UL: 'L',
  OL: 'L',
  BLOCKQUOTE: 'BlockQuote',
  FIGURE: 'Figure',
  FIGCAPTION: 'Caption',
  CAPTION: 'Caption',
  ASIDE: 'Aside',
  SECTION: 'Sect',
  ARTICLE: 'Art',
};

/** Elements that stay within a line of text: their tags go on the text runs they hold. */
const INLINE_TAGS = new Set(['A', 'SPAN', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'SUP', 'SUB', 'SMALL', 'Q', 'CITE', 'ABBR', 'CODE', 'MARK', 'DFN', 'TIME']);

/** Types a template may give any element with `data-bb-tag`, besides `artifact`. */
const ALLOWED_TYPES = new Set([
  ...Object.values(BLOCK_TYPES),
  'Div',
  'Span',
  'Note',
  'Reference',
  'BibEntry',
  'Quote',
  'Code',
  'Index',
  'NonStruct',
  'Part',
]);

/**
 * What structure element an element makes in the tagged PDF, set on its pdfmake node (`tag`),
 * or on the text runs it holds when it is an inline element. Templates stay plain HTML; where
 * a template needs to say more:
 *
 * - `data-bb-tag="Note"` (or another standard type) makes the element that structure type;
 *   `data-bb-tag="artifact"` marks it as decoration a screen reader skips;
 * - `data-bb-rows="Note"` on a layout table makes each row that element (endnotes);
 * - `alt` on `<img>` and `data-bb-alt` on any element give alternate text (an image without
 *   alt text is decoration); `title` or the link text is a link's;
 * - `lang` gives the language of a passage (Cyrillic text is marked `ru` without it).
 *
 * A `<table>` with header cells (`<th>`, or `headerRows`) is a data table (Table, TR, TH with
 * Scope, TD); one without is layout, read cell by cell. A link that holds only a superscript
 * is a note call: a Reference holding the Link.
 */
export function tagElement(element: HtmlElement, parents: HtmlElement[], node: ContentNode): ContentNode {
  const name = element.nodeName;
  const explicit = element.getAttribute('data-bb-tag');
  const lang = element.getAttribute('lang') || undefined;
  const alt = element.getAttribute('data-bb-alt') || undefined;
  if (explicit?.toLowerCase() === 'artifact') {
    node.tag = 'Artifact';
    return node;
  }
  if (name === 'IMG') {
    const text = alt ?? element.getAttribute('alt') ?? '';
    node.tag = text.trim() ? { type: 'Figure', alt: text.trim() } : 'Artifact';
    return node;
  }
  if (INLINE_TAGS.has(name)) {
    const inline = inlineTag(element, explicit, lang, alt);
    if (inline) tagRuns(node, inline);
    return node;
  }
  const rows = element.getAttribute('data-bb-rows');
  if (name === 'TABLE') {
    if (rows && ALLOWED_TYPES.has(rows)) node.rowTag = rows;
    else if (isDataTable(element)) node.tag = blockTag('Table', lang, alt);
    return node;
  }
  if (name === 'TH' || name === 'TD') {
    const table = parents.findLast((parent) => parent.nodeName === 'TABLE');
    if (table && !table.getAttribute('data-bb-rows') && isDataTable(table)) {
      node.tag = name === 'TD' ? blockTag('TD', lang, alt) : { type: 'TH', scope: isHeaderRow(parents) ? 'Column' : 'Row', ...(lang ? { lang } : {}), ...(alt ? { alt } : {}) };
    } else if (typeof node.text !== 'undefined') {
      // A layout cell holding text directly: a paragraph of its own.
      node.tag = blockTag('P', lang, alt);
    }
    return node;
  }
  const type = explicit && ALLOWED_TYPES.has(explicit) ? explicit : BLOCK_TYPES[name];
  if (type) node.tag = blockTag(type, lang, alt);
  else if (lang || alt) node.tag = blockTag(typeof node.text !== 'undefined' ? 'P' : 'Div', lang, alt);
  else if (name === 'DIV' && typeof node.text !== 'undefined') node.tag = 'P';
  return node;
}

function blockTag(type: string, lang: string | undefined, alt: string | undefined): StructureTag | string {
  return lang || alt ? { type, ...(lang ? { lang } : {}), ...(alt ? { alt } : {}) } : type;
}

function inlineTag(element: HtmlElement, explicit: string | null, lang: string | undefined, alt: string | undefined): StructureTag | undefined {
  if (element.nodeName === 'A' && element.hasAttribute('href')) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const href = element.getAttribute('href') ?? '';
    const noteCall = /^\d+$/.test(text) && href.startsWith('#');
    const link: StructureTag = { type: 'Link', alt: alt ?? element.getAttribute('title') ?? (noteCall ? `Note ${text}` : text || href), ...(lang ? { lang } : {}) };
    if (noteCall) link.parent = { type: 'Reference' };
    return link;
  }
  if (explicit && ALLOWED_TYPES.has(explicit)) return { type: explicit, ...(lang ? { lang } : {}), ...(alt ? { alt } : {}) };
  if (element.nodeName === 'Q') return { type: 'Quote', ...(lang ? { lang } : {}) };
  if (lang) return { type: 'Span', lang };
  return undefined;
}

/**
 * Puts an inline element's tag on every text run it holds; a run already tagged by an element
 * inside it gets this one as the outermost parent.
 */
function tagRuns(node: ContentNode, tag: StructureTag): void {
  // html-to-pdfmake folds a lone unnamed run into its element after this: the element keeps the tag.
  const runs = node.text;
  if (Array.isArray(runs) && runs.length === 1 && !(runs[0] as ContentNode).nodeName) node.tag = tag;
  const visit = (item: ContentNode): void => {
    if (Array.isArray(item.text)) {
      item.text = (item.text as Content[]).map((child) => (typeof child === 'string' ? { text: child } : child));
      for (const child of item.text as ContentNode[]) visit(child);
      return;
    }
    const own = item.tag as StructureTag | string | undefined;
    if (own && typeof own === 'object') {
      let top = own;
      while (top.parent && top.parent !== tag) top = top.parent;
      if (top !== tag && !top.parent) top.parent = outermost(tag) === top ? undefined : tag;
    } else {
      item.tag = tag;
    }
  };
  visit(node);
}

function outermost(tag: StructureTag): StructureTag {
  return tag.parent ? outermost(tag.parent) : tag;
}

function isDataTable(table: HtmlElement): boolean {
  return /"headerRows"\s*:\s*[1-9]/.test(table.getAttribute('data-pdfmake') ?? '') || hasHeaderCell(table);
}

function hasHeaderCell(element: HtmlElement): boolean {
  return (element as HtmlElement & { children?: readonly HtmlElement[] }).children?.some((child) => child.nodeName === 'TH' || (child.nodeName !== 'TABLE' && hasHeaderCell(child))) ?? false;
}

/** A cell in a `<thead>` or the table's first row heads a column; another heads its row. */
function isHeaderRow(parents: HtmlElement[]): boolean {
  if (parents.some((parent) => parent.nodeName === 'THEAD')) return true;
  const row = parents.findLast((parent) => parent.nodeName === 'TR');
  const group = row && parents[parents.indexOf(row) - 1];
  const siblings = (group as (HtmlElement & { children?: readonly HtmlElement[] }) | undefined)?.children?.filter((child) => child.nodeName === 'TR');
  return !!row && siblings?.[0] === row;
}
