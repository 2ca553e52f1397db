import type { TextLocation } from '../model';

/** Where a passage was found in a text, or why it could not be placed. */
export type PassageSearch =
  | { found: TextLocation }
  | { problem: 'blank' }
  | { problem: 'not-found' }
  | { problem: 'ambiguous'; count: number };

/** Characters a typed passage may write differently from the source: quotation marks, apostrophes, dashes. */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/["“”„«»]/u, '["“”„«»]'],
  [/['‘’`]/u, "['‘’`]"],
  [/[-‐‑–—]/u, '[-‐‑–—]'],
];

/**
 * Finds the one place in `text` where `passage` stands, so a record typed by hand is tied to the
 * source's exact words.
 *
 * The passage is matched exactly first; failing that, line breaks and runs of spaces match any
 * whitespace and quotation marks, apostrophes and dashes match their typographic variants, since
 * an analyst typing a quotation cannot see how the source wrote them. The location is the
 * source's own characters, so the stored statement is always the source's words. A passage found
 * more than once is ambiguous unless `near` (a character offset) picks the closest occurrence.
 */
export function locatePassage(text: string, passage: string, near?: number): PassageSearch {
  const wanted = passage.trim();
  if (!/[\p{L}\p{N}]/u.test(wanted)) return { problem: 'blank' };
  let starts = occurrences(text, wanted).map((start) => ({ start, end: start + wanted.length }));
  if (starts.length === 0) starts = looseOccurrences(text, wanted);
  if (starts.length === 0) return { problem: 'not-found' };
  if (starts.length === 1) return { found: starts[0]! };
  if (near === undefined) return { problem: 'ambiguous', count: starts.length };
  return { found: starts.reduce((best, at) => (Math.abs(at.start - near) < Math.abs(best.start - near) ? at : best)) };
}

/** A selection `[start, end)` of `text` without the whitespace at either edge; undefined when it holds no words. */
export function trimLocation(text: string, start: number, end: number): TextLocation | undefined {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return /[\p{L}\p{N}]/u.test(text.slice(from, to)) ? { start: from, end: to } : undefined;
}

function occurrences(text: string, passage: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) found.push(at);
  return found;
}

function looseOccurrences(text: string, passage: string): TextLocation[] {
  const pattern = [...passage]
    .map((char) => {
      if (/\s/u.test(char)) return '\\s+';
      const variant = VARIANTS.find(([test]) => test.test(char));
      return variant ? variant[1] : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('')
    .replace(/(?:\\s\+)+/g, '\\s+');
  return [...text.matchAll(new RegExp(pattern, 'gu'))].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
