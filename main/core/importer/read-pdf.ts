import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { ProposedMetadata, ReadDocument } from './document';
import { ImportError } from './errors';
import { collapseWhitespace, layoutBlocks, type LayoutBlock, type PageMark } from './layout-blocks';
import { normalizeText } from './normalize-text';

/** One line of text on a page, as positioned by the PDF. */
interface PdfLine {
  page: number;
  /** Baseline height from the bottom of the page, in points. */
  y: number;
  x: number;
  size: number;
  text: string;
  width: number;
}

/** A line this much larger than the body text is a heading. */
const HEADING_SIZE_RATIO = 1.15;
/** A vertical gap this many times the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP_RATIO = 1.4;
/** A line ending a sentence this much shorter than the column ends its paragraph. */
const SHORT_LINE_RATIO = 0.7;
/** How many bytes at the end of a PDF must hold its `%%EOF` marker. */
const TRAILER_WINDOW = 2048;

const ITEM_MARKER = /^(?:[•◦▪‣●\-–*]|(\d{1,3})[.)])\s+/u;
const PAGE_NUMBER = /^(?:page\s+|стр\.?\s*|[-–—]\s*)?\d{1,4}(?:\s*(?:of|из|\/)\s*\d{1,4})?(?:\s*[-–—])?$/iu;
/** Words after a line-final hyphen that show it is a suspended hyphen ("short-\nand long-range"). */
const SUSPENDED_HYPHEN_FOLLOWER = /^(?:and|or|nor|и|или|либо)\b/u;

/**
 * Reads a PDF's text layer with pdf.js and rebuilds paragraphs from positioned lines.
 *
 * PDFs store lines, not paragraphs: lines are joined into paragraphs where the vertical spacing
 * stays regular, hyphenation at line ends is repaired ("nego-\ntiations" → "negotiations", while
 * "military-to-\nmilitary" keeps its hyphen and "short-\nand" stays a suspended hyphen), larger
 * type becomes headings, bulleted or numbered lines become list items, pages set in two columns
 * are read a column at a time, and page numbers and running heads repeated on every page are
 * dropped. For a PDF of more than one page, `pageStarts` says where each page after the first
 * begins in the text, so a citation can give the page of a passage. A file without the `%%EOF`
 * trailer is refused as truncated before pdf.js tries to recover what it can.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  assertComplete(bytes, file);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf;
  try {
    pdf = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw pdfError(error, file);
  }
  try {
    const lines: PdfLine[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      for (const line of pageLines(content.items.filter((i): i is TextItem => 'str' in i), n)) lines.push(line);
    }
    if (!lines.some((l) => /\p{L}/u.test(l.text))) {
      throw new ImportError('no-text', file, 'the PDF has no text to read');
    }
    const metadata = documentMetadata(((await pdf.getMetadata()).info ?? {}) as Record<string, unknown>);
    const { text, headings, pages } = layoutBlocks(linesToBlocks(withoutPageFurniture(lines, pdf.numPages)));
    const stored = normalizeText(text);
    // Laid-out text is already in its stored form (see `collapseWhitespace`); were it not, the
    // offsets would point beside their places, and no page is better than a wrong one.
    const pageStarts = pdf.numPages > 1 && stored === text ? pageStartsOf(pages, pdf.numPages, text.length) : undefined;
    return { format: 'pdf', text: stored, headings, metadata, ...(pageStarts && { pageStarts }) };
  } catch (error) {
    throw error instanceof ImportError ? error : pdfError(error, file);
  } finally {
    await pdf.destroy();
  }
}

/**
 * Where each page after the first begins in the text (`Source.pageStarts`): where its first
 * line of text went, or, for a page without text (a figure, a blank page, only a page number),
 * where the text of the next page with text begins, or the end of the text.
 */
function pageStartsOf(marks: readonly PageMark[], pages: number, textLength: number): number[] {
  const starts: number[] = [];
  for (let page = 2; page <= pages; page++) starts.push(marks.find((mark) => mark.page >= page)?.at ?? textLength);
  return starts;
}

