/** A `{{#block}}` (or `{{^inverse}}`) opened in a template body and never closed. */
export interface UnclosedBlock {
  /** `#` for a block, `^` for an inverse section. */
  sigil: '#' | '^';
  name: string;
  /** 1-based line in the body. */
  line: number;
  /** 0-based column in the body, as Handlebars counts. */
  column: number;
}

// Comments first, so a `{{#each}}` inside `{{!-- … --}}` is skipped; then openers and closers,
// including partial blocks (`{{#> layout}}`) and decorator blocks (`{{#*inline "x"}}`).
const MUSTACHE = /\{\{!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*[>*]?\s*([^\s}~()]+)/g;

/**
 * Finds the innermost block still open at the end of a template body.
 *
 * Handlebars reports a missing `{{/each}}` as a syntax error at the end of the file ("got
 * 'EOF'"), which is the one place the mistake is not. This scan points at the opening tag
 * instead. It only pairs names; anything subtler is left to Handlebars' own parser.
 */
export function findUnclosedBlock(body: string): UnclosedBlock | undefined {
  const open: Array<{ sigil: '#' | '^'; name: string; index: number }> = [];
  for (const match of body.matchAll(MUSTACHE)) {
    const [, sigil, name] = match;
    if (!sigil || !name) continue;
    if (sigil === '/') {
      const last = open.findLastIndex((block) => block.name === name);
      if (last >= 0) open.splice(last);
    } else {
      open.push({ sigil: sigil === '^' ? '^' : '#', name, index: match.index });
    }
  }
  const block = open.at(-1);
  if (!block) return undefined;
  const before = body.slice(0, block.index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { sigil: block.sigil, name: block.name, line: before.split('\n').length, column: block.index - lineStart };
}
