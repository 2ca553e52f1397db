import type { Span } from './document';

/**
 * Words that end with a full stop without ending a sentence: titles and ranks (Gen., Adm.),
 * months, and Russian abbreviations (г. after a year, т.е., др.). Dotted initials such as U.S.,
 * U.N. or e.g. are recognised by shape instead.
 */
const ABBREVIATIONS = new Set(
  [
    'gen', 'adm', 'col', 'lt', 'maj', 'capt', 'cmdr', 'sgt', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov',
    'pres', 'amb', 'jr', 'sr', 'no', 'nos', 'vs', 'inc', 'ltd', 'co', 'corp', 'dept', 'fig', 'approx', 'art', 'para',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'г', 'гг', 'т', 'е', 'д', 'п', 'др', 'им', 'ген', 'см', 'стр', 'тыс', 'млн', 'млрд', 'англ',
  ],
);

/**
 * How far back from a full stop to look for the word it ends. Longer "words" do not occur in
 * real text, and looking at the whole paragraph before every full stop made splitting quadratic.
 */
const MAX_WORD_LENGTH = 64;
/**
 * Longest sentence, in characters. Longer runs without a full stop (tables flattened to text,
 * pasted data) are cut at a space, so each rule later looks at a bounded piece of text.
 */
export const MAX_SENTENCE_LENGTH = 3000;
/**
 * Sentence-final punctuation, then any closing quotes or brackets. It starts only where a run of
 * punctuation starts: trying every dot of a long run of dots again made splitting quadratic.
 */
const SENTENCE_END = /(?<![.!?…])[.!?…]+[”"’»)\]]*(?=\s)/gu;
/** What may open the next sentence: a capital, a digit, an opening quote or bracket, a dash. */
const SENTENCE_START = /^\s+[\p{Lu}\p{N}“"‘«([—–]/u;

/**
 * Splits `[span.start, span.end)` of `text` into sentences, each trimmed.
 *
 * A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes) when a capital or an opening
 * quote follows, unless the word before the full stop is an abbreviation or a dotted initialism
 * ("U.S. delegates", "Gen. Gerasimov"): those run on. A sentence longer than
 * `MAX_SENTENCE_LENGTH` is cut into pieces at spaces.
 */
export function splitSentences(text: string, span: Span): Span[] {
  const body = text.slice(span.start, span.end);
  const sentences: Span[] = [];
  let from = 0;
  for (const match of body.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if (!SENTENCE_START.test(body.slice(stop, stop + 3))) continue;
    if (match[0].startsWith('.') && isAbbreviation(body.slice(Math.max(0, match.index - MAX_WORD_LENGTH), match.index))) continue;
    pushTrimmed(sentences, body, from, stop, span.start);
    from = stop;
  }
  pushTrimmed(sentences, body, from, body.length, span.start);
  return sentences;
}

function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase().replace(/^.*\./, ''));
}

function pushTrimmed(out: Span[], body: string, from: number, to: number, offset: number): void {
  while (to - from > MAX_SENTENCE_LENGTH) {
    // Only the window is searched for a space, so a long text without one stays linear.
    const space = body.slice(from, from + MAX_SENTENCE_LENGTH).lastIndexOf(' ');
    let cut = space > 0 ? from + space : from + MAX_SENTENCE_LENGTH;
    if (/[\uDC00-\uDFFF]/.test(body[cut]!)) cut--; // never between the halves of a surrogate pair
    pushPiece(out, body, from, cut, offset);
    from = cut;
  }
  pushPiece(out, body, from, to, offset);
}

function pushPiece(out: Span[], body: string, from: number, to: number, offset: number): void {
  const piece = body.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed) out.push({ start: offset + from + lead, end: offset + from + lead + trimmed.length });
}