/** A PDF ends with `%%EOF`; one that does not was cut off (a partial download or copy). */
function assertComplete(bytes: Uint8Array, file: string): void {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new ImportError('damaged', file, 'it is not a PDF file (no %PDF header)');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - TRAILER_WINDOW))).toString('latin1');
  if (!tail.includes('%%EOF')) {
    throw new ImportError('truncated', file, `the PDF ends after ${bytes.length} bytes without its end-of-file marker`);
  }
}

function pdfError(error: unknown, file: string): ImportError {
  const name = (error as { name?: string })?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ImportError('encrypted', file, 'the PDF is protected by a password', { cause: error });
  return new ImportError('damaged', file, `pdf.js could not read the PDF (${message})`, { cause: error });
}

/**
 * Text items of one page grouped into lines by baseline, left to right.
 *
 * Items are taken top to bottom, and each joins the line being built when its baseline is within
 * a fraction of its size of that line's: one pass after a sort, so a page of many thousand
 * separate items takes no longer than its text.
 */
function pageLines(items: readonly TextItem[], page: number): PdfLine[] {
  const rows: Row[] = [];
  const topDown = items.filter((item) => item.str).sort((a, b) => b.transform[5]! - a.transform[5]!);
  for (const item of topDown) {
    const y = item.transform[5]!;
    const size = Math.hypot(item.transform[2]!, item.transform[3]!) || item.height;
    const row = rows.at(-1);
    if (row && Math.abs(row.y - y) < size * 0.4) row.items.push(item);
    else rows.push({ y, items: [item] });
  }
  return inReadingOrder(rows)
    .map((row) => {
      const sorted = row.items.sort((a, b) => a.transform[4]! - b.transform[4]!);
      let text = '';
      let end = -Infinity;
      let size = 0;
      for (const item of sorted) {
        const x = item.transform[4]!;
        const itemSize = Math.hypot(item.transform[2]!, item.transform[3]!) || item.height;
        if (text && x - end > itemSize * 0.2 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
        text += item.str;
        end = x + item.width;
        size = Math.max(size, itemSize);
      }
      const x = sorted[0]!.transform[4]!;
      return { page, y: row.y, x, size, text: collapseWhitespace(text), width: end - x };
    })
    .filter((line) => line.text);
}

/** Text items that share a baseline. */
interface Row {
  y: number;
  items: TextItem[];
}

/** The middle share of a page's text width searched for the gap between two columns. */
const GUTTER_SEARCH = { from: 0.3, to: 0.7 };
/** At most this share of rows may have text in the gutter (a headline or a figure across it). */
const GUTTER_CROSSING_SHARE = 0.15;
/** A gutter is at least this wide, in points. */
const MIN_GUTTER = 4;
/** At least this share of rows must have text on both sides for the page to be read as two columns. */
const TWO_SIDED_SHARE = 0.3;

/**
 * Rows in reading order. On a page set in two columns (a vertical gap in the middle that almost
 * no row crosses, with text on both sides of it in many rows), each row is cut at the gap and the
 * left column is read before the right one; a row crossing the gap (a headline across both
 * columns) is read where it stands, and starts a new pair of columns below it. Any other page is
 * read row by row.
 */
function inReadingOrder(rows: readonly Row[]): Row[] {
  const gutter = findGutter(rows);
  if (!gutter) return [...rows];
  const ordered: Row[] = [];
  let left: Row[] = [];
  let right: Row[] = [];
  const flushColumns = () => {
    ordered.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.items.some((item) => itemStart(item) < gutter.start && itemEnd(item) > gutter.end)) {
      flushColumns();
      ordered.push(row);
      continue;
    }
    const leftItems = row.items.filter((item) => itemEnd(item) <= gutter.end);
    const rightItems = row.items.filter((item) => itemEnd(item) > gutter.end);
    if (leftItems.length) left.push({ y: row.y, items: leftItems });
    if (rightItems.length) right.push({ y: row.y, items: rightItems });
  }
  flushColumns();
  return ordered;
}

