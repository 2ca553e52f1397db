import type { Heading } from './document';

/** A structural piece of a document as a reader sees it, before it becomes text. */
export type LayoutBlock =
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string; ordinal?: number };

/**
 * Writes blocks as the stored text all formats share, and notes where the headings are.
 *
 * The shape is the one of the library's own source texts: headings and paragraphs each
 * followed by a blank line, list items one per line as indented bullets (`  • `) or numbers
 * (`  3. `), so the same segmentation serves text typed by hand and text read from HTML,
 * Markdown or PDF. Block texts must already be single lines with single spaces.
 */
export function layoutBlocks(blocks: readonly LayoutBlock[]): { text: string; headings: Heading[] } {
  let text = '';
  const headings: Heading[] = [];
  let inList = false;
  for (const block of blocks) {
    const content = block.text.trim();
    if (!content) continue;
    if (inList && block.kind !== 'item') text += '\n';
    inList = block.kind === 'item';
    if (block.kind === 'item') {
      text += `  ${block.ordinal === undefined ? '•' : `${block.ordinal}.`} ${content}\n`;
      continue;
    }
    if (block.kind === 'heading') headings.push({ start: text.length, end: text.length + content.length, level: block.level });
    text += `${content}\n\n`;
  }
  return { text: text.trimEnd(), headings };
}

/** One line with single spaces: what HTML, Markdown and PDF text runs become inside a block. */
export function collapseWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}
