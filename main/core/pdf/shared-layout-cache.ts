import pdfmakeDocumentModule, { type PdfmakeDocumentClass } from 'pdfmake/js/PDFDocument.js';

/** Most words a font's shared cache keeps before it starts again, so a long session cannot grow it without end. */
const MAX_CACHED_WORDS = 50_000;

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
 * new font object the shared cache. The module is imported statically, so that bundlers and
 * Node alike give this wrapper the very class pdfmake's printer instantiates (pdfmake is
 * pinned; the tests check the cache is shared).
 */
export function shareFontLayoutCaches(): void {
  if (installed) return;
  const { prototype } = pdfmakeDocumentClass();
  const provideFont = prototype.provideFont;
  const caches = new Map<string, Record<string, unknown>>();

  prototype.provideFont = function (familyName, bold, italics) {
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

/**
 * The class from the transpiled CommonJS module: Node gives an import its `module.exports`
 * (the class is `.default`), while bundlers and Vite honour `__esModule` and give the class.
 */
function pdfmakeDocumentClass(): PdfmakeDocumentClass {
  const imported = pdfmakeDocumentModule as PdfmakeDocumentClass | { default: PdfmakeDocumentClass };
  return 'default' in imported ? imported.default : imported;
}
