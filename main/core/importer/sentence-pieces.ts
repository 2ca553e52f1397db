import type { Span } from './document';
import { splitSentences } from './sentences';

/**
 * Where a sentence from `splitSentences` still holds two: after a colon that ends a line (a
 * lead-in or heading, "Recommendations:", is not glued onto the next sentence), and between a full
 * stop and the next sentence when a page lost the space between them ("Кремля.В сообщении",
 * "рисков.«Мы заявляем").
 */
const CUT = /(?<=:)[ \t]*\n|(?<=\p{Ll}{2}[.!?…][”"»]?)(?=[«“"]?\p{Lu}[\p{Ll}\s])/gu;

/** The sentences of `span`, cut also where `CUT` finds two in one; each piece trimmed. */
export function splitPieces(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  for (const sentence of splitSentences(text, span)) {
    let from = sentence.start;
    for (const cut of text.slice(sentence.start, sentence.end).matchAll(CUT)) {
      pushTrimmed(pieces, text, from, sentence.start + cut.index);
      from = sentence.start + cut.index + cut[0].length;
    }
    pushTrimmed(pieces, text, from, sentence.end);
  }
  return pieces;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
