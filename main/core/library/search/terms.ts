/**
 * How text becomes search terms, the same for what is indexed and what is asked.
 *
 * Every word gives its folded form (lower case, accents dropped, "ё" read as "е") and its
 * Snowball stem (@orama/stemmers: Russian for Cyrillic words, English otherwise), so
 * "liaisons" finds "liaison" while a word still being typed ("securi") finds "security" by
 * prefix. Cyrillic words are then spelled in Latin letters (@sindresorhus/transliterate, as
 * ids are), so "Герасимов" and "Gerasimov" are one term and either script finds the other.
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import transliterate from '@sindresorhus/transliterate';

/** What a word reads as once folded and stemmed. */
export interface WordTerms {
  /** The whole word, folded and in Latin letters: what a prefix is matched against. */
  word: string;
  /** Its stem, folded and in Latin letters: what a whole word is matched against. */
  stem: string;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const NOT_ASCII = /[^a-z0-9]/;
const MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Terms by word as written: a library repeats its vocabulary, and stemming plus transliteration per occurrence made the 100k index slow to build. */
const cache = new Map<string, WordTerms>();
/** Bounds the cache for a long-running app whose libraries keep adding new words. */
const CACHE_LIMIT = 500_000;

/** The words of `text`, as written (runs of letters and digits; "military-to-military" is three). */
export function wordsIn(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The folded word and the stem of one word of text. */
export function termsOf(word: string): WordTerms {
  let terms = cache.get(word);
  if (!terms) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    terms = computeTerms(word);
    cache.set(word, terms);
  }
  return terms;
}

/** The stems of `text`'s words, in order: what a quoted phrase is compared with. */
export function stemsIn(text: string): string[] {
  return wordsIn(text).map((word) => termsOf(word).stem);
}

function computeTerms(word: string): WordTerms {
  const lower = word.toLowerCase();
  if (CYRILLIC.test(lower)) {
    // Russian is stemmed before "й" loses its breve or the word its Cyrillic letters.
    const russian = lower.replace(/ё/g, 'е');
    return { word: latin(russian), stem: latin(stemRussian(russian)) };
  }
  const folded = lower.normalize('NFKD').replace(MARKS, '');
  const spelled = NOT_ASCII.test(folded) ? latin(folded) : folded;
  return { word: spelled, stem: stemEnglish(spelled) };
}

/** `text` in lower-case Latin letters and digits. */
function latin(text: string): string {
  return transliterate(text).toLowerCase().replace(/[^a-z0-9]/g, '') || text;
}
