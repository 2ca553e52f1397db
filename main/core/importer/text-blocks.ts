import type { Heading, Span } from './document';

/** A heading, a paragraph, or one item of a list, located in the document text. */
export interface TextBlock extends Span {
  kind: 'heading' | 'paragraph' | 'item';
  /** For items: where the content starts, after the bullet or number. */
  contentStart: number;
  /** Items of one list share a number; other blocks have -1. */
  list: number;
  /** For headings the reader marked up: 1 for a title, 2 and more for sections. */
  level?: number;
}

/** A bullet (•, -, *, –, ◦, ▪) or a number/letter (`1.`, `2)`, `(a)`) opening a list item. */
const ITEM_MARKER = /^[ \t]*(?:[•◦▪‣●\-*–]|\d{1,3}[.)]|[a-zа-я][.)]|\(\d{1,3}\)|\([a-zа-я]\))[ \t]+(?=\S)/u;

/**
 * A line on its own that reads as a heading: short, no sentence punctuation at the end, starting
 * like a title. Markdown `#` headings typed into a plain-text file count too.
 */
const HEADING_LINE = /^(?:#{1,6}[ \t]+)?[\p{Lu}\p{N}"'“‘«]/u;
const MAX_HEADING_LENGTH = 100;
const MAX_HEADING_WORDS = 12;

/**
 * Splits normalized text into blocks.
 *
 * A blank line ends a paragraph (not a list); every line opening with a list marker is an item, and indented
 * lines after it continue it (hard-wrapped bullets). A paragraph that is one short line without
 * final punctuation and stands before a blank line is a heading; so is any block a reader
 * marked as one (`explicitHeadings`), whatever it looks like.
 */
export function splitBlocks(text: string, explicitHeadings: readonly Heading[] = []): TextBlock[] {
  const levels = new Map(explicitHeadings.map((h) => [h.start, h.level]));
  const explicit = { has: (start: number) => levels.has(start) };
  const blocks: TextBlock[] = [];
  let list = -1;
  let lists = 0;
  let current: TextBlock | undefined;
  let pos = 0;
  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };

  for (const line of text.split('\n')) {
    const start = pos;
    const end = pos + line.length;
    pos = end + 1;
    const firstChar = start + (line.length - line.trimStart().length);
    // A blank line ends a paragraph, but not a list: items set apart by blank lines are still one
    // list ("1. ...\n\n2. ..."); the next line that is not an item ends it.
    if (!line.trim()) {
      close();
      continue;
    }
    const marker = ITEM_MARKER.exec(line);
    if (marker && !explicit.has(firstChar)) {
      close();
      if (list < 0) list = lists++;
      current = { kind: 'item', start: firstChar, end, contentStart: start + marker[0].length, list };
      continue;
    }
    if (current?.kind === 'item' && /^[ \t]/.test(line)) {
      current.end = end;
      continue;
    }
    if (current?.kind === 'item' || explicit.has(firstChar)) close();
    list = -1;
    if (current) current.end = end;
    else current = { kind: 'paragraph', start: firstChar, end, contentStart: firstChar, list: -1 };
    if (explicit.has(firstChar)) {
      current.kind = 'heading';
      current.level = levels.get(firstChar);
      close();
    }
  }
  close();

  return blocks.map((block, i) =>
    block.kind === 'paragraph' && looksLikeHeading(text, block, blocks[i + 1]) ? { ...block, kind: 'heading' } : block,
  );
}

function looksLikeHeading(text: string, block: TextBlock, next: TextBlock | undefined): boolean {
  const line = text.slice(block.start, block.end);
  if (line.includes('\n') || line.length > MAX_HEADING_LENGTH) return false;
  if (line.split(/\s+/).length > MAX_HEADING_WORDS || /[.,;:!?…]$/.test(line)) return false;
  // A heading stands apart from what follows; a short line running straight into more text is a fragment.
  const blankAfter = next === undefined || text.slice(block.end, next.start).includes('\n\n');
  return blankAfter && HEADING_LINE.test(line);
}

/** The heading's words without Markdown `#` marks. */
export function headingText(text: string, block: Span): string {
  return text.slice(block.start, block.end).replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '').trim();
}
