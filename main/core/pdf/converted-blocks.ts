import { html as htmlSpec, type DefaultTreeAdapterMap } from 'parse5';
import { BodyBlocks, type TopLevelBlock } from './changed-span';
import { LightElement } from './light-dom';
import { SizeBoundedCache } from './size-bounded-cache';

/** The `<body>` each block is converted under, alone: a document whose `<body>` has attributes is not taken block by block. */
const EMPTY_BODY: DefaultTreeAdapterMap['element'] = { nodeName: 'body', tagName: 'body', attrs: [], namespaceURI: htmlSpec.NS.HTML, childNodes: [], parentNode: null };

/**
 * What converting one top-level block of a document's HTML gave: its pdfmake nodes, never
 * handed to pdfmake itself (pdfmake writes its measurements into the nodes it lays out), and
 * the nodes in them the rest of the conversion must find again.
 */
export interface ConvertedBlock {
  nodes: unknown[];
  /** Nodes that keep their `id` unless an earlier block has it, by the id. */
  idOwners: Map<object, string>;
  /** Nodes to collect in each copy (page references, breaks to insert before), by list. */
  marked: Map<object, MarkName>;
  /** Whether the conversion depended on the blocks before it (a table-of-contents marker): never kept. */
  dependsOnEarlier: boolean;
}

export type MarkName = 'pageReference' | 'halfFullBreak';

/** What a block's copy hands back to the document being assembled. */
export interface BlockSink {
  /** Ids kept so far in the document, in order: a later node with one of them loses its id. */
  ids: Set<string>;
  mark(name: MarkName, node: object): void;
  /** Objects the converter puts into nodes as they are (table layouts): never copied. */
  shared: ReadonlySet<object>;
}

/**
 * Converts a top-level element (or text) of the document on its own, under an empty `<body>`,
 * as html-to-pdfmake would have converted it inside the whole document.
 */
export type BlockConverter = (body: LightElement) => ConvertedBlock;

/** Most characters of HTML whose conversions are kept (about a 500-page book's). */
const DEFAULT_CAPACITY = 4_000_000;

/**
 * Conversions of HTML blocks kept across exports, so an export converts only the top-level
 * blocks it has not seen: after an edit of one record, the preview converts that record's
 * blocks again and copies the rest.
 *
 * A block is a child of the document's `<body>`, and its key is its own source text (with the
 * page setup's part the converter reads). That is sound because html-to-pdfmake converts each
 * top-level child with only `<body>` above it, and because the HTML parser builds an element
 * from the text between its tags alone; the exceptions (a formatting element the parser
 * reopens from before the block, misnested markup) show as descendants placed outside the
 * block's text, and such a block is converted every time. So is a block whose conversion
 * depends on those before it, and everything in a document whose `<body>`
 * has attributes (they would apply to every block).
 *
 * Only the part of a document that differs from the last one is parsed (see {@link BodyBlocks}).
 * The least recently used blocks are dropped past `capacity` characters of source.
 */
export class ConvertedBlocks {
  private readonly blocks: SizeBoundedCache<ConvertedBlock>;
  /** The last document's top-level blocks, so the next is parsed only where it differs (see {@link BodyBlocks}). */
  private readonly body = new BodyBlocks();
  /** Blocks converted since the cache was made, and blocks copied from it: what tests and benchmarks count. */
  conversions = 0;
  copies = 0;
  /** Documents taken block by block. */
  documents = 0;
  private declined = false;

  /**
   * `firstDocumentWhole`: decline the first document (undefined from {@link convert}), which is
   * then converted whole, as fast as ever: taking a document block by block costs more than
   * converting it at once when nothing is kept yet (about 20 ms more for the memo), and a
   * one-off export (the CLI's) never sees a second document. From the second on, blocks are kept.
   */
  constructor(
    capacity = DEFAULT_CAPACITY,
    private readonly firstDocumentWhole = false,
  ) {
    this.blocks = new SizeBoundedCache(capacity, (key) => key.length);
  }

  /** Characters of HTML parsed to find the documents' blocks: after a small edit, about the edited block's. */
  get parsedCharacters(): number {
    return this.body.parsedCharacters;
  }

  /**
   * The document's top-level content, each block copied from the cache or converted by
   * `convert` (and kept), or undefined when the document cannot be taken block by block.
   */
  convert(html: string, settingsKey: string, convert: BlockConverter, sink: BlockSink): unknown[] | undefined {
    if (this.firstDocumentWhole && !this.declined) {
      this.declined = true;
      return undefined;
    }
    this.documents++;
    const keyOf = (source: string) => `${settingsKey}\u0000${source}`;
    let topLevel = this.body.parse(html, settingsKey, keyOf);
    if (!topLevel) return undefined;
    let kept = this.takeAll(topLevel);
    if (!kept) {
      // A block carried over from the last document unparsed is no longer kept: parse the whole document.
      topLevel = this.body.parse(html, settingsKey, keyOf, true)!;
      kept = this.takeAll(topLevel)!;
    }

    const nodes: unknown[] = [];
    const convertedEachTime = new Set<TopLevelBlock>();
    topLevel.forEach((entry, index) => {
      let block = kept[index];
      if (block) this.copies++;
      else {
        block = convert(new LightElement({ ...EMPTY_BODY, childNodes: [entry.node!] }));
        this.conversions++;
        if (entry.key !== undefined && !block.dependsOnEarlier) this.blocks.set(entry.key, block);
        else convertedEachTime.add(entry);
      }
      nodes.push(...copyBlock(block, sink));
    });
    this.body.remember(html, settingsKey, topLevel, (entry) => convertedEachTime.has(entry));
    return nodes;
  }

  /** The kept conversion of each block (undefined for those to convert), or undefined when a block to copy has no conversion kept nor a node to convert. */
  private takeAll(topLevel: TopLevelBlock[]): Array<ConvertedBlock | undefined> | undefined {
    const kept = topLevel.map((entry) => (entry.key === undefined ? undefined : this.blocks.get(entry.key)));
    return kept.every((block, index) => block || topLevel[index]!.node) ? kept : undefined;
  }

  /**
   * Forgets every block but stays in use: the next document is parsed and converted in full,
   * block by block, and kept, as new content is in a long-running process.
   */
  empty(): void {
    this.blocks.clear();
    this.body.forget();
  }

  /** Forgets every block: the next document is converted as the first one was. */
  clear(): void {
    this.declined = false;
    this.blocks.clear();
    this.body.forget();
  }
}

/**
 * A fresh copy of a converted block's nodes for one document: plain objects and arrays are
 * copied (objects shared within the block stay shared, as a structure tag shared by several
 * runs must), anything else, and what the sink says is shared, is shared. Ids owned in earlier blocks are dropped.
 */
function copyBlock(block: ConvertedBlock, sink: BlockSink): unknown[] {
  const copies = new Map<object, unknown>();
  const copy = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const known = copies.get(value);
    if (known !== undefined) return known;
    if (Array.isArray(value)) {
      const array: unknown[] = [];
      copies.set(value, array);
      for (const item of value) array.push(copy(item));
      return array;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype || sink.shared.has(value)) return value;
    const object: Record<string, unknown> = {};
    copies.set(value, object);
    for (const key in value) object[key] = copy((value as Record<string, unknown>)[key]);
    const id = block.idOwners.get(value);
    if (id !== undefined) {
      if (sink.ids.has(id)) delete object.id;
      else sink.ids.add(id);
    }
    const mark = block.marked.get(value);
    if (mark) sink.mark(mark, object);
    return object;
  };
  return block.nodes.map(copy);
}
