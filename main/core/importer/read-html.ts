import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';

/**
 * jsdom is loaded on first use, not at start-up: it is large (about a second to load cold) and
 * only HTML imports need it. A runtime require also keeps it out of the CLI bundle, where its
 * files (style sheets it reads from its own folder) would not be found.
 */
const loadJsdom = (): typeof Jsdom => createRequire(import.meta.url)('jsdom');
import type { ProposedMetadata, ReadDocument } from './document';
import { boundHtmlDepth } from './html-depth';
import { collapseWhitespace, layoutBlocks, type LayoutBlock } from './layout-blocks';
import { normalizeText } from './normalize-text';
import { parseDate } from './parse-date';

/** Elements that are never article text. */
const DROPPED = [
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'figure', 'figcaption', 'form',
  'button', 'iframe', 'svg', 'canvas', 'select', 'input', 'textarea', 'dialog', 'menu', 'object', 'embed', 'video', 'audio',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]',
  '[hidden]', '[aria-hidden="true"]',
].join(',');

/** Class or id words of site furniture: menus, share bars, cookie banners, related links, comments. */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|share|sharing|social|cookies?|consent|newsletter|subscribe|subscription|related|recommended|comments?|skip|skip-link|promo|advert|advertisement|ads|banner|popup|modal|masthead|toolbar|pagination|pager|tags|byline|author-bio|caption|credits?|wp-caption-text|sr-only|visually-hidden)(?:$|[\s_-])/i;

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'HR', 'LI', 'MAIN', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CENTER', 'BODY', 'HTML',
]);

/**
 * Reads a web page: the article's text with its headings and list items, and the bibliography
 * the page declares.
 *
 * Metadata comes first, from the whole page: Open Graph, Dublin Core, Highwire `citation_*`
 * and schema.org meta tags, `<title>`, the canonical link, `<time>`, the byline and `lang`.
 * Then the article is taken (`<article>`, `<main>`, or the body) without navigation, headers,
 * footers, asides, figures and captions, scripts, forms, or elements whose class names mark them
 * as furniture. Headings become heading lines, list items bullets, everything else paragraphs.
 * A page cut off mid-tag still parses: HTML parsers recover, and what was read is kept. Elements
 * nested deeper than any article (see `boundHtmlDepth`) are read as plain text.
 */
export function readHtml(html: string, url = ''): ReadDocument {
  const { JSDOM } = loadJsdom();
  const { document } = new JSDOM(boundHtmlDepth(html)).window;
  const metadata = pageMetadata(document, url);

  const root = articleRoot(document);
  for (const element of [...root.querySelectorAll(DROPPED)]) element.remove();
  for (const element of [...root.querySelectorAll('[class], [id]')]) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (FURNITURE_NAME.test(names) && element !== root) element.remove();
  }

  const blocks: LayoutBlock[] = [];
  collectBlocks(root, blocks);
  const { text, headings } = layoutBlocks(blocks);
  return { format: 'html', text: normalizeText(text), headings, metadata };
}

/** The element holding the article: the largest `<article>`, else `<main>`, else the body. */
function articleRoot(document: Document): Element {
  const articles = [...document.querySelectorAll('article')];
  if (articles.length) return articles.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0]!;
  return document.querySelector('main, [role="main"]') ?? document.body ?? document.documentElement;
}

/**
 * Walks the tree, turning headings, list items and block elements into blocks. Inline content
 * between block boundaries becomes one paragraph; `<br>` ends a line, which here means a block.
 */
function collectBlocks(root: Element, blocks: LayoutBlock[]): void {
  let inline = '';
  const flush = () => {
    const text = collapseWhitespace(inline);
    if (text) blocks.push({ kind: 'paragraph', text });
    inline = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === node.TEXT_NODE) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName;
    if (/^H[1-6]$/.test(tag)) {
      flush();
      blocks.push({ kind: 'heading', text: collapseWhitespace(element.textContent ?? ''), level: Number(tag[1]) });
    } else if (tag === 'LI') {
      flush();
      const nested = [...element.querySelectorAll(':scope > ul, :scope > ol')];
      const own = element.cloneNode(true) as Element;
      for (const list of [...own.querySelectorAll(':scope > ul, :scope > ol')]) list.remove();
      const parent = element.parentElement;
      const ordinal = parent?.tagName === 'OL' ? listOrdinal(parent, element) : undefined;
      blocks.push({ kind: 'item', text: collapseWhitespace(own.textContent ?? ''), ordinal });
      for (const list of nested) walk(list);
    } else if (tag === 'BR') {
      flush();
    } else if (tag === 'TR') {
      flush();
      const cells = [...element.children].map((cell) => collapseWhitespace(cell.textContent ?? '')).filter(Boolean);
      if (cells.length) blocks.push({ kind: 'paragraph', text: cells.join(' | ') });
    } else if (BLOCK_ELEMENTS.has(tag)) {
      flush();
      for (const child of [...element.childNodes]) walk(child);
      flush();
    } else {
      for (const child of [...element.childNodes]) walk(child);
    }
  };
  walk(root);
  flush();
}

function listOrdinal(list: Element, item: Element): number {
  const start = Number(list.getAttribute('start') ?? '1') || 1;
  return start + [...list.children].filter((c) => c.tagName === 'LI').indexOf(item);
}

/** Bibliographic fields from meta tags and markup, in order of how reliable they usually are. */
function pageMetadata(document: Document, url: string): ProposedMetadata {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const content = document
        .querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`)
        ?.getAttribute('content')
        ?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const metaAll = (name: string) =>
    [...document.querySelectorAll(`meta[name="${name}" i], meta[property="${name}" i]`)]
      .map((m) => m.getAttribute('content')?.trim() ?? '')
      .filter((a) => a && !/^https?:/.test(a));

  const siteName = meta('og:site_name', 'citation_publisher', 'dc.publisher', 'publisher', 'application-name');
  const h1 = collapseWhitespace(document.querySelector('h1')?.textContent ?? '');
  const titleTag = collapseWhitespace(document.querySelector('title')?.textContent ?? '');
  const title = meta('citation_title', 'dc.title', 'og:title', 'twitter:title') ?? (h1 || withoutSiteName(titleTag, siteName));
  const authors = [...new Set([...metaAll('citation_author'), ...metaAll('author'), ...metaAll('article:author'), ...metaAll('dc.creator')])];
  const byline = collapseWhitespace(document.querySelector('[rel="author"], .byline, .author, [itemprop="author"]')?.textContent ?? '');
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? document.querySelector('time')?.textContent ?? '';
  const date = parseDate(
    meta('citation_publication_date', 'citation_date', 'article:published_time', 'datePublished', 'dc.date', 'date', 'pubdate') ?? time,
  );
  const lang = document.documentElement.getAttribute('lang')?.split('-')[0]?.toLowerCase();
  return {
    title: title || undefined,
    publisher: siteName,
    authors: authors.length ? authors : byline ? [byline.replace(/^(?:by|автор:?)\s+/i, '')] : undefined,
    date,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url', 'citation_public_url') ?? (url || undefined),
    language: lang || undefined,
  };
}

/** "Article title | Site" → "Article title". */
function withoutSiteName(title: string, siteName: string | undefined): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  if (siteName && parts.at(-1)!.toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' - ');
  return parts.sort((a, b) => b.length - a.length)[0]!;
}
