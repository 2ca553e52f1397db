import htmlToPdfmake from 'html-to-pdfmake';
import PDFKitDocument from 'pdfkit';
import pdfmakeDocumentModule from 'pdfmake/js/PDFDocument.js';
import layoutBuilderModule from 'pdfmake/js/LayoutBuilder.js';
import rendererModule from 'pdfmake/js/Renderer.js';
import styleContextStackModule from 'pdfmake/js/StyleContextStack.js';
import textInlinesModule from 'pdfmake/js/TextInlines.js';

/** The patched classes and functions, where each patch leaves its mark. */
export interface PdfLibraries {
  styleStack: unknown;
  pdfmakeDocument: unknown;
  renderer: unknown;
  layoutBuilder: unknown;
  textInlines: unknown;
  pdfkitDocument: unknown;
  htmlToPdfmake: unknown;
  openFont(buffer: Buffer): { createSubset(): unknown };
}

const installed: PdfLibraries = {
  styleStack: styleContextStackModule,
  pdfmakeDocument: pdfmakeDocumentModule,
  renderer: rendererModule,
  layoutBuilder: layoutBuilderModule,
  textInlines: textInlinesModule,
  pdfkitDocument: PDFKitDocument,
  htmlToPdfmake,
  openFont: openFontAsPdfkitDoes,
};

/**
 * A font opened by the fontkit PDFKit uses, its CommonJS build. Importing fontkit here would
 * load its ES module build as well: a second copy of fontkit to initialise in every cold start.
 */
function openFontAsPdfkitDoes(buffer: Buffer): { createSubset(): unknown } {
  const document = new (PDFKitDocument as unknown as new (options: object) => { font(file: Buffer): { _font: { font: { createSubset(): unknown } } } })({ autoFirstPage: false, font: null });
  return document.font(buffer)._font.font;
}

/**
 * Briefbook's patches (patches/, applied by patch-package at install) and the mark each leaves,
 * for the exact versions package.json pins. See docs/pdf-patches.md.
 */
export const PATCHES: ReadonlyArray<{ file: string; marked(libraries: PdfLibraries): boolean }> = [
  { file: 'pdfmake+0.3.11+001+style-lookups.patch', marked: (libraries) => classOf(libraries.styleStack).briefbookPatch === 'style-lookups' },
  {
    file: 'pdfmake+0.3.11+002+shared-font-data.patch',
    marked: (libraries) => classOf(libraries.pdfmakeDocument).briefbookPatch === 'shared-font-data' && typeof classOf(libraries.pdfmakeDocument).sharedLayoutCache === 'function',
  },
  { file: 'pdfmake+0.3.11+003+structure-tags.patch', marked: (libraries) => classOf(libraries.renderer).briefbookPatch === 'structure-tags' },
  { file: 'pdfmake+0.3.11+004+text-runs.patch', marked: (libraries) => typeof classOf(libraries.renderer).prototype?.renderTextRun === 'function' },
  { file: 'pdfmake+0.3.11+005+continued-headers.patch', marked: (libraries) => typeof classOf(libraries.renderer).prototype?.shownLine === 'function' },
  { file: 'pdfmake+0.3.11+006+toc-leaders.patch', marked: (libraries) => typeof classOf(libraries.renderer).prototype?.renderLeader === 'function' },
  { file: 'pdfmake+0.3.11+007+page-lists.patch', marked: (libraries) => typeof classOf(libraries.layoutBuilder).prototype?.collapsePageList === 'function' },
  { file: 'pdfmake+0.3.11+008+word-objects.patch', marked: (libraries) => classOf(libraries.textInlines).briefbookPatch === 'word-objects' },
  { file: 'pdfmake+0.3.11+009+style-answers.patch', marked: (libraries) => typeof classOf(libraries.styleStack).prototype?.forgetAnswers === 'function' },
  { file: 'pdfkit+0.19.1.patch', marked: (libraries) => classOf(libraries.pdfkitDocument).briefbookPatch === 'links-in-structure' },
  { file: 'html-to-pdfmake+2.5.34.patch', marked: (libraries) => classOf(libraries.htmlToPdfmake).briefbookPatch === 'styles-once' },
];

/** fontkit's patched subsetter is only reachable through a font. */
const FONTKIT_PATCH = 'fontkit+2.0.4.patch';

interface Marked {
  briefbookPatch?: string;
  /** The shared-font-data patch's way to the shared layout caches (the CLI keeps shaped words on disk through it). */
  sharedLayoutCache?: unknown;
  /** The text-runs, continued-headers and toc-leaders patches add methods rather than marks: the structure-tags patch already names the class. */
  prototype?: { renderTextRun?: unknown; shownLine?: unknown; renderLeader?: unknown; collapsePageList?: unknown; forgetAnswers?: unknown };
}

/** The class (or html-to-pdfmake's function) from a CommonJS module, whether or not the importer honoured `__esModule`. */
function classOf(module: unknown): Marked {
  return (module && (typeof module === 'object' || typeof module === 'function') && 'default' in module ? (module as { default: Marked }).default : module) as Marked;
}

/**
 * Fails loudly unless the installed pdfmake, PDFKit, fontkit and html-to-pdfmake carry Briefbook's patches.
 *
 * Without them exports would still run, but untagged (not accessible), and slower; an
 * installation that skipped the project's `postinstall` or updated a library past its patch
 * must not ship PDFs like that silently. `fontFile` is any TrueType font's bytes.
 */
export function assertPatchedLibraries(fontFile: Uint8Array, libraries: PdfLibraries = installed): void {
  const missing = PATCHES.filter(({ marked }) => !marked(libraries)).map(({ file }) => file);
  const subset = libraries.openFont(Buffer.from(fontFile)).createSubset() as { _addSharedGlyph?: unknown };
  if (typeof subset._addSharedGlyph !== 'function') missing.push(FONTKIT_PATCH);
  if (missing.length > 0) {
    throw new Error(
      `the installed PDF libraries lack Briefbook's patches ${missing.join(', ')} (from the patches/ folder): ` +
        'reinstall with `npm ci` (its postinstall runs patch-package), and keep pdfmake, pdfkit, fontkit and html-to-pdfmake at the versions in package.json',
    );
  }
}
