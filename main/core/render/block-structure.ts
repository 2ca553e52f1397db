/**
 * The `{{#block}}…{{/block}}` structure of a template body, checked by pairing names, so that
 * every unbalanced block is reported at once and where the mistake is.
 *
 * Handlebars' parser stops at the first mismatch and reports it at the *opening* tag
 * ("if doesn't match iff"), and a missing closer at the end of the file. An analyst who typed
 * `{{/iff}}` made the mistake at the closing tag, so that is where it is reported here; a block
 * never closed is reported at its opening tag. The scan also returns the body repaired (wrong
 * closers renamed, stray ones blanked, missing ones added at the end) so the rest of the
 * template can still be checked.
 */

/** A block problem; `line` is 1-based and `column` 0-based in the body, as Handlebars counts. */
export interface BlockProblem {
  line: number;
  column: number;
  /** Where the offending tag ends, same counting. */
  endLine: number;
  endColumn: number;
  message: string;
}

export interface BlockStructure {
  problems: BlockProblem[];
  /** The body with the structure mended, positions kept wherever the text allows. */
  repaired: string;
}

// Comments first, so a `{{#each}}` inside `{{!-- … --}}` is skipped; then openers and closers,
// including partial blocks (`{{#> layout}}`) and decorator blocks (`{{#*inline "x"}}`).
const MUSTACHE = /\{\{!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*[>*]?\s*([^\s}~()]+)[^}]*\}\}/g;

interface Tag {
  sigil: string;
  name: string;
  index: number;
  length: number;
}

/** Every block opener and closer in the body, in order. */
function blockTags(body: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of body.matchAll(MUSTACHE)) {
    const [text, sigil, name] = match;
    if (sigil && name) tags.push({ sigil, name, index: match.index, length: text.length });
  }
  return tags;
}

/** 1-based line and 0-based column of an offset in `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart };
}

/**
 * Pairs openers with closers and reports, in body order: a closer whose name does not match the
 * open block (at the closer; it is taken as closing that block), a closer with no open block
 * (at the closer), a block left open when an outer one closes or at the end (at its opener).
 * `lineOffset` is added to the line quoted in messages, so they name file lines.
 */
export function checkBlockStructure(body: string, lineOffset = 0): BlockStructure {
  const problems: BlockProblem[] = [];
  const edits: Array<{ index: number; length: number; text: string }> = [];
  const open: Tag[] = [];
  const at = (tag: Tag, message: string) => {
    const start = positionOf(body, tag.index);
    const end = positionOf(body, tag.index + tag.length);
    problems.push({ line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message });
  };
  const opener = (tag: Tag) => {
    const { line, column } = positionOf(body, tag.index);
    return `{{${tag.sigil}${tag.name}}} (line ${line + lineOffset}:${column + 1})`;
  };
  const unclosed = (tag: Tag) => at(tag, `{{${tag.sigil}${tag.name}}} is never closed: add {{/${tag.name}}}`);

  for (const tag of blockTags(body)) {
    if (tag.sigil !== '/') {
      open.push(tag);
      continue;
    }
    const top = open.at(-1);
    if (top?.name === tag.name) {
      open.pop();
      continue;
    }
    const outer = open.findLastIndex((block) => block.name === tag.name);
    if (outer >= 0) {
      // `{{#each}}{{#if}}…{{/each}}`: the blocks opened inside are the ones never closed.
      for (const block of open.splice(outer).slice(1)) unclosed(block);
      continue;
    }
    if (top) {
      at(tag, `{{/${tag.name}}} does not close ${opener(top)}: write {{/${top.name}}}`);
      open.pop();
      edits.push({ index: tag.index, length: tag.length, text: `{{/${top.name}}}` });
    } else {
      at(tag, `{{/${tag.name}}} closes no open block: remove it`);
      edits.push({ index: tag.index, length: tag.length, text: '' });
    }
  }
  for (const block of open) unclosed(block);

  let repaired = body;
  for (const edit of edits.reverse()) {
    // Padded to the same length, so whatever follows on the line keeps its column.
    const text = edit.text.length <= edit.length ? edit.text + ' '.repeat(edit.length - edit.text.length) : edit.text;
    repaired = repaired.slice(0, edit.index) + text + repaired.slice(edit.index + edit.length);
  }
  repaired += open.reverse().map((block) => `{{/${block.name}}}`).join('');
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems, repaired };
}
