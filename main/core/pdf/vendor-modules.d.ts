// Types for the parts of pdfmake 0.3 (server build) and html-to-pdfmake that Briefbook uses;
// neither package ships its own.

declare module 'pdfmake' {
  /** [left, top, right, bottom] in points. */
  export type Margins = [number, number, number, number];

  /** A pdfmake document node: text, stack, table, toc, canvas… (see pdfmake's docs). */
  export interface ContentNode {
    [property: string]: unknown;
  }
  export type Content = string | ContentNode | Content[];

  export interface Style {
    font?: string;
    fontSize?: number;
    bold?: boolean;
    italics?: boolean;
    color?: string;
    background?: string;
    lineHeight?: number;
    characterSpacing?: number;
    alignment?: 'left' | 'center' | 'right' | 'justify';
  }

  export interface TableLayout {
    hLineWidth?(i: number, node: ContentNode): number;
    vLineWidth?(i: number, node: ContentNode): number;
    hLineColor?(i: number, node: ContentNode): string;
    vLineColor?(i: number, node: ContentNode): string;
    paddingLeft?(i: number, node: ContentNode): number;
    paddingRight?(i: number, node: ContentNode): number;
    paddingTop?(i: number, node: ContentNode): number;
    paddingBottom?(i: number, node: ContentNode): number;
    fillColor?(row: number, node: ContentNode, column: number): string | null;
  }

  export type DynamicContent = (currentPage: number, pageCount: number, pageSize: { width: number; height: number }) => Content;

  /** What pdfmake tells `pageBreakBefore` about a node: a subset of its properties. */
  export interface NodeInfo {
    headlineLevel?: number;
    pageNumbers: number[];
    [property: string]: unknown;
  }
  export interface PageBreakContext {
    getFollowingNodesOnPage(): NodeInfo[];
    getNodesOnNextPage(): NodeInfo[];
    getPreviousNodesOnPage(): NodeInfo[];
  }

  export interface DocDefinition {
    content: Content;
    pageSize?: string;
    pageOrientation?: 'portrait' | 'landscape';
    pageMargins?: Margins;
    header?: DynamicContent;
    footer?: DynamicContent;
    watermark?: { text: string; color?: string; opacity?: number; bold?: boolean; italics?: boolean; font?: string; fontSize?: number };
    /** Standard keys in lowercase; any other key is written as it is (pdfmake drops spaces). */
    info?: { title?: string; author?: string; subject?: string; keywords?: string; creator?: string; producer?: string; [custom: string]: string | undefined };
    styles?: Record<string, Style>;
    defaultStyle?: Style;
    pageBreakBefore?(node: NodeInfo, context: PageBreakContext): boolean;
    language?: string;
    version?: string;
    /** Tagged PDF (pdfmake patched to write structure from each node's `tag`). */
    tagged?: boolean;
    /** PDF/UA-1 identification in the XMP metadata (Briefbook's pdfmake patch). */
    pdfUA?: boolean;
    displayTitle?: boolean;
    /** A PDF/A part and conformance, e.g. 'PDF/A-2b'. */
    subset?: string;
    /** The output intent's ICC profile for PDF/A (Briefbook's pdfmake and PDFKit patches). */
    iccProfile?: Buffer;
  }

  /** Font files of one family, by style; paths or names in pdfmake's virtual file system. */
  export interface FontDescriptor {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  interface VirtualFileSystem {
    existsSync(name: string): boolean;
    readFileSync(name: string): Buffer;
    writeFileSync(name: string, content: Buffer): void;
  }

  /** The pdfmake singleton of the Node build. */
  interface PdfMake {
    virtualfs: VirtualFileSystem;
    addFonts(fonts: Record<string, FontDescriptor>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(doc: DocDefinition): OutputDocument;
  }

  /** A PDF being made: PDFKit's document (before it ends), then its bytes. */
  interface OutputDocument {
    getStream(): Promise<{ appendXML(xml: string): void }>;
    getBuffer(): Promise<Buffer>;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

/** pdfmake's PDFKit document class (CommonJS, transpiled: the class is `default`). */
declare module 'pdfmake/js/PDFDocument.js' {
  /** PDFKit's EmbeddedFont, as far as Briefbook touches it. */
  export interface EmbeddedFont {
    layoutCache?: Record<string, unknown>;
    /** The parsed font file (fontkit); a standard PDF font has none. */
    font?: { createSubset(): unknown };
    /** The glyphs this document uses, to embed (made from `font`). */
    subset?: unknown;
  }

