/**
 * The words an index holds, for expanding what is typed into the words it stands for: a word
 * stands for the words it begins (3 letters or more typed) and for the words sharing its stem.
 *
 * Hand-written on purpose: FlexSearch (which holds the postings, see term-index.ts) finds
 * prefixes only by indexing every prefix of every word (`tokenize: 'forward'`), which took
 * 13.8 s of CPU at 100k records against ~3 s for whole words. Here every distinct folded word
 * and every distinct stem is a "key" naming the words it stands for, and the keys are kept
 * sorted, so a prefix is a binary search to a range.
 */
import type { WordTerms } from './terms';

/** Shorter typed prefixes match whole words (or stems) only, not every word they begin. */
export const MIN_PREFIX = 3;

/** The vocabulary as saved: each word, and its stem at the same position. */
export interface SavedVocabulary {
  words: string[];
  stems: string[];
}

export class Vocabulary {
  /** The stem of each word held (a word indexed under its folded form). */
  private readonly stemOf = new Map<string, string>();
  /** The words each key (a folded word or a stem) stands for. */
  private readonly keyWords = new Map<string, string[]>();
  /** Every key, sorted once new keys are looked up (see `sortedKeys`). */
  private keys: string[] = [];
  private newKeys: string[] = [];

  has(word: string): boolean {
    return this.stemOf.has(word);
  }

  /** Adds a word, by its terms, if it is new. */
  add({ word, stem }: WordTerms): void {
    if (this.stemOf.has(word)) return;
    this.stemOf.set(word, stem);
    this.addKey(word, word);
    if (stem !== word) this.addKey(stem, word);
  }

  /** The words a typed word matches: words sharing its stem, and (`byPrefix`) the word itself and words it begins, when long enough. */
  matching(terms: WordTerms, byPrefix: boolean): Set<string> {
    const words = new Set<string>();
    const add = (key: string) => this.keyWords.get(key)?.forEach((word) => words.add(word));
    add(terms.stem);
    if (!byPrefix) return words;
    add(terms.word);
    if (terms.word.length < MIN_PREFIX) return words;
    const keys = this.sortedKeys();
    for (let i = lowerBound(keys, terms.word); i < keys.length && keys[i]!.startsWith(terms.word); i++) add(keys[i]!);
    return words;
  }

  save(): SavedVocabulary {
    return { words: [...this.stemOf.keys()], stems: [...this.stemOf.values()] };
  }

  static restore(saved: SavedVocabulary): Vocabulary {
    if (saved.words.length !== saved.stems.length) throw new Error('the saved vocabulary has as many stems as words');
    const vocabulary = new Vocabulary();
    saved.words.forEach((word, i) => vocabulary.add({ word, stem: saved.stems[i]! }));
    return vocabulary;
  }

  private addKey(key: string, word: string): void {
    const words = this.keyWords.get(key);
    if (words) words.push(word);
    else {
      this.keyWords.set(key, [word]);
      this.newKeys.push(key);
    }
  }

  /** All keys in order: new keys are merged in on the first search after they came. */
  private sortedKeys(): string[] {
    if (this.newKeys.length > 0) {
      this.keys = this.newKeys.length > 64 ? [...this.keys, ...this.newKeys].sort() : this.newKeys.reduce((keys, key) => (keys.splice(lowerBound(keys, key), 0, key), keys), this.keys);
      this.newKeys = [];
    }
    return this.keys;
  }
}

/** The first position in sorted `keys` not before `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
