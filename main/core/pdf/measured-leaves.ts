import docMeasureModule from 'pdfmake/js/DocMeasure.js';
import { SizeBoundedCache } from './size-bounded-cache';

/**
 * pdfmake's measurement of text leaves (a paragraph, a heading, a cell's text), kept across
 * exports: after a one-record edit the preview measures only the text it has not measured
 * before, and copies the rest.
 *
 * pdfmake's `DocMeasure.measureLeaf` splits a leaf's text into words and measures each (its
 * font, size, colour, link… looked up through the style stack, its width shaped by fontkit):
 * about a fifth of a warm export, the same for every unchanged paragraph. The result is a
 * function of the leaf's text (with each text item's own properties), the values the style
 * stack gives the properties measuring reads, the style sheet and the fonts, so that is the
 * key. Only the font objects belong to a document (its own subsets): a copy is given the
 * current document's font of the same family and style.
 *
 * pdfmake's layout consumes `_inlines` and writes positions onto them, so what is kept is a
 * copy made right after measuring, and every use gets its own shallow copies of the words.
 * Words share objects with the text item they come from (a structure tag, a page reference, a
 * superscript's offset): measuring never reads them (but for `sup`, whose content is in the
 * key), so they are left out of the kept copy and taken from the current document's text
 * item on every use; the key records which items share one, so that is the same too. A leaf
 * whose text is another node's (`_textRef`), or whose words hold objects from elsewhere, is
 * measured every time.
 */

/**
 * Every property pdfmake 0.3.11 (with Briefbook's patches) reads through the style stack while
 * measuring a leaf: TextInlines.measure and buildInlines, TextBreaker.getBreaks.
 * `measured-leaves.test.ts` checks this list against pdfmake's source.
 */
export const MEASURED_STYLE_PROPERTIES = [
  'alignment', 'background', 'bold', 'characterSpacing', 'color', 'decoration', 'decorationColor', 'decorationStyle',
  'decorationThickness', 'font', 'fontFeatures', 'fontSize', 'italics', 'leadingIndent', 'lineHeight', 'link', 'linkToDestination',
  'linkToPage', 'noWrap', 'opacity', 'preserveLeadingSpaces', 'preserveTrailingSpaces', 'sub', 'sup', 'wordBreak',
] as const;

/** Most characters of keys (mostly the leaves' own text) kept: about a 500-page book's. */
const DEFAULT_CAPACITY = 6_000_000;

/** Most document settings (style sheet, default style, fonts) whose measurements are kept at once. */
const MAX_SETTINGS = 32;

interface Font {
  readonly [property: string]: unknown;
}

interface PdfDocument {
  fonts: Record<string, unknown>;
  fontCache: Record<string, Record<string, Font | undefined> | undefined>;
  provideFont(family: string, bold: boolean, italics: boolean): Font;
}

interface StyleStack {
  styleDictionary: unknown;
  defaultStyle?: unknown;
  getProperty(property: string): unknown;
}

interface Measurer {
  pdfDocument: PdfDocument;
  styleStack: StyleStack;
}

type Inline = Record<string, unknown> & { font: Font };

interface Leaf {
  text?: unknown;
  _textRef?: unknown;
  _inlines?: Inline[];
  _minWidth?: number;
  _maxWidth?: number;
}

interface MeasuredLeaf {
  /** The words as measured, each font replaced by its family and style (`fontKeys`). */
  inlines: Word[];
  /** Per word, its properties beyond pdfmake's measured ones (see {@link copyWord}). */
  extras: Array<string[] | undefined>;
  fontKeys: string[];
  /** Per word, its properties holding an object of a text item: [property, index of the item in the flattened text]. */
  shared: Array<Array<[string, number]> | undefined>;
  minWidth: number;
  maxWidth: number;
}

/** What a document being measured knows: its settings' part of the key, and its fonts by family and style. */
interface DocumentState {
  key: string;
  fonts: Map<string, Font>;
  /** The document's fonts so far by family and style (see {@link fontKeysOf}), made again when a word has one not in it. */
  fontKeys: Map<unknown, string>;
  /** The first document in a thread neither keeps nor reuses: a one-off export never has a second. */
  active: boolean;
}

