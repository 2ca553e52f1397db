/**
 * Word-prefix full-text index over records.
 *
 * Every record's searchable text is split into normalized words; the sorted vocabulary lets a
 * query word match all words it is a prefix of with two binary searches, so a query costs
 * O(matching postings), not a scan of every record. Normalization folds case, strips Latin
 * diacritics and maps Russian "ё" to "е", so "elbe" finds "Elbe" and "елка" finds "ёлка".
 */
export interface TextIndex {
  /** Positions (into the indexed array) of entries containing every query word as a word prefix. */
  search(query: string): Set<number>;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercases and strips accents so search is forgiving of case and diacritics. */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е');
}

/** The distinct normalized words of `text`. */
export function wordsOf(text: string): string[] {
  return [...new Set(normalizeText(text).match(WORD) ?? [])];
}

export function buildTextIndex(texts: readonly string[]): TextIndex {
  const postings = new Map<string, number[]>();
  texts.forEach((text, position) => {
    for (const word of wordsOf(text)) {
      const list = postings.get(word);
      if (list) list.push(position);
      else postings.set(word, [position]);
    }
  });
  const vocabulary = [...postings.keys()].sort();

  /** All positions whose text has a word starting with `prefix`. */
  const positionsWithPrefix = (prefix: string): Set<number> => {
    const found = new Set<number>();
    for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length; i++) {
      const word = vocabulary[i]!;
      if (!word.startsWith(prefix)) break;
      for (const position of postings.get(word)!) found.add(position);
    }
    return found;
  };

  return {
    search(query) {
      // Rarest words first keeps the running intersection small.
      const sets = wordsOf(query)
        .map(positionsWithPrefix)
        .sort((a, b) => a.size - b.size);
      if (sets.length === 0) return new Set(texts.keys());
      let result = sets[0]!;
      for (const next of sets.slice(1)) {
        result = new Set([...result].filter((position) => next.has(position)));
        if (result.size === 0) break;
      }
      return result;
    },
  };
}

/** First index in sorted `words` whose word is >= `key`. */
function lowerBound(words: readonly string[], key: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
