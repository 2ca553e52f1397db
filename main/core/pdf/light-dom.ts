import { parse, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';

type ParsedNode = DefaultTreeAdapterMap['node'];
type ParsedElement = DefaultTreeAdapterMap['element'];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * A read-only DOM, just large enough for html-to-pdfmake and the converter's `customTag`,
 * over the tree parse5 builds.
 *
 * Why not jsdom: jsdom's `DOMParser` is parse5 plus a complete, live DOM, and that completeness
 * costs. Loading jsdom took over a second of a cold CLI export (nearly a thousand modules),
 * and in a 100-page book its parse and its attribute and style accessors took more time than
 * the conversion itself. parse5 is the parser jsdom uses, so documents come out as the same
 * tree (same error recovery, implied tags, entities and foreign content); this module only
 * gives that tree the DOM names html-to-pdfmake reads:
 *
 * - every node: `nodeType` (1 element, 3 text, 8 comment), `nodeName` (upper case for HTML
 *   elements, as in a DOM), `textContent`, `childNodes`;
 * - elements: `children`, `getAttribute`, `hasAttribute`, `id`, `classList`, `dataset`,
 *   `outerHTML`, and `style` holding the declarations of the `style` attribute by camelCase
 *   name (html-to-pdfmake reads `display`, `visibility` and `width` from it).
 *
 * parse5 comes installed as jsdom's parser; it is imported directly here.
 */
export class LightNode {
  constructor(
    readonly nodeType: 1 | 3 | 8,
    readonly nodeName: string,
    readonly childNodes: readonly LightNode[],
    private readonly data: string,
  ) {}

  get textContent(): string {
    return this.data;
  }
}

export class LightElement extends LightNode {
  readonly children: readonly LightElement[];
  private readonly isHtml: boolean;
  private readonly attributes: ReadonlyMap<string, string>;
  private parsedStyle?: Readonly<Record<string, string>>;
  // Made on first use and kept (the tree is read-only): the converter and html-to-pdfmake ask
  // each element for its classes several times.
  private classes?: ClassList;
  private dataAttributes?: Readonly<Record<string, string>>;

  constructor(private readonly parsed: ParsedElement) {
    const isHtml = parsed.namespaceURI === HTML_NAMESPACE;
    super(1, isHtml ? parsed.tagName.toUpperCase() : parsed.tagName, parsed.childNodes.map(toLightNode).filter((node) => node !== undefined), '');
    this.isHtml = isHtml;
    // parse5 has already dropped repeated attributes, keeping the first, as a DOM does.
    this.attributes = new Map(parsed.attrs.map((attribute) => [attribute.name, attribute.value]));
    this.children = this.childNodes.filter((node) => node instanceof LightElement);
  }

  /** The text of every descendant text node, comments left out, as in a DOM. */
  override get textContent(): string {
    return this.childNodes.map((node) => (node.nodeType === 8 ? '' : node.textContent)).join('');
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(this.attributeName(name)) ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.attributes.has(this.attributeName(name));
  }

  get id(): string {
    return this.getAttribute('id') ?? '';
  }

  get classList(): ClassList {
    return (this.classes ??= new ClassList(this.getAttribute('class') ?? ''));
  }

  /** `data-pdfmake-type` as `dataset.pdfmakeType`, as in a DOM. */
  get dataset(): Readonly<Record<string, string>> {
    if (!this.dataAttributes) {
      const dataset: Record<string, string> = {};
      for (const [name, value] of this.attributes) {
        if (name.startsWith('data-')) dataset[camelCase(name.slice('data-'.length))] = value;
      }
      this.dataAttributes = dataset;
    }
    return this.dataAttributes;
  }

  get style(): Readonly<Record<string, string>> {
    return (this.parsedStyle ??= parseStyleAttribute(this.getAttribute('style') ?? ''));
  }

  get outerHTML(): string {
    return serializeOuter(this.parsed);
  }

  /** HTML attribute names are case-insensitive; SVG and MathML ones (`viewBox`) are not. */
  private attributeName(name: string): string {
    return this.isHtml ? name.toLowerCase() : name;
  }
}

/** The tokens of a `class` attribute. */
export class ClassList implements Iterable<string> {
  private readonly tokens: readonly string[];

  constructor(value: string) {
    this.tokens = [...new Set(value.split(/[\t\n\f\r ]+/).filter(Boolean))];
  }

  contains(token: string): boolean {
    return this.tokens.includes(token);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.tokens[Symbol.iterator]();
  }
}

/** The parsed document, as html-to-pdfmake sees it: only its body. */
export interface LightDocument {
  body: LightElement;
}

/** What html-to-pdfmake takes as its `window`: something with a `DOMParser`. */
export const lightWindow = {
  DOMParser: class {
    parseFromString(html: string): LightDocument {
      return { body: new LightElement(findBody(parse(html))) };
    }
  },
};

function toLightNode(node: ParsedNode): LightNode | undefined {
  if (node.nodeName === '#text') return new LightNode(3, '#text', [], (node as DefaultTreeAdapterMap['textNode']).value);
  if (node.nodeName === '#comment') return new LightNode(8, '#comment', [], (node as DefaultTreeAdapterMap['commentNode']).data);
  if ('tagName' in node) return new LightElement(node);
  return undefined; // a doctype, which never occurs inside <body>
}

/** parse5 always builds <html> with a <body>, as browsers do, whatever the input. */
export function findBody(document: DefaultTreeAdapterMap['document']): ParsedElement {
  const html = document.childNodes.find((node): node is ParsedElement => 'tagName' in node && node.tagName === 'html');
  const body = html?.childNodes.find((node): node is ParsedElement => 'tagName' in node && node.tagName === 'body');
  if (!body) throw new Error('the HTML parser produced no <body>');
  return body;
}

/** `font-size: 12px; DISPLAY: none !important` → `{ fontSize: '12px', display: 'none' }`. */
function parseStyleAttribute(text: string): Record<string, string> {
  const style: Record<string, string> = {};
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).replace(/!\s*important\s*$/i, '').trim();
    if (name && value) style[camelCase(name)] = /^[a-z-]+$/i.test(value) ? value.toLowerCase() : value;
  }
  return style;
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