export class MeasuredLeaves {
  private readonly leaves: SizeBoundedCache<MeasuredLeaf>;
  private readonly documents = new WeakMap<object, DocumentState>();
  private seenDocument = false;
  /** Each document settings' JSON by a short number, which leaf keys start with (hashing a long key on every lookup cost more than measuring saved). */
  private readonly settings = new Map<string, number>();
  /** Leaves measured by pdfmake since the cache was made, and leaves copied from it: what tests and benchmarks count. */
  measured = 0;
  reused = 0;

  constructor(
    capacity = DEFAULT_CAPACITY,
    private readonly firstDocumentUncached = true,
  ) {
    this.leaves = new SizeBoundedCache(capacity, (key) => key.length);
  }

  /** Measures `leaf` as `measure` (pdfmake's own `measureLeaf`) would, copying a kept measurement when there is one. */
  measureLeaf(measurer: Measurer, leaf: Leaf, measure: (leaf: Leaf) => Leaf): Leaf {
    const state = this.documentState(measurer);
    const key = state.active ? leafKey(leaf, measurer.styleStack, state.key) : undefined;
    const kept = key === undefined ? undefined : this.leaves.get(key);
    if (kept) {
      this.reused++;
      const items = flattenText(leaf.text);
      const inlines: Inline[] = [];
      for (let i = 0; i < kept.inlines.length; i++) {
        const copy = copyWord(kept.inlines[i]!, kept.extras[i], this.font(state, measurer.pdfDocument, kept.fontKeys[i]!)) as Inline;
        for (const [property, item] of kept.shared[i] ?? []) copy[property] = (items[item] as Record<string, unknown>)[property];
        inlines.push(copy);
      }
      leaf._inlines = inlines;
      leaf._minWidth = kept.minWidth;
      leaf._maxWidth = kept.maxWidth;
      return leaf;
    }
    const measured = measure(leaf);
    this.measured++;
    if (key !== undefined) {
      const copy = copyMeasurement(measured, flattenText(leaf.text), (font) => fontKeyOf(state, measurer.pdfDocument, font));
      if (copy) this.leaves.set(key, copy);
    }
    return measured;
  }

  /**
   * Forgets every measurement but stays in use: the next document is measured in full and kept,
   * as new content is in a long-running process (unlike {@link clear}, after which it is a first document).
   */
  empty(): void {
    this.leaves.clear();
  }

  /** Forgets every measurement. */
  clear(): void {
    this.leaves.clear();
    this.settings.clear();
    this.seenDocument = false;
  }

  private documentState(measurer: Measurer): DocumentState {
    let state = this.documents.get(measurer);
    if (!state) {
      const active = this.seenDocument || !this.firstDocumentUncached;
      this.seenDocument = true;
      const { styleDictionary, defaultStyle } = measurer.styleStack;
      const settings = active ? JSON.stringify([styleDictionary, defaultStyle ?? null, measurer.pdfDocument.fonts]) : '';
      if (!this.settings.has(settings)) {
        // Each style sheet's JSON is kept once; past a few dozen (templates, papers, fonts) start afresh.
        if (this.settings.size >= MAX_SETTINGS) {
          this.leaves.clear();
          this.settings.clear();
        }
        this.settings.set(settings, this.settings.size);
      }
      state = { key: String(this.settings.get(settings)), fonts: new Map(), fontKeys: new Map(), active };
      this.documents.set(measurer, state);
    }
    return state;
  }

  private font(state: DocumentState, document: PdfDocument, fontKey: string): Font {
    let font = state.fonts.get(fontKey);
    if (!font) {
      const [family, type] = fontKey.split('\u0000') as [string, string];
      font = document.provideFont(family, type.includes('bold'), type.includes('italics'));
      state.fonts.set(fontKey, font);
    }
    return font;
  }
}

/**
 * The leaf's key: the document's settings, the style stack's values of every property measuring
 * reads, and the text with its items' own properties; undefined when the text holds anything
 * but plain values (references to other nodes, shared objects).
 */
function leafKey(leaf: Leaf, stack: StyleStack, documentKey: string): string | undefined {
  if (leaf._textRef !== undefined) return undefined;
  const text = textKey(leaf.text, new Map());
  if (text === undefined) return undefined;
  const values: unknown[] = [];
  for (const property of MEASURED_STYLE_PROPERTIES) {
    const value = stack.getProperty(property);
    if (!isPlain(value)) return undefined;
    values.push(value);
  }
  return `${documentKey}\u0000${JSON.stringify(values)}\u0000${text}`;
}

const MEASURED = new Set<string>(MEASURED_STYLE_PROPERTIES);

