import type { TextLocation } from '../model';

/** Punctuation that ends a sentence, possibly followed by closing quotation marks or brackets. */
const SENTENCE_END = /[.!?…][”’"')\]]*$/u;
const ELLIPSIS = '…';

/**
 * A passage as a briefing quotes it: typographic quotation marks, and an ellipsis where the
 * passage starts or ends inside a sentence of its source, so a fragment reads as one.
 */
export function quotedPassage(statement: string, sourceText: string, location: TextLocation): string {
  let quote = typographicQuotes(statement.trim());
  const lineBefore = sourceText.slice(0, location.start).split('\n').at(-1)!.trimEnd();
  const lineAfter = sourceText.slice(location.end).split('\n')[0]!.trim();
  // Inside a sentence: the line goes on before it with no sentence ending, or after it before one ends.
  if (lineBefore && !SENTENCE_END.test(lineBefore) && !quote.startsWith(ELLIPSIS)) quote = `${ELLIPSIS}${quote}`;
  if (lineAfter && !SENTENCE_END.test(quote) && !quote.endsWith(ELLIPSIS)) quote = `${quote}${ELLIPSIS}`;
  return quote;
}

/**
 * Straight quotation marks and apostrophes as typographic ones: `"x"` → “x”, `'x'` → ‘x’,
 * `don't` → don’t. Marks already typographic are kept.
 */
export function typographicQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"/gu, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{“\u2014\u2013-])'/gu, '$1‘')
    .replace(/'/g, '’');
}

/**
 * Text that is to stand inside double quotation marks (a title in a note): its own double
 * quotation marks become single ones, as American usage nests them (“‘Track 2’ Talks”).
 */
export function nestedInDoubleQuotes(text: string): string {
  return typographicQuotes(text).replace(/“/g, '‘').replace(/”/g, '’');
}
