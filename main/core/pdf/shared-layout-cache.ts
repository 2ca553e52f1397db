import { createRequire } from 'node:module';

/** Most words a font's shared cache keeps before it starts again, so a long session cannot grow it without end. */
const MAX_CACHED_WORDS = 50_000;

/** What pdfmake's PDFDocument gives back from `provideFont`: PDFKit's EmbeddedFont, as far as used here. */
interface EmbeddedFont {
  layoutCache?: Record<string, unknown>;
}

interface PdfmakeDocument {
  fonts: Record<string, Record<string, string>>;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(familyName: string, bold: boolean, italics: boolean): EmbeddedFont;
}

let installed = false;

/**
 * Lets every PDF share PDFKit's cache of shaped words, per font file.
 *
 * PDFKit shapes each distinct word once per document (fontkit: glyph substitution, kerning)
 * and caches the result on the document's font object, so every export shaped the same words
 * again, and on a fresh parse of the font's tables: about a fifth of a memo export. A shaped
 * word depends only on the font file and the text (the cache is only used for text without
 * extra OpenType features), so the cache can outlive the document.
 *
 * pdfmake 0.3 offers no hook for this; its PDFDocument's `provideFont` is wrapped to give each
 * new font object the shared cache. The wrapper is installed once, on the same module instance
 * pdfmake uses (pdfmake is pinned; the tests check the cache is shared).
 */
export function shareFontLayoutCaches(): void {
  if (installed) return;
  const require = createRequire(import.meta.url);
  const { default: PDFDocument } = require('pdfmake/js/PDFDocument.js') as { default: { prototype: PdfmakeDocument } };
  const provideFont = PDFDocument.prototype.provideFont;
  const caches = new Map<string, Record<string, unknown>>();

  PDFDocument.prototype.provideFont = function (this: PdfmakeDocument, familyName, bold, italics) {
    const font = provideFont.call(this, familyName, bold, italics);
    // Keyed by the font's file, not its family name: a family may be set up with other files later.
    const file = this.fonts[familyName]?.[this.getFontType(bold, italics)];
    // pdfmake calls this for every run of text; a font object is new once per document.
    if (!font.layoutCache || typeof file !== 'string' || font.layoutCache === caches.get(file)) return font;
    let cache = caches.get(file);
    if (!cache || Object.keys(cache).length > MAX_CACHED_WORDS) caches.set(file, (cache = Object.create(null) as Record<string, unknown>));
    font.layoutCache = cache;
    return font;
  };
  installed = true;
}
