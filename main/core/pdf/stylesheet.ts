import type { Margins, Style, TableLayout } from 'pdfmake';
import type { ResolvedPageSetup } from '../render/page-setup';

/**
 * The look of converted template HTML: text styles, block spacing and table layouts.
 *
 * Text styles are pdfmake styles named after html-to-pdfmake's classes: `html-h2` for a tag,
 * the class name itself for `class="lead"`. html-to-pdfmake hands every node the styles of
 * all its ancestors, so these behave like inherited CSS properties and carry no margins (a
 * margin in a style would repeat on every nested block). Margins are applied per element,
 * from {@link BLOCK_MARGINS}, by the converter.
 */

export const COLORS = {
  ink: '#1b1f24',
  muted: '#5b6573',
  accent: '#1f3a5f',
  rule: '#c5ccd6',
  boxFill: '#f1f4f8',
  note: '#3a4350',
} as const;

/** Leading of body text, as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;

/** Text styles for the page setup's fonts and size (the classes a template may use are documented here). */
export function textStyles(setup: ResolvedPageSetup): Record<string, Style> {
  const size = (factor: number) => Math.round(setup.fontSize * factor * 10) / 10;
  const sans = setup.headingFont;
  // Letter-spacing stays under ~0.07 em: more, and PDF text extraction (search, copy) splits the words.
  const label: Style = { font: sans, fontSize: size(0.76), bold: true, color: COLORS.muted, characterSpacing: 0.5 };
  return {
    'html-h1': { font: sans, fontSize: size(1.7), bold: true, color: COLORS.ink, lineHeight: 1.15 },
    'html-h2': { font: sans, fontSize: size(1.22), bold: true, color: COLORS.accent, lineHeight: 1.15 },
    'html-h3': { font: sans, fontSize: size(1.05), bold: true, color: COLORS.ink, lineHeight: 1.2 },
    'html-h4': { font: sans, fontSize: size(1), bold: true, color: COLORS.ink },
    'html-th': { font: sans, fontSize: size(0.9), bold: true },
    'html-a': { color: COLORS.accent },
    'html-small': { fontSize: size(0.85) },
    /** The document's title. */
    title: { font: sans, fontSize: size(1.75), bold: true, color: COLORS.ink, lineHeight: 1.15 },
    /** The kind of document above the title block, e.g. "MEMORANDUM". */
    'doc-type': { ...label, fontSize: size(0.82), color: COLORS.accent, characterSpacing: 0.6 },
    /** Small capitals-style labels: title-block keys, "BOTTOM LINE UP FRONT". */
    label,
    /** A record's kind, shown quietly above it. */
    kind: label,
    /** The bold one-line summary that leads a record. */
    lead: { bold: true, color: COLORS.ink },
    /** Who said a quoted statement. */
    attribution: { font: sans, fontSize: size(0.82), color: COLORS.muted, bold: false, characterSpacing: 0 },
    /** The analyst's note on a record. */
    note: { fontSize: size(0.93), color: COLORS.note },
    /** A short description under a section heading. */
    'section-intro': { italics: true, color: COLORS.muted },
    /** Endnotes and other reference matter. */
    endnotes: { fontSize: size(0.84), lineHeight: 1.25 },
    muted: { color: COLORS.muted },
    small: { fontSize: size(0.85) },
    sans: { font: sans },
    serif: { font: setup.font },
    /** The title on a cover page. */
    'cover-title': { font: sans, fontSize: size(2.6), bold: true, color: COLORS.ink, lineHeight: 1.1 },
    /** The subject under a cover title. */
    'cover-subject': { font: sans, fontSize: size(1.3), color: COLORS.muted, lineHeight: 1.25 },
    /** A topic-by-source matrix: slightly smaller, tighter text, since cells are narrow. */
    matrix: { fontSize: size(0.92), lineHeight: 1.22 },
    /** The rank of an item in a numbered list of records (the one-pager's top recommendations). */
    rank: { font: sans, fontSize: size(1.22), bold: true, color: COLORS.accent },
    'toc-title': { font: sans, fontSize: size(1.22), bold: true, color: COLORS.accent },
    'toc-entry': { fontSize: size(1) },
  };
}

/**
 * Space around blocks, [left, top, right, bottom] in points, for the element itself only.
 * Keys are tag names or `.class`; a class wins over the tag. An inline `style="margin…"` or a
 * `data-pdfmake` margin in the template wins over both.
 */
export const BLOCK_MARGINS: Record<string, Margins> = {
  h1: [0, 0, 0, 10],
  h2: [0, 16, 0, 7],
  h3: [0, 12, 0, 6],
  h4: [0, 10, 0, 4],
  p: [0, 0, 0, 6],
  ul: [0, 0, 0, 6],
  ol: [0, 0, 0, 6],
  table: [0, 0, 0, 8],
  blockquote: [0, 3, 0, 5],
  hr: [0, 4, 0, 14],
  '.doc-type': [0, 0, 0, 8],
  '.title': [0, 2, 0, 12],
  '.box': [0, 2, 0, 6],
  /** In a title-block cell, drops the small label onto the value's baseline. */
  '.label': [0, 2.5, 0, 4],
  '.record': [0, 0, 0, 16],
  '.kind': [0, 0, 0, 1],
  '.lead': [0, 0, 0, 4],
  '.attribution': [0, 3, 0, 0],
  '.note': [0, 2, 0, 0],
  '.section-intro': [0, 0, 0, 9],
  /** A cover page's block starts a third of the way down an A4 page. */
  '.cover': [0, 170, 0, 0],
  '.cover-title': [0, 4, 0, 12],
  '.cover-subject': [0, 0, 0, 18],
  /** A section's source context, between its introduction and its first record. */
  '.context': [0, 2, 0, 14],
  /** One record's line in a matrix cell. */
  '.cell-record': [0, 0, 0, 4],
  /** Sets lines of one item close together (a record in a list): no space above, little below. */
  '.tight': [0, 0, 0, 1],
};

