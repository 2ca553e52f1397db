import { defaultTreeAdapter, html as htmlSpec, parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { findBody } from './light-dom';

type ParsedNode = DefaultTreeAdapterMap['childNode'];
type ParsedElement = DefaultTreeAdapterMap['element'];
type DocumentMode = DefaultTreeAdapterMap['document']['mode'];

/**
 * A top-level element or text of a document's `<body>` and where its source is in the HTML.
 * `node` is absent for an element carried over from the last document unparsed.
 */
export interface TopLevelBlock {
  node?: ParsedNode;
  start: number;
  end: number;
  /** The block's key, when everything in it comes from its own source (see `isSelfContained`). */
  key?: string;
  /**
   * Whether the parser, once past this block's source, is as it is at the start of a `<body>`
   * fragment (see {@link BodyBlocks}), so what follows parses alike on its own.
   */
  cleanAfter: boolean;
}

/** The last document's top-level blocks, every one with a key, for the next document to take over. */
interface LastDocument {
  html: string;
  settingsKey: string;
  blocks: TopLevelBlock[];
}

/**
 * The top-level blocks of a document's `<body>`, parsing only the part of the HTML that differs
 * from the last document's. A one-record edit changes a few hundred characters of the memo's
 * 65,000, and once converted blocks were kept, parsing the whole document (and the garbage its
 * tree leaves) was a good part of what a preview spent.
 *
 * Parsing is a left-to-right state machine. Where the last document's parser stood between two
 * top-level elements with nothing open (no element but `<html>` and `<body>`, no formatting
 * element or form left to reopen, in the data state), what follows parses exactly as a `<body>`
 * fragment does. So the blocks wholly inside the text both documents start with, up to the last
 * such clean point, are the same blocks; so are those wholly inside the text both end with, from
 * a clean point on, shifted by the change in length, provided the new text between them, parsed
 * on its own as a fragment, also ends clean at its last character. Anything else is parsed whole:
 * a change before the first clean point (the head, the `<body>` tag, the first block), new text
 * naming `<html>`, `<head>`, `<body>` or `<frameset>`, a block in it not self-contained or
 * top-level text, other settings.
 */
export class BodyBlocks {
  private last?: LastDocument;
  /** The mode (`quirks` without a doctype) of the last document parsed whole, which a fragment cannot know; undefined if it cannot be taken over. */
  private mode?: DocumentMode;
  /** Characters of HTML parsed: what tests and benchmarks count. */
  parsedCharacters = 0;

  /**
   * The document's top-level blocks (blank text and comments left out), in order, or undefined
   * when its `<body>` has attributes. `keyOf` gives a block's key from its source text; `whole`:
   * parse the whole document, whatever the last one was.
   */
  parse(html: string, settingsKey: string, keyOf: (source: string) => string, whole = false): TopLevelBlock[] | undefined {
    const last = whole || this.last?.settingsKey !== settingsKey ? undefined : this.last;
    return (last && this.parseChanged(last, html, keyOf)) ?? this.parseWhole(html, keyOf);
  }

  /**
   * Keeps the document's blocks for the next document, when each has a key: their parsed nodes
   * are dropped but for those `needsNode` names (blocks converted anew every time).
   */
  remember(html: string, settingsKey: string, blocks: TopLevelBlock[], needsNode: (block: TopLevelBlock) => boolean): void {
    this.last = undefined;
    if (this.mode === undefined || !blocks.every((block) => block.key !== undefined) || !inSourceOrder(blocks)) return;
    const kept = blocks.map((block): TopLevelBlock => {
      const { node, ...place } = block;
      return node && needsNode(block) ? { ...place, node: detached(node) } : place;
    });
    this.last = { html, settingsKey, blocks: kept };
  }

  forget(): void {
    this.last = undefined;
  }

  private parseWhole(html: string, keyOf: (source: string) => string): TopLevelBlock[] | undefined {
    this.last = undefined;
    this.parsedCharacters += html.length;
    const document = parse(html, { sourceCodeLocationInfo: true });
    const body = findBody(document);
    // <body> attributes apply to every block; a frameset can replace the whole <body>.
    this.mode = body.attrs.length === 0 && !/<frameset/i.test(html) ? document.mode : undefined;
    if (body.attrs.length) return undefined;
    return topLevelBlocks(body.childNodes, html, 0, inMode(keyOf, document.mode)).blocks;
  }

  /** The blocks of `html` from the last document's and a parse of the span that changed; undefined when that is unclear. */
  private parseChanged(last: LastDocument, html: string, keyOf: (source: string) => string): TopLevelBlock[] | undefined {
    const old = last.html;
    if (old === html) return last.blocks;
    const prefix = commonPrefixLength(old, html);
    // Not limited by the prefix: for an added block, the text both end with starts before the text both start with ends.
    const suffix = commonSuffixLength(old, html);
    const shift = html.length - old.length;
    const { blocks } = last;
    // The last clean point wholly inside the common start…
    let before = -1;
    for (let i = 0; i < blocks.length && blocks[i]!.end <= prefix; i++) if (blocks[i]!.cleanAfter) before = i;
    if (before < 0 || this.mode === undefined) return undefined;
    const start = blocks[before]!.end;
    // …and the first block after a clean point wholly inside the common end, starting after it in the new document.
    let after = blocks.length;
    for (let i = blocks.length - 1; i > before && blocks[i]!.start >= old.length - suffix && blocks[i]!.start + shift >= start; i--) {
      if (blocks[i - 1]!.cleanAfter) after = i;
    }
    const end = after < blocks.length ? blocks[after]!.start + shift : html.length;
    const span = html.slice(start, end);
    if (DOCUMENT_TAGS.test(span)) return undefined;
    this.parsedCharacters += span.length;
    const fragment = parseFragment(BODY, span, { sourceCodeLocationInfo: true, treeAdapter: withDocumentMode(this.mode) });
    const changed = topLevelBlocks(fragment.childNodes, html, start, inMode(keyOf, this.mode));
    if (changed.blocks.some((block) => block.key === undefined)) return undefined;
    // The blocks carried over from the end start where the fragment stopped: it must stop clean, at its last character.
    if (after < blocks.length && !(changed.cleanAtEnd && changed.reached === span.length)) return undefined;
    const moved = blocks.slice(after).map((block) => ({ ...block, start: block.start + shift, end: block.end + shift }));
    return [...blocks.slice(0, before + 1), ...changed.blocks, ...moved];
  }
}

/**
 * Block keys that also say the document's mode: a block's source builds another tree in quirks
 * mode (a `<table>` stays inside an open `<p>`), so a block kept from a document without a
 * doctype must not stand in for the same source in one with a doctype, or the other way round.
 */
function inMode(keyOf: (source: string) => string, mode: DocumentMode | undefined): (source: string) => string {
  return (source) => keyOf(`${mode ?? ''}\u0000${source}`);
}

/** Tags that act on the document rather than the `<body>` (and that a fragment ignores): a change naming them is parsed whole. */
const DOCUMENT_TAGS = /<\/?(?:html|head|body|frameset)[\s/>]/i;

/** The context of a `<body>` fragment: the parser as it is inside a `<body>` with nothing open. */
const BODY = defaultTreeAdapter.createElement('body', htmlSpec.NS.HTML, []);

/** parse5 asks the tree adapter for the document's mode (in quirks mode a `<table>` stays inside an open `<p>`); a fragment has no document. */
function withDocumentMode(mode: DocumentMode): typeof defaultTreeAdapter {
  return { ...defaultTreeAdapter, getDocumentMode: () => mode };
}

/**
 * The blocks of a `<body>`'s child nodes (or a body fragment's, whose source starts at `offset`
 * in `html`), blank text and comments left out. `reached`: where the last node's source ends,
 * from `offset`; `cleanAtEnd`: whether the parser is clean after it. A node with no place in the
 * source (an element the parser made up, such as the `<p>` of a stray `</p>`) has no key.
 */
function topLevelBlocks(nodes: ParsedNode[], html: string, offset: number, keyOf: (source: string) => string): { blocks: TopLevelBlock[]; reached: number; cleanAtEnd: boolean } {
  const blocks: TopLevelBlock[] = [];
  let nothingLeftOpen = true;
  let cleanAtEnd = true;
  let reached = 0;
  for (const node of nodes) {
    const location = node.sourceCodeLocation;
    if (!location) {
      nothingLeftOpen = cleanAtEnd = false;
      blocks.push({ node, start: -1, end: -1, cleanAfter: false });
      continue;
    }
    reached = location.endOffset;
    const start = offset + location.startOffset;
    const end = offset + location.endOffset;
    if (node.nodeName === '#comment') {
      cleanAtEnd &&= isClosedComment(html.slice(start, end));
      continue;
    }
    if ('value' in node && node.value.trim() === '') continue;
    const element = 'tagName' in node ? node : undefined;
    nothingLeftOpen &&= element !== undefined && leavesNothingOpen(element);
    cleanAtEnd = nothingLeftOpen && element !== undefined && endsWithOwnTag(element);
    const key = element && isSelfContained(element, location.startOffset, location.endOffset) ? keyOf(html.slice(start, end)) : undefined;
    blocks.push({ node, start, end, key, cleanAfter: cleanAtEnd });
  }
  return { blocks, reached, cleanAtEnd };
}

/**
 * Whether each block's source comes after the last one's. Not so when the parser moved an element
 * out of another (content before an unclosed table's end goes before the table; misnested
 * formatting): the state between such blocks is not what their order says.
 */
function inSourceOrder(blocks: TopLevelBlock[]): boolean {
  return blocks.every((block, index) => block.start >= (index === 0 ? 0 : blocks[index - 1]!.end));
}

/** Elements the parser remembers past their end unless their own end tag closes them: formatting elements to reopen, markers, the open form. */
const REMEMBERED_TAGS = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u', 'form', 'applet', 'object', 'marquee', 'template']);

/** Elements complete at their start tag, which the parser never leaves open. */
const VOID_TAGS = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Whether no element in `element` that the parser would remember after it (see {@link REMEMBERED_TAGS}) was closed other than by its own end tag. */
function leavesNothingOpen(element: ParsedElement): boolean {
  if (isHtml(element) && REMEMBERED_TAGS.has(element.tagName) && !element.sourceCodeLocation?.endTag) return false;
  return element.childNodes.every((child) => !('tagName' in child) || leavesNothingOpen(child));
}

/** Whether the element ends at its own end tag or is void: the parser has nothing of it open after its source. */
function endsWithOwnTag(element: ParsedElement): boolean {
  return !!element.sourceCodeLocation?.endTag || (isHtml(element) && VOID_TAGS.has(element.tagName));
}

function isHtml(element: ParsedElement): boolean {
  return element.namespaceURI === htmlSpec.NS.HTML;
}

/** Whether a comment's source ends with its closing `>` (a comment the end of the input closed does not). */
function isClosedComment(source: string): boolean {
  if (!source.startsWith('<!--')) return source.endsWith('>'); // `<?…>`, `<!…>`, `</ …>`: closed by the first `>`
  return source === '<!-->' || source === '<!--->' || source.endsWith('-->') || source.endsWith('--!>');
}

/** Elements the parser makes up where the markup implies them (a table's `<tbody>`): without a place in the source. */
const IMPLIED_TAGS = new Set(['tbody', 'tr', 'colgroup', 'p', 'br']);

/**
 * Whether everything inside a top-level element comes from its own source text (see
 * `ConvertedBlocks`): every descendant lies within it, or is an element the parser implied
 * there. A top-level text node never counts: text the parser moves out of a table joins the
 * text before the table, beyond its own source.
 */
function isSelfContained(node: ParsedNode, start: number, end: number): boolean {
  if (!('tagName' in node)) return false;
  for (const child of node.childNodes) {
    const location = child.sourceCodeLocation;
    if (location ? location.startOffset < start || location.endOffset > end : !isImplied(child)) return false;
    if ('tagName' in child && !isSelfContained(child, start, end)) return false;
  }
  return true;
}

function isImplied(node: ParsedNode): boolean {
  return 'tagName' in node && IMPLIED_TAGS.has(node.tagName) && node.attrs.length === 0;
}

/** The node without its parent, so that keeping it does not keep the rest of its document's tree. */
function detached(node: ParsedNode): ParsedNode {
  node.parentNode = null;
  return node;
}

/**
 * Characters compared at once before comparing one by one: comparing two substrings is native and
 * far faster than `charCodeAt` in a loop over a template's output (a rope of many pieces).
 */
const CHUNK = 1024;

function commonPrefixLength(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= length && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= length && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < length && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
