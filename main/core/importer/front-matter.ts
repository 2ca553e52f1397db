import { isBoilerplate } from './boilerplate';
import { RECOMMEND } from './cue-words';
import { splitSentences } from './sentences';
import type { TextBlock } from './text-blocks';

/** A line this long (or of two sentences, three quarters as long) is article text, not title or byline. */
const MIN_BODY_LINE = 120;

/**
 * Index of the first block of article text: the first list item or substantial paragraph, or
 * the section headings marked up just before it. What comes before is title, byline, dates and
 * captions. Headings guessed from plain text cannot tell a title from a section, so there the
 * body starts at the paragraph.
 */
export function findBodyStart(text: string, blocks: readonly TextBlock[]): number {
  const index = blocks.findIndex((block) => {
    const content = text.slice(block.start, block.end);
    if (block.kind === 'item') return true;
    if (block.kind === 'heading' || isBoilerplate(content)) return false;
    // A call opens the text, unless it is a title or headline ("NATO should talk to Russia now"):
    // a block that makes a call counts only when it ends as a sentence does.
    if (RECOMMEND.test(content) && /[.!…:]["”»]?$/u.test(content.trim())) return true;
    return logicalLines(content).some(isArticleText);
  });
  if (index < 0) return Math.min(1, blocks.length - 1);
  let start = index;
  while (start > 0 && (blocks[start - 1]!.level ?? 1) >= 2) start--;
  return start;
}

/**
 * The lines of a block as written, joining a hard-wrapped line to the one it runs on into
 * (the next starts in lower case). Front matter stacks separate short lines: tagline, caption.
 */
export function logicalLines(block: string): string[] {
  return block.split('\n').reduce<string[]>((lines, line) => {
    if (lines.length && /^\s*\p{Ll}/u.test(line)) lines[lines.length - 1] += ` ${line.trim()}`;
    else lines.push(line.trim());
    return lines;
  }, []);
}

/** A line of running text: a long sentence, or two sentences, ending as sentences do. */
function isArticleText(line: string): boolean {
  // A paragraph cut short where a page's stored text ends has no final stop, but is far longer than a title.
  if (!/[.!?…:”"»)]$/.test(line)) return line.length >= 2 * MIN_BODY_LINE;
  const sentences = splitSentences(line, { start: 0, end: line.length }).length;
  return line.length >= MIN_BODY_LINE || (sentences >= 2 && line.length >= MIN_BODY_LINE * 0.75);
}