/** The widest vertical gap between columns, or undefined when the page is one column. */
function findGutter(rows: readonly Row[]): { start: number; end: number } | undefined {
  if (rows.length < 4) return undefined;
  const starts = rows.flatMap((row) => row.items.map(itemStart));
  const ends = rows.flatMap((row) => row.items.map(itemEnd));
  const pageStart = Math.min(...starts);
  const span = Math.max(...ends) - pageStart;
  const covered = (x: number) => rows.filter((row) => row.items.some((item) => itemStart(item) <= x && itemEnd(item) >= x)).length;
  let best: { start: number; end: number } | undefined;
  let runStart: number | undefined;
  for (let x = pageStart + span * GUTTER_SEARCH.from; x <= pageStart + span * GUTTER_SEARCH.to + 1; x++) {
    const free = x <= pageStart + span * GUTTER_SEARCH.to && covered(x) <= rows.length * GUTTER_CROSSING_SHARE;
    if (free) runStart ??= x;
    else if (runStart !== undefined) {
      if (!best || x - runStart > best.end - best.start) best = { start: runStart, end: x };
      runStart = undefined;
    }
  }
  if (!best || best.end - best.start < MIN_GUTTER) return undefined;
  // The run ends at the first point a row covers: the right column starts there, give or take a point.
  const twoSided = rows.filter((row) => row.items.some((i) => itemEnd(i) <= best!.start + 1) && row.items.some((i) => itemStart(i) >= best!.end - 1));
  return twoSided.length >= rows.length * TWO_SIDED_SHARE ? best : undefined;
}

const itemStart = (item: TextItem) => item.transform[4]!;
const itemEnd = (item: TextItem) => item.transform[4]! + item.width;

/** Drops page numbers, and running heads or feet: the same line on every page. */
function withoutPageFurniture(lines: readonly PdfLine[], pages: number): PdfLine[] {
  const key = (line: PdfLine) => line.text.replace(/\d+/g, '#');
  const pagesWith = new Map<string, Set<number>>();
  for (const line of lines) pagesWith.set(key(line), (pagesWith.get(key(line)) ?? new Set()).add(line.page));
  return lines.filter((line) => !PAGE_NUMBER.test(line.text) && !(pages >= 2 && pagesWith.get(key(line))!.size === pages));
}

