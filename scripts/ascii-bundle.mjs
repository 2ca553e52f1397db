// Makes a bundle's JavaScript pure ASCII, meaning for meaning, so that bin/code-cache.js can
// decode it as Latin-1: a bundle with even one other character must be decoded from UTF-8 into a
// two-byte string, twice the memory and about twice the time a cold run spends decoding it.
// esbuild already writes every string, template and name in ASCII (`charset: 'ascii'`, its
// default) but leaves two kinds of token as they are, because escaping would change their
// source text: regular expression literals and `String.raw` templates (the importer's and the
// marking patterns' Cyrillic and typographic characters are in such tokens).
import { encode, decode } from '@jridgewell/sourcemap-codec';
import { tokenizer } from 'acorn';
import { readFile, writeFile } from 'node:fs/promises';

/** Rewrites `file` (and its source map, `file.map`) to ASCII; see `asciiOnly`. */
export async function makeBundleAscii(file) {
  const code = await readFile(file, 'utf8');
  const { code: ascii, edits } = asciiOnly(code);
  if (edits.length === 0) return;
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  map.mappings = shiftedMappings(map.mappings, code, edits);
  await writeFile(file, ascii);
  await writeFile(`${file}.map`, JSON.stringify(map));
}

/**
 * `code` with every character past ASCII written as an escape that means the same there:
 * `\uXXXX` (UTF-16 units, so a pair for a character past U+FFFF, which a regular expression
 * reads as one character in its `u` mode as in the text) in a regular expression, a string or a
 * comment, and `${"\uXXXX"}` in a `String.raw` template (the same string). Throws for such a
 * character anywhere else, or right after an escaping backslash, saying where, rather than guess.
 * Returns the edits made (offsets in `code`, the text put in their place), last first.
 */
export function asciiOnly(code) {
  if (isAscii(code)) return { code, edits: [] };
  const comments = [];
  const tokens = [...tokenizer(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, onComment: comments })];
  // A comment line by line, so that every edit stays on one line of the source map.
  const edits = comments.flatMap(({ start, end }) =>
    code
      .slice(start, end)
      .split('\n')
      .map((line, i, lines) => ({ start: start + lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0), line }))
      .filter(({ line }) => !isAscii(line))
      .map(({ start: lineStart, line }) => ({ start: lineStart, end: lineStart + line.length, text: escaped(line) })),
  );
  tokens.forEach((token, i) => {
    const text = code.slice(token.start, token.end);
    if (isAscii(text)) return;
    const type = token.type.label;
    if (type === 'regexp' || type === 'string') edits.push({ start: token.start, end: token.end, text: escaped(text, token.start) });
    else if (type === 'template' && isStringRaw(tokens, i)) edits.push({ start: token.start, end: token.end, text: escaped(text, token.start, (run) => `\${"${run}"}`) });
    else throw new Error(`${cannotRewrite(token.start)}: a non-ASCII ${type} token ${JSON.stringify(text.slice(0, 60))}`);
  });
  edits.sort((a, b) => b.start - a.start);
  let result = code;
  for (const { start, end, text } of edits) result = result.slice(0, start) + text + result.slice(end);
  return { code: result, edits };
}

function isAscii(text) {
  // eslint-disable-next-line no-control-regex
  return !/[^\x00-\x7f]/.test(text);
}

/**
 * Each run of UTF-16 units past ASCII as `\uXXXX` escapes, passed through `wrap` (in a raw
 * template: a substitution). In code (`offset` given), a run right after an escaping backslash
 * is refused: `\ё`, an identity escape, would become `\\u0451`, a backslash and letters.
 */
function escaped(text, offset, wrap = (run) => run) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\x00-\x7f]+/g, (run, at) => {
    if (offset !== undefined && /(^|[^\\])(\\\\)*\\$/.test(text.slice(0, at))) throw new Error(`${cannotRewrite(offset + at)}: a backslash before ${JSON.stringify(run)}`);
    return wrap(Array.from({ length: run.length }, (_, i) => `\\u${run.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
  });
}

function cannotRewrite(offset) {
  return `the bundle cannot be made ASCII at offset ${offset}`;
}

/**
 * Whether the template chunk at `i` belongs to a template tagged `String.raw`: back over the
 * template's earlier chunks and substitutions (braces counted, so nested templates are skipped)
 * to its opening backquote, and the three tokens before it.
 */
function isStringRaw(tokens, i) {
  let depth = 0;
  for (let j = i - 1; j >= 0; j--) {
    const label = tokens[j].type.label;
    if (label === '}') depth++;
    else if (label === '{' || label === '${') depth--;
    else if (label === '`' && depth === 0) return tokens[j - 3]?.value === 'String' && tokens[j - 2]?.type.label === '.' && tokens[j - 1]?.value === 'raw';
  }
  return false;
}

/**
 * The source map's mappings with the generated columns after each edit moved by the length it
 * added. Only the lines holding edits are decoded: a line decoded alone and encoded again gives
 * its segments' other fields (relative to the segment before, across lines) back unchanged.
 */
export function shiftedMappings(mappings, code, edits) {
  const lines = mappings.split(';');
  const lineStarts = [0];
  for (let at = code.indexOf('\n'); at !== -1; at = code.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const shifts = new Map();
  for (const { start, end, text } of edits) {
    let line = lineStarts.findLastIndex((lineStart) => lineStart <= start);
    if (code.slice(start, end).includes('\n')) throw new Error(`${cannotRewrite(start)}: an edit over several lines`);
    if (!shifts.has(line)) shifts.set(line, []);
    shifts.get(line).push({ column: start - lineStarts[line], by: text.length - (end - start) });
  }
  for (const [line, lineShifts] of shifts) {
    if (line >= lines.length) continue;
    const [segments] = decode(lines[line]);
    for (const segment of segments) {
      segment[0] += lineShifts.filter(({ column }) => column < segment[0]).reduce((sum, { by }) => sum + by, 0);
    }
    lines[line] = encode([segments]);
  }
  return lines.join(';');
}
