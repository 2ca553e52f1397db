import type { Heading } from './document';
import { CONTROL_CHARACTERS } from './normalize-text';

/** Where the text of a page of the original document begins: an offset into a block's text, or into the stored text. */
export interface PageMark {
  page: number;
  at: number;
}

/**
 * A structural piece of a document as a reader sees it, before it becomes text. A reader of a
 * paged format (PDF) says in `pages` where each page's text begins inside the block: at 0 for
 * the page the block starts on, further in where a paragraph runs on over a page break.
 */
export type LayoutBlock = (
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string; ordinal?: number }
) & { pages?: readonly PageMark[] };

/**
 * Writes blocks as the stored text all formats share, and notes where the headings are and
 * where each page's text begins (the blocks' `pages`, as offsets into the text; a page that
 * starts a list item starts at its indent).
 *
 * The shape is the one of the library's own source texts: headings and paragraphs each
 * followed by a blank line, list items one per line as indented bullets (`  • `) or numbers
 * (`  3. `), so the same segmentation serves text typed by hand and text read from HTML,
 * Markdown or PDF. Block texts must already be single lines with single spaces.
 */
export function layoutBlocks(blocks: readonly LayoutBlock[]): { text: string; headings: Heading[]; pages: PageMark[] } {
  let text = '';
  const headings: Heading[] = [];
  const pages: PageMark[] = [];
  let inList = false;
  for (const block of blocks) {
    const content = block.text.trim();
    if (!content) continue;
    if (inList && block.kind !== 'item') text += '\n';
    inList = block.kind === 'item';
    const lineStart = text.length;
    const prefix = block.kind === 'item' ? `  ${block.ordinal === undefined ? '•' : `${block.ordinal}.`} ` : '';
    const leading = block.text.length - block.text.trimStart().length;
    for (const { page, at } of block.pages ?? []) {
      pages.push({ page, at: at <= leading ? lineStart : lineStart + prefix.length + Math.min(at - leading, content.length) });
    }
    if (block.kind === 'item') {
      text += `${prefix}${content}\n`;
      continue;
    }
    if (block.kind === 'heading') headings.push({ start: text.length, end: text.length + content.length, level: block.level });
    text += `${content}\n\n`;
  }
  const stored = text.trimEnd();
  return { text: stored, headings, pages: pages.map(({ page, at }) => ({ page, at: Math.min(at, stored.length) })) };
}

/**
 * One line with single spaces: what HTML, Markdown and PDF text runs become inside a block.
 * It drops what `normalizeText` would drop from the line, so offsets taken in the laid-out text
 * (headings, page starts) still hold in the stored text.
 */
export function collapseWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    // After the spaces, so a vertical tab still parts words; what dropping leaves doubled is one space.
    .replace(CONTROL_CHARACTERS, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
