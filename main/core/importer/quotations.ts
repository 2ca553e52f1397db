import type { Span } from './document';

/**
 * Opening and closing quotation marks: typographic English, straight, and Russian guillemets.
 * A quotation is at most 5,000 characters: without a bound, every unclosed mark rescanned the
 * rest of the passage, quadratic in its length.
 */
const QUOTED = /“[^”]{0,5000}”|«[^»]{0,5000}»|"[^"\n]{0,5000}"/gu;

/** Spans of `text` inside quotation marks, marks included. */
export function quotedSpans(text: string): Span[] {
  return [...text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** `text` with every quotation blanked out (same length), to look at the author's own words. */
export function withoutQuotations(text: string): string {
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}

/**
 * True when the whole passage is one quotation, as joint-statement lines are often given:
 * `“There is no alternative to negotiation.”`, `«Мы призываем...».`
 */
export function isQuotation(text: string): boolean {
  const t = text.trim().replace(/[.;,:]+$/, '');
  const spans = quotedSpans(t);
  return spans.length > 0 && spans[0]!.start === 0 && spans[spans.length - 1]!.end === t.length && quotedShare(t) > 0.8;
}

function quotedShare(text: string): number {
  return quotedSpans(text).reduce((sum, s) => sum + s.end - s.start, 0) / text.length;
}