/** Rebuilds headings, paragraphs and list items from lines. */
function linesToBlocks(lines: readonly PdfLine[]): LayoutBlock[] {
  const bodySize = mostCommon(lines.map((l) => Math.round(l.size * 2) / 2));
  const spacing = mostCommon(
    lines.slice(1).flatMap((l, i) => (l.page === lines[i]!.page && l.size <= bodySize * 1.05 ? [Math.round(lines[i]!.y - l.y)] : [])),
  );
  // The width of a full line of body text (a headline across two columns is wider, and set larger).
  const columnWidth = lines.reduce((widest, l) => (l.size <= bodySize * 1.05 ? Math.max(widest, l.width) : widest), 0);

  const blocks: LayoutBlock[] = [];
  let current: OpenBlock | undefined;
  const flush = () => {
    if (current) blocks.push(toBlock(current));
    current = undefined;
  };

  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const isHeading = line.size >= bodySize * HEADING_SIZE_RATIO;
    const marker = ITEM_MARKER.exec(line.text);
    const gap = previous && previous.page === line.page ? previous.y - line.y : 0;
    const newPage = !previous || previous.page !== line.page;
    const separated =
      !previous ||
      (newPage && /[.!?:…]["”»]?$/.test(previous.text)) ||
      (!newPage && spacing > 0 && gap > spacing * PARAGRAPH_GAP_RATIO) ||
      (current?.kind === 'paragraph' && /[.!?:…]["”»]?$/.test(previous.text) && previous.width < columnWidth * SHORT_LINE_RATIO);

    if (isHeading) {
      if (current?.kind !== 'heading' || separated) flush();
      current ??= { kind: 'heading', lines: [], pages: [] };
      current.lines.push(line.text);
      current.pages.push(line.page);
    } else if (marker) {
      flush();
      const ordinal = marker[1] ? Number(marker[1]) : undefined;
      current = { kind: 'item', lines: [line.text.slice(marker[0].length)], pages: [line.page], ordinal, x: line.x };
    } else {
      // An item's wrapped lines hang under its text; a line starting further left is the next paragraph.
      const leavesItem = current?.kind === 'item' && line.x < (current.x ?? line.x) - 1;
      if (separated || leavesItem || current?.kind === 'heading') flush();
      current ??= { kind: 'paragraph', lines: [], pages: [] };
      current.lines.push(line.text);
      current.pages.push(line.page);
    }
  });
  flush();
  return blocks;
}

/** A block being gathered from lines: each line's text and the page it is on. */
interface OpenBlock {
  kind: 'heading' | 'paragraph' | 'item';
  lines: string[];
  pages: number[];
  ordinal?: number;
  x?: number;
}

function toBlock(block: OpenBlock): LayoutBlock {
  const text = joinParagraphLines(block.lines);
  const pages = pageMarks(block);
  if (block.kind === 'heading') return { kind: 'heading', text, level: 2, pages };
  if (block.kind === 'item') return { kind: 'item', text, ordinal: block.ordinal, pages };
  return { kind: 'paragraph', text, pages };
}

/**
 * Where each page's lines begin in the block's joined text. A join only ever changes the end of
 * the text before a line (a hyphen dropped, a space added) and appends the line whole, so a
 * line starts where the text joined up to it ends less its own length.
 */
function pageMarks(block: OpenBlock): PageMark[] {
  const marks: PageMark[] = [];
  block.pages.forEach((page, i) => {
    if (i > 0 && page === block.pages[i - 1]) return;
    const at = i === 0 ? 0 : joinParagraphLines(block.lines.slice(0, i + 1)).length - block.lines[i]!.length;
    marks.push({ page, at });
  });
  return marks;
}

/**
 * How much of the text joined so far `joinLines` needs to see: the last word, hyphens and all.
 * Handing it the whole paragraph made every join rescan it, quadratic in the paragraph's length.
 */
const JOIN_CONTEXT = 200;

/** Joins the lines of one block with `joinLines`, in time proportional to their length. */
export function joinParagraphLines(lines: readonly string[]): string {
  const pieces: string[] = [];
  let tail = '';
  for (const line of lines) {
    if (!pieces.length) {
      pieces.push(line);
      tail = line.slice(-JOIN_CONTEXT);
      continue;
    }
    // The join keeps `tail` up to its last character or two, then adds a separator and the line.
    const joined = joinLines(tail, line);
    let kept = 0;
    while (kept < tail.length && joined[kept] === tail[kept]) kept++;
    for (let dropped = tail.length - kept; dropped > 0; ) {
      const last = pieces.pop()!;
      if (last.length > dropped) pieces.push(last.slice(0, -dropped));
      dropped -= last.length;
    }
    pieces.push(joined.slice(kept));
    tail = joined.slice(-JOIN_CONTEXT);
  }
  return pieces.join('');
}

/**
 * Joins two lines of one paragraph, repairing a word hyphenated across them: the hyphen goes
 * when a lower-case word part follows ("nego-" + "tiations"), stays when the word already had a
 * hyphen ("military-to-" + "military") or a capital follows ("Russia-" + "NATO"), and is kept
 * with a space when "and"/"or" follows (a suspended hyphen, "short-" + "and long-range").
 * A number range split after its dash ("2019-" + "2021") is joined as it was.
 */
export function joinLines(previous: string, next: string): string {
  if (/\d[-–]$/.test(previous)) return `${previous}${next}`;
  const hyphenated = /(\p{L}+(?:-\p{L}+)*)[-\u00AD\u2010]$/u.exec(previous);
  if (!hyphenated) return `${previous} ${next}`;
  if (SUSPENDED_HYPHEN_FOLLOWER.test(next)) return `${previous} ${next}`;
  const stem = previous.slice(0, -1);
  if (/^\p{Ll}/u.test(next) && !hyphenated[1]!.includes('-')) return `${stem}${next}`;
  return `${stem}-${next}`;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Title and authors from the PDF's document information, when they look like real ones. */
function documentMetadata(info: Record<string, unknown>): ProposedMetadata {
  const text = (value: unknown) => (typeof value === 'string' ? collapseWhitespace(value) : '');
  const title = text(info.Title);
  const author = text(info.Author);
  // Word processors often store the file name ("Microsoft Word - memo.docx") or nothing useful.
  const usefulTitle = title && !/^(?:microsoft \w+ - |untitled)|\.(?:docx?|odt|pdf|rtf)$/i.test(title) ? title : undefined;
  return {
    title: usefulTitle,
    authors: author ? author.split(/\s*(?:;|\band\b|\bи\b)\s*/).filter(Boolean) : undefined,
    language: text(info.Language).split('-')[0]?.toLowerCase() || undefined,
  };
}
