/**
 * Word-prefix full-text index over records.
 *
 * Every record's searchable text is split into normalized words; the sorted vocabulary lets a
 * query word match all words it is a prefix of with two binary searches, so a query costs
 * O(matching postings), not a scan of every record. Normalization folds case and strips
 * diacritics (Russian "ё" reads as "е"), so "elbe" finds "Elbe" and "елка" finds "ёлка".
 */
export interface TextIndex {
  /** Positions (into the indexed array, ascending) of entries containing every query word as a word prefix. */
  search(query: string): number[];
}

/**
 * The distinct normalized words of `text`, in order of first appearance.
 *
 * A word is a run of letters and digits after folding: compatibility decomposition (NFKD),
 * combining marks removed, lower case. So "Café" gives "cafe", "Ёмкость" gives "емкость",
 * and "military-to-military" gives "military" and "to".
 */
export function wordsOf(text: string): string[] {
  const words = new Set<string>();
  forEachWord(text, (word) => words.add(word));
  return [...words];
}

export function buildTextIndex(texts: readonly string[]): TextIndex {
  const postings = new Map<string, number[]>();
  texts.forEach((text, position) => {
    forEachWord(text, (word) => {
      const list = postings.get(word);
      // Positions arrive in order, so a word seen twice in one text is the list's last entry.
      if (!list) postings.set(word, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    });
  });
  const vocabulary = [...postings.keys()].sort();

  return {
    search(query) {
      const words = wordsOf(query);
      if (words.length === 0) return [...texts.keys()];
      // matched[p] counts the query words found so far in text p; a text counts once per
      // word however many of its words share the prefix.
      const matched = new Uint32Array(texts.length);
      words.forEach((prefix, k) => {
        for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) {
          for (const position of postings.get(vocabulary[i]!)!) if (matched[position] === k) matched[position] = k + 1;
        }
      });
      const found: number[] = [];
      matched.forEach((count, position) => {
        if (count === words.length) found.push(position);
      });
      return found;
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

// What a UTF-16 code unit (or surrogate pair) is to the tokenizer; 0 is "not classified yet".
const SEPARATOR = 1;
const WORD = 2;
/** A combining mark: dropped, without ending the word it is in. */
const MARK = 3;

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const MARK_CHARACTER = /^\p{M}$/u;

/** Classes of the BMP's code units, filled in as they are first met (a Unicode regex per character is slow). */
let bmpUnits: Uint8Array | undefined;

function classify(character: string): number {
  return WORD_CHARACTER.test(character) ? WORD : MARK_CHARACTER.test(character) ? MARK : SEPARATOR;
}

/**
 * Calls `onWord` for every word of `text` (repeats included), in order.
 *
 * Equivalent to removing combining marks from the folded text and matching `[\p{L}\p{N}]+`,
 * but one pass over the text with a table lookup per character: building the index of a
 * 100k-record library spent most of its time in those two Unicode regular expressions.
 */
function forEachWord(text: string, onWord: (word: string) => void): void {
  const folded = text.normalize('NFKD').toLowerCase();
  const units = (bmpUnits ??= new Uint8Array(0x10000));
  let word = ''; // the part of the current word before the marks met so far
  let runStart = -1; // where the current run of word characters began, or -1
  for (let i = 0; i < folded.length; ) {
    const code = folded.charCodeAt(i);
    let width = 1;
    let unit: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < folded.length) {
      width = 2; // a surrogate pair: rare enough to classify each time
      unit = classify(folded.slice(i, i + 2));
    } else {
      unit = units[code]!;
      if (unit === 0) unit = units[code] = classify(folded[i]!);
    }
    if (unit === WORD) {
      if (runStart < 0) runStart = i;
    } else {
      if (runStart >= 0) {
        word += folded.slice(runStart, i);
        runStart = -1;
      }
      if (unit === SEPARATOR && word) {
        onWord(word);
        word = '';
      }
    }
    i += width;
  }
  if (runStart >= 0) word += folded.slice(runStart);
  if (word) onWord(word);
}