  export interface PdfmakeDocument {
    fonts: Record<string, Record<string, string>>;
    getFontType(bold: boolean, italics: boolean): string;
    provideFont(familyName: string, bold: boolean, italics: boolean): EmbeddedFont;
  }

  export interface PdfmakeDocumentClass {
    prototype: PdfmakeDocument;
    /** The shared-font-data patch: the layout cache every document shares for a font file. */
    sharedLayoutCache?(file: string): Record<string, unknown>;
  }

  /** The class itself, or `{ default: class }`, depending on who does the CommonJS interop. */
  const module: PdfmakeDocumentClass | { default: PdfmakeDocumentClass };
  export default module;
}

/** pdfmake's style stack (CommonJS, transpiled: the class is `default`), as far as Briefbook touches it. */
declare module 'pdfmake/js/StyleContextStack.js' {
  /** A named style, a style-overrides object (a document node), or a string node. */
  export type StyleItem = string | Record<string, unknown>;

  export interface StyleContextStack {
    styleDictionary: Record<string, Record<string, unknown> | undefined>;
    defaultStyle?: Record<string, unknown>;
    styleOverrides: StyleItem[];
    getProperty(property: string): unknown;
    push(item: StyleItem): void;
    pop(howMany?: number): void;
    clone(): StyleContextStack;
  }

  export interface StyleContextStackClass {
    new (styleDictionary: Record<string, Record<string, unknown>>, defaultStyle?: Record<string, unknown>): StyleContextStack;
    prototype: StyleContextStack;
    getStyleProperty(item: StyleItem, stack: StyleContextStack | undefined, property: string, defaultValue: unknown): unknown;
  }

  const module: StyleContextStackClass | { default: StyleContextStackClass };
  export default module;
}

declare module 'html-to-pdfmake' {
  import type { Content, ContentNode } from 'pdfmake';

  /** What Briefbook's `customTag` reads of an element (see main/core/pdf/light-dom.ts). */
  export interface HtmlElement {
    readonly nodeName: string;
    readonly textContent: string | null;
    readonly classList: Iterable<string> & { contains(token: string): boolean };
    getAttribute(name: string): string | null;
    hasAttribute(name: string): boolean;
  }

  export interface CustomTagParams {
    element: HtmlElement;
    parents: HtmlElement[];
    ret: ContentNode;
  }

  export interface HtmlToPdfmakeOptions {
    /** Something with a `DOMParser` (a DOM window, or Briefbook's light DOM) that reads the HTML. */
    window: unknown;
    /** Styles html-to-pdfmake writes onto nodes per tag; `null` removes its built-in one. */
    defaultStyles?: Record<string, Record<string, unknown> | null>;
    removeExtraBlanks?: boolean;
    tableAutoSize?: boolean;
    /** Called for every element after conversion; returns the node to use ('' drops it). */
    customTag?(params: CustomTagParams): ContentNode | '';
  }

  export default function htmlToPdfmake(html: string, options: HtmlToPdfmakeOptions): Content;
}

/** pdfmake's renderer class; Briefbook only reads the mark its patch leaves. */
declare module 'pdfmake/js/Renderer.js' {
  const module: { briefbookPatch?: string } | { default: { briefbookPatch?: string } };
  export default module;
}

/** pdfmake's measuring class; Briefbook wraps its `measureLeaf` (see measured-leaves.ts). */
declare module 'pdfmake/js/DocMeasure.js' {
  const module: { prototype?: object } | { default: { prototype?: object } };
  export default module;
}

/** pdfmake's layout class; Briefbook only reads the mark its patch leaves. */
declare module 'pdfmake/js/LayoutBuilder.js' {
  const module: { prototype?: object } | { default: { prototype?: object } };
  export default module;
}

/** pdfmake's text measuring class; Briefbook only reads the mark its patch leaves. */
declare module 'pdfmake/js/TextInlines.js' {
  const module: { briefbookPatch?: string } | { default: { briefbookPatch?: string } };
  export default module;
}

/** PDFKit's document class; Briefbook only reads the mark its patch leaves. */
declare module 'pdfkit' {
  const PDFDocument: { briefbookPatch?: string };
  export default PDFDocument;
}

/** fontkit, as far as Briefbook opens a font. */
declare module 'fontkit' {
  export function create(buffer: Buffer): { createSubset(): unknown };
}