/**
 * Every class a template can use, and what it does: its text style, its spacing, or (for `box`
 * and `page-break-before`) what the converter makes of it. docs/templates.md lists these, and
 * a test keeps this list and the style sheet in step. Other class names are allowed and do
 * nothing.
 */
export const CLASS_REFERENCE: Record<string, string> = {
  title: 'The document’s title, on an <h1>.',
  'doc-type': 'The kind of document above the title, e.g. MEMORANDUM: small, spaced, accent colour.',
  label: 'Small bold grey capitals: title-block keys, BOTTOM LINE UP FRONT.',
  box: 'A shaded panel with an accent bar on the left, e.g. for the bottom line.',
  'section-intro': 'A topic’s description under its heading: grey italics.',
  record: 'One record’s block, spaced from the next.',
  kind: 'A record’s kind, quietly above it (same look as label).',
  lead: 'The bold one-line summary that leads a record.',
  attribution: 'Who said a quoted statement: small grey sans.',
  note: 'The analyst’s note on a record.',
  endnotes: 'Endnotes and other reference matter: smaller text.',
  muted: 'Grey text.',
  small: 'Smaller text.',
  sans: 'The heading font (PT Sans by default).',
  serif: 'The body font (PT Serif by default).',
  tight: 'No space above and little below: lines of one item kept close.',
  rank: 'A large accent-coloured number, for numbered lists of records.',
  cover: 'A cover page’s block, starting a third of the way down the page.',
  'cover-title': 'The large title on a cover page.',
  'cover-subject': 'The subject under a cover title: large grey sans.',
  context: 'Space around a section’s source context.',
  matrix: 'Smaller, tighter text for a topic-by-source table.',
  'cell-record': 'One record’s line in a matrix cell.',
  'page-break-before': 'Starts a new page before the element (the table of contents marker too).',
  'toc-title': 'The table of contents’ heading (used by the table of contents itself).',
  'toc-entry': 'An entry of the table of contents (used by the table of contents itself).',
};

const none = () => 0;

/** What each table layout looks like, for the template reference. */
export const TABLE_LAYOUT_REFERENCE: Record<string, string> = {
  plain: 'No lines, tight cells: title blocks and label–value lists.',
  list: 'No lines, rows set apart: endnotes and numbered lists.',
  grid: 'Hairlines between rows and a shaded header row: matrices and other data tables.',
  rule: 'A thin rule above and below, none between rows: a section’s source context.',
  box: 'A shaded panel with an accent bar (what class="box" gives).',
  quote: 'A thin rule on the left (what <blockquote> gives).',
};

/**
 * Table layouts the converter gives its boxes, and templates may name in
 * `data-pdfmake='{"layout": "…"}'`.
 */
export const TABLE_LAYOUTS: Record<string, TableLayout> = {
  /** No lines, tight cells: title blocks. */
  plain: {
    hLineWidth: none,
    vLineWidth: none,
    paddingLeft: (i) => (i === 0 ? 0 : 6),
    paddingRight: none,
    paddingTop: () => 1.5,
    paddingBottom: () => 1.5,
  },
  /** No lines, entries set apart: endnotes. */
  list: {
    hLineWidth: none,
    vLineWidth: none,
    paddingLeft: (i) => (i === 0 ? 0 : 6),
    paddingRight: none,
    paddingTop: () => 0,
    paddingBottom: () => 4.5,
  },
  /** Hairlines between rows, a shaded header row: matrices and other data tables. */
  grid: {
    hLineWidth: (i, node) => (i === 0 || i === (node.table as { body: unknown[] }).body.length ? 0 : 0.5),
    vLineWidth: none,
    hLineColor: () => COLORS.rule,
    fillColor: (row) => (row === 0 ? COLORS.boxFill : null),
    paddingLeft: () => 5,
    paddingRight: () => 5,
    paddingTop: () => 3.5,
    paddingBottom: () => 3,
  },
  /** Thin rules above and below, none between rows: a section's source context. */
  rule: {
    hLineWidth: (i, node) => (i === 0 || i === (node.table as { body: unknown[] }).body.length ? 0.6 : 0),
    vLineWidth: none,
    hLineColor: () => COLORS.rule,
    paddingLeft: (i) => (i === 0 ? 0 : 6),
    paddingRight: none,
    paddingTop: () => 6,
    paddingBottom: () => 4,
  },
  /** A shaded panel with an accent bar on the left: `class="box"`. */
  box: {
    hLineWidth: none,
    vLineWidth: (i) => (i === 0 ? 2.5 : 0),
    vLineColor: () => COLORS.accent,
    fillColor: () => COLORS.boxFill,
    paddingLeft: () => 12,
    paddingRight: () => 12,
    paddingTop: () => 9,
    paddingBottom: () => 4,
  },
  /** A thin rule on the left of quoted text: `<blockquote>`. */
  quote: {
    hLineWidth: none,
    vLineWidth: (i) => (i === 0 ? 1.2 : 0),
    vLineColor: () => COLORS.rule,
    paddingLeft: () => 10,
    paddingRight: none,
    paddingTop: () => 1,
    paddingBottom: () => 1,
  },
};