/**
 * The text with every item's own properties; an object a measured property holds by its JSON,
 * any other object by the order it first appears in (so which items share one is in the key).
 */
function textKey(text: unknown, objects: Map<object, number>): string | undefined {
  if (text === null || ['string', 'number', 'boolean'].includes(typeof text)) return JSON.stringify(text);
  if (Array.isArray(text)) {
    const parts: string[] = [];
    for (const item of text) {
      const part = textKey(item, objects);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    return `[${parts.join(',')}]`;
  }
  if (typeof text !== 'object') return undefined;
  const parts: string[] = [];
  for (const [property, value] of Object.entries(text)) {
    if (property === '_textRef') return undefined;
    let part: string | undefined;
    if (property === 'text') part = textKey(value, objects);
    else if (isPlain(value)) part = JSON.stringify(value);
    else if (typeof value !== 'object') return undefined;
    else if (MEASURED.has(property)) part = jsonOf(value);
    else {
      if (!objects.has(value)) objects.set(value, objects.size);
      part = `#${objects.get(value)}`;
    }
    if (part === undefined) return undefined;
    parts.push(`${JSON.stringify(property)}:${part}`);
  }
  return `{${parts.join(',')}}`;
}

function jsonOf(value: object): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** The leaf's text items in order, nested texts flattened, as pdfmake takes them apart into words. */
function flattenText(text: unknown, into: unknown[] = []): unknown[] {
  for (const item of Array.isArray(text) ? text : [text]) {
    if (Array.isArray(item)) flattenText(item, into);
    else if (item && typeof item === 'object' && Array.isArray((item as { text?: unknown }).text)) flattenText((item as { text: unknown[] }).text, into);
    else into.push(item);
  }
  return into;
}

/**
 * Undefined, a primitive or an array of primitives (a list of style names): a value every copy
 * of a word may have without sharing anything mutable with another.
 */
function isPlain(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  return Array.isArray(value) && value.every((item) => item === null || ['string', 'number', 'boolean'].includes(typeof item));
}

/**
 * A copy of a leaf's measurement that no layout will touch, or undefined when a word holds an
 * object that is not one of its text item's.
 */
function copyMeasurement(leaf: Leaf, items: unknown[], fontKeyOf: (font: Font) => string | undefined): MeasuredLeaf | undefined {
  const inlines: Word[] = [];
  const extras: MeasuredLeaf['extras'] = [];
  const keys: string[] = [];
  const shared: MeasuredLeaf['shared'] = [];
  for (const inline of leaf._inlines ?? []) {
    const fontKey = fontKeyOf(inline.font);
    if (fontKey === undefined) return undefined;
    const own = extraProperties(inline);
    // The font and shared objects are filled in on every use.
    const copy = copyWord(inline, own, undefined);
    let fromItems: Array<[string, number]> | undefined;
    // By the known lists, not by iterating the copy's keys (Object.keys of a word this size
    // allocated about 1.5 KB a word).
    for (let p = 0, count = WORD_PROPERTIES.length + (own?.length ?? 0); p < count; p++) {
      const property = p < WORD_PROPERTIES.length ? WORD_PROPERTIES[p]! : own![p - WORD_PROPERTIES.length]!;
      const value = copy[property];
      if (value === undefined || value === null || typeof value !== 'object' || property === 'font') continue;
      if (isPlain(value)) copy[property] = [...(value as unknown[])];
      else {
        const item = indexOfItemWith(items, property, value);
        if (item < 0) return undefined;
        copy[property] = undefined;
        (fromItems ??= []).push([property, item]);
      }
    }
    inlines.push(copy);
    extras.push(own);
    keys.push(fontKey);
    shared.push(fromItems);
  }
  return { inlines, extras, fontKeys: keys, shared, minWidth: leaf._minWidth ?? 0, maxWidth: leaf._maxWidth ?? 0 };
}

/** The index of the first text item whose `property` is `value`, or -1. */
function indexOfItemWith(items: unknown[], property: string, value: unknown): number {
  for (let i = 0; i < items.length; i++) {
    const candidate = items[i];
    if (!!candidate && typeof candidate === 'object' && (candidate as Record<string, unknown>)[property] === value) return i;
  }
  return -1;
}

/** A measured word: the properties pdfmake's `TextInlines.measure` gives every word, and any of its text item's. */
type Word = Record<string, unknown>;

/** Every property `TextInlines.measure` gives a word (`measured-leaves.test.ts` checks this list against pdfmake). */
export const WORD_PROPERTIES = [
  'text', 'font', 'alignment', 'fontSize', 'fontFeatures', 'characterSpacing', 'color', 'decoration', 'decorationColor', 'decorationStyle',
  'decorationThickness', 'background', 'link', 'linkToPage', 'linkToDestination', 'noWrap', 'opacity', 'sup', 'sub', 'width', 'height',
  'leadingCut', 'trailingCut',
] as const;

const WORD_PROPERTY_SET = new Set<string>(WORD_PROPERTIES);

/** The word's own properties beyond {@link WORD_PROPERTIES} (its text item's style, `lineEnd`, `noNewLine`…), undefined when none. */
function extraProperties(word: Word): string[] | undefined {
  let extras: string[] | undefined;
  for (const property in word) {
    if (!WORD_PROPERTY_SET.has(property) && Object.hasOwn(word, property)) (extras ??= []).push(property);
  }
  return extras;
}

/**
 * A shallow copy of a word with `font`, made in one object literal with the measured
 * properties (in pdfmake's order) and then `extras`. A spread (`{ ...word }`) of an object this
 * size goes through V8's generic path, which grows the copy's property store a few properties
 * at a time: about 1 KB of garbage per word, a tenth of what a full export allocates.
 */
function copyWord(word: Word, extras: readonly string[] | undefined, font: unknown): Word {
  const copy: Word = {
    text: word.text,
    font,
    alignment: word.alignment,
    fontSize: word.fontSize,
    fontFeatures: word.fontFeatures,
    characterSpacing: word.characterSpacing,
    color: word.color,
    decoration: word.decoration,
    decorationColor: word.decorationColor,
    decorationStyle: word.decorationStyle,
    decorationThickness: word.decorationThickness,
    background: word.background,
    link: word.link,
    linkToPage: word.linkToPage,
    linkToDestination: word.linkToDestination,
    noWrap: word.noWrap,
    opacity: word.opacity,
    sup: word.sup,
    sub: word.sub,
    width: word.width,
    height: word.height,
    leadingCut: word.leadingCut,
    trailingCut: word.trailingCut,
  };
  if (extras) for (const property of extras) copy[property] = word[property];
  return copy;
}

/** A font of the document by its family and style, or undefined when it is not one of the document's. */
function fontKeyOf(state: DocumentState, document: PdfDocument, font: Font): string | undefined {
  let key = state.fontKeys.get(font);
  if (key === undefined) {
    state.fontKeys = fontKeysOf(document);
    key = state.fontKeys.get(font);
  }
  return key;
}

/** The document's fonts so far, each by its family and style as pdfmake's `provideFont` keeps them. */
function fontKeysOf(document: PdfDocument): Map<unknown, string> {
  const keys = new Map<unknown, string>();
  for (const [family, types] of Object.entries(document.fontCache)) {
    for (const [type, font] of Object.entries(types ?? {})) keys.set(font, `${family}\u0000${type}`);
  }
  return keys;
}

/** The measurements this thread's exports share. */
export const sharedMeasuredLeaves = new MeasuredLeaves();

interface DocMeasureClass {
  prototype: { measureLeaf(this: Measurer, leaf: Leaf): Leaf; briefbookMeasuredLeaves?: MeasuredLeaves | null };
}

const DocMeasure = ((docMeasureModule as { default?: unknown }).default ?? docMeasureModule) as DocMeasureClass;

/**
 * Makes pdfmake's DocMeasure measure text leaves through `cache`, or as pdfmake alone does
 * when it is null (the wrapper is installed once per class; installing again only changes the
 * cache).
 */
export function installMeasuredLeaves(cache: MeasuredLeaves | null = sharedMeasuredLeaves, docMeasure: DocMeasureClass = DocMeasure): void {
  const prototype = docMeasure.prototype;
  if (!('briefbookMeasuredLeaves' in prototype)) {
    const measureLeaf = prototype.measureLeaf;
    prototype.measureLeaf = function (this: Measurer, leaf: Leaf): Leaf {
      const leaves = prototype.briefbookMeasuredLeaves;
      return leaves ? leaves.measureLeaf(this, leaf, (node) => measureLeaf.call(this, node)) : measureLeaf.call(this, leaf);
    };
  }
  prototype.briefbookMeasuredLeaves = cache;
}
