import pdfmakeDocumentModule, { type EmbeddedFont, type PdfmakeDocumentClass } from 'pdfmake/js/PDFDocument.js';

/** Most words a font's shared cache keeps before it starts again, so a long session cannot grow it without end. */
const MAX_CACHED_WORDS = 50_000;

let installed = false;

/**
 * Lets every PDF share PDFKit's cache of shaped words, and fontkit's parse of each font file.
 *
 * PDFKit shapes each distinct word once per document (fontkit: glyph substitution, kerning)
 * and caches the result on the document's font object, so every export shaped the same words
 * again, and on a fresh parse of the font's tables: about a fifth of a memo export. A shaped
 * word depends only on the font file and the text (the cache is only used for text without
 * extra OpenType features), so the cache can outlive the document.
 *
 * Each document also parsed its fonts afresh, and embedding them (a subset of the glyphs
 * used) decoded the same tables again every time (the glyph locations, metrics and hinting
 * programs): about a seventh of a memo export. A fontkit font decodes each table on first use
 * and keeps it, so one parse per font file now serves every document, each through a view of
 * its own (see `documentView`) from which it makes its own subset.
 *
 * pdfmake 0.3 offers no hook for this; its PDFDocument's `provideFont` is wrapped to give each
 * new font object the shared cache and font. The module is imported statically, so that
 * bundlers and Node alike give this wrapper the very class pdfmake's printer instantiates
 * (pdfmake is pinned; the tests check the cache and font are shared).
 */
export function shareFontLayoutCaches(): void {
  if (installed) return;
  const { prototype } = pdfmakeDocumentClass();
  const provideFont = prototype.provideFont;
  const caches = new Map<string, Record<string, unknown>>();
  const parsedFonts = new Map<string, FontkitFont>();

  prototype.provideFont = function (familyName, bold, italics) {
    const font = provideFont.call(this, familyName, bold, italics);
    // Keyed by the font's file, not its family name: a family may be set up with other files later.
    const file = this.fonts[familyName]?.[this.getFontType(bold, italics)];
    // pdfmake calls this for every run of text; a font object is new once per document.
    if (!font.layoutCache || typeof file !== 'string' || font.layoutCache === caches.get(file)) return font;
    let cache = caches.get(file);
    if (!cache || Object.keys(cache).length > MAX_CACHED_WORDS) caches.set(file, (cache = Object.create(null) as Record<string, unknown>));
    font.layoutCache = cache;
    if (font.font) {
      let parsed = parsedFonts.get(file);
      if (!parsed) {
        parsedFonts.set(file, (parsed = font.font));
        parsedFontsSeen.add(parsed);
      }
      font.font = documentView(parsed);
      font.subset = font.font.createSubset();
      reuseSubsetGlyphs(font.subset as TtfSubset);
    }
    return font;
  };
  installed = true;
}

/**
 * A font for one document that shares the decoded tables of `parsed` (they are cached in an
 * object its methods reach through the prototype) but has glyph objects of its own, as a
 * fresh parse would: fontkit keeps each glyph with the characters it was first made for, and
 * PDFKit maps the glyph back to those characters (the PDF's text layer). A glyph the subset
 * makes as part of another (no characters) must not be the one a later document's text finds.
 */
function documentView(parsed: FontkitFont): FontkitFont {
  return Object.create(parsed, { _glyphs: { value: {}, writable: true } }) as FontkitFont;
}

type FontkitFont = NonNullable<EmbeddedFont['font']>;

/** fontkit's TrueType subset, as far as `_addGlyph` touches it. */
interface TtfSubset {
  font: FontkitFont & { _variationProcessor?: unknown };
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
}

/** What embedding one glyph takes from the font file: its bytes, the glyphs it is made of, its metrics. */
interface SubsetGlyph {
  bytes: Uint8Array;
  /** For a composite glyph, each component's glyph id and where in `bytes` it is named. */
  components?: Array<{ glyphID: number; pos: number }>;
  advance: number;
  bearing: number;
}

interface FontkitGlyph {
  advanceWidth: number;
  _decode(): { numberOfContours: number; components?: Array<{ glyphID: number; pos: number }> } | null;
  _getMetrics(): { leftBearing: number };
}

/** The glyphs embedded so far, per shared parse and glyph id. */
const subsetGlyphs = new WeakMap<object, Map<number, SubsetGlyph>>();
/** The shared parses: a subset of a view of one of these may reuse glyphs. */
const parsedFontsSeen = new WeakSet<object>();
const patchedSubsets = new WeakSet<object>();

/**
 * Lets a document's subset take each glyph's bytes and metrics from the ones an earlier
 * document's subset read of the same parse. fontkit's `_addGlyph` decodes every glyph's
 * outline twice (to tell composite glyphs and to find its bearing) for every document, the
 * largest part of embedding a font. This does the same reads once per glyph, and then what
 * `_addGlyph` does with them: the glyph's bytes (composites with their components renumbered
 * in this subset, in the same order), its location and metrics. Variable fonts, which
 * re-encode outlines, keep fontkit's own.
 */
function reuseSubsetGlyphs(subset: TtfSubset): void {
  const prototype = Object.getPrototypeOf(subset) as TtfSubset;
  if (patchedSubsets.has(prototype) || typeof prototype._addGlyph !== 'function') return;
  patchedSubsets.add(prototype);
  const addGlyph = prototype._addGlyph;
  prototype._addGlyph = function (this: TtfSubset, gid: number): number {
    const parse = Object.getPrototypeOf(this.font) as object;
    if (this.font._variationProcessor || !parsedFontsSeen.has(parse)) return addGlyph.call(this, gid);
    let glyphs = subsetGlyphs.get(parse);
    if (!glyphs) subsetGlyphs.set(parse, (glyphs = new Map()));
    let glyph = glyphs.get(gid);
    if (!glyph) glyphs.set(gid, (glyph = readSubsetGlyph(this.font, gid)));
    let bytes = glyph.bytes;
    if (glyph.components) {
      bytes = new Uint8Array(bytes);
      const view = new DataView(bytes.buffer);
      for (const component of glyph.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
    }
    this.glyf.push(bytes);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: glyph.advance, bearing: glyph.bearing });
    this.offset += bytes.length;
    return this.glyf.length - 1;
  };
}

/** The reads of fontkit's `_addGlyph`, kept. */
function readSubsetGlyph(font: FontkitFont, gid: number): SubsetGlyph {
  const fontkit = font as unknown as {
    getGlyph(gid: number): FontkitGlyph;
    loca: { offsets: number[] };
    _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  };
  const glyph = fontkit.getGlyph(gid);
  const outline = glyph._decode();
  const start = fontkit.loca.offsets[gid]!;
  const stream = fontkit._getTableStream('glyf');
  stream.pos += start;
  const bytes = stream.readBuffer(fontkit.loca.offsets[gid + 1]! - start);
  const components = outline && outline.numberOfContours < 0 ? (outline.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : undefined;
  return { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}

/**
 * The class from the transpiled CommonJS module: Node gives an import its `module.exports`
 * (the class is `.default`), while bundlers and Vite honour `__esModule` and give the class.
 */
function pdfmakeDocumentClass(): PdfmakeDocumentClass {
  const imported = pdfmakeDocumentModule as PdfmakeDocumentClass | { default: PdfmakeDocumentClass };
  return 'default' in imported ? imported.default : imported;
}
