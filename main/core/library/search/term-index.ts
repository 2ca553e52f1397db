/**
 * An inverted index of words to the documents and fields holding them, for RecordSearch.
 *
 * It replaces MiniSearch, which took ~27 s of CPU to index 100k records: MiniSearch keeps a
 * radix tree node and a Map per term, field and document. Here each distinct word is numbered
 * once, and a posting is one small integer (document slot × 8 + field) pushed onto the word's
 * list; a word is turned into terms (folded, stemmed, transliterated: terms.ts) once per
 * distinct word, not per occurrence.
 *
 * A word is found by prefix (of its folded form or of its stem) or by stem. Lookups go through
 * "keys": every distinct folded word and every distinct stem, each naming the words it stands
 * for, kept sorted so that a prefix is a binary search to a range. Prefixes shorter than
 * MIN_PREFIX match whole words only: "se" would expand to a large part of the vocabulary and
 * name most documents, which made short queries the slow ones.
 *
 * Removing a document marks its slot dead; its postings are skipped and dropped in one pass
 * once the dead ones outnumber the live ones, so an edit costs its own words, not a rebuild.
 */
import { termsOf, wordsIn, type WordTerms } from './terms';

/** Shorter typed prefixes match whole words (or stems) only, not every word they begin. */
export const MIN_PREFIX = 3;
/** Field numbers take the low bits of a posting. */
const FIELD_BITS = 3;
const FIELD_MASK = (1 << FIELD_BITS) - 1;

/** One word of a search, and where it may match. */
export interface WordQuery<F extends string> {
  terms: WordTerms;
  fields: readonly F[];
  /** Whole words only (by stem), as in a quoted phrase; otherwise also words beginning with what is typed. */
  wholeWords?: boolean;
}

/** What a search finds: the documents, and each one's score at the same position. */
export interface Found<D> {
  documents: D[];
  scores: number[];
}

/** Indexes documents of type D (with an id and text fields F), and hands the documents themselves back from a search. */
export class TermIndex<F extends string, D extends Readonly<Record<F, string>> & { readonly id: string }> {
  private readonly fieldNumber: Map<F, number>;
  /** Word number by folded word, and each word's postings (slot << FIELD_BITS | field). */
  private readonly wordNumber = new Map<string, number>();
  /** Word number by word as written: one lookup per occurrence, the terms made once per distinct spelling. */
  private readonly writtenNumber = new Map<string, number>();
  private readonly postings: number[][] = [];
  /** The word numbers each key (a folded word or a stem) stands for. */
  private readonly keyWords = new Map<string, number[]>();
  /** Every key, sorted once new keys are looked up (see `sortedKeys`). */
  private keys: string[] = [];
  private newKeys: string[] = [];
  private readonly slotOf = new Map<string, number>();
  private documentAt: (D | undefined)[] = [];
  /** A number the owner gives each document (see `set`), handed back by `matchTags`. */
  private tagAt: number[] = [];
  /** How many postings each slot has, to know when the dead ones are worth dropping. */
  private slotPostings: number[] = [];
  private deadPostings = 0;
  private livePostings = 0;
  /** Per word: the document and field it was last added for, so each field gives each word once. */
  private lastAdded: number[] = [];
  /** Scratch arrays for a search, by slot (see `collect`). */
  private stage = new Uint32Array(0);
  private score = new Float64Array(0);
  /** The slots a search found, in `hits[0 .. count)` (see `collect`). */
  private hits = new Int32Array(0);
  private stageBase = 0;

  constructor(fields: readonly F[]) {
    if (fields.length > 1 << FIELD_BITS) throw new Error(`at most ${1 << FIELD_BITS} fields`);
    this.fieldNumber = new Map(fields.map((field, number) => [field, number]));
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Indexes `document`'s fields under its id, replacing what was indexed under that id before; `tag` is what `matchTags` gives for it. */
  set(document: D, tag = 0): void {
    const { id } = document;
    this.delete(id);
    const slot = this.documentAt.length;
    this.documentAt.push(document);
    this.tagAt.push(tag);
    this.slotOf.set(id, slot);
    let added = 0;
    for (const [field, number] of this.fieldNumber) {
      const posting = (slot << FIELD_BITS) | number;
      for (const written of wordsIn(document[field])) {
        const word = this.wordFor(written);
        if (this.lastAdded[word] === posting) continue;
        this.lastAdded[word] = posting;
        this.postings[word]!.push(posting);
        added++;
      }
    }
    this.slotPostings.push(added);
    this.livePostings += added;
  }

  /** Gives `id`'s document a new tag, if it is indexed. */
  retag(id: string, tag: number): void {
    const slot = this.slotOf.get(id);
    if (slot !== undefined) this.tagAt[slot] = tag;
  }

  /** Forgets `id`'s document (its postings are dropped later, all at once). */
  delete(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.documentAt[slot] = undefined;
    this.deadPostings += this.slotPostings[slot]!;
    this.livePostings -= this.slotPostings[slot]!;
    if (this.deadPostings > this.livePostings) this.dropDead();
  }

  /**
   * The documents in which every one of `words` matches in one of its fields, each with its
   * score: the sum, over the words, of the rarer-is-better weight of the word matched times
   * the field's boost.
   */
  match(words: readonly WordQuery<F>[], boost: Partial<Record<F, number>> = {}): Found<D> {
    const boosts = [...this.fieldNumber].reduce<number[]>((list, [field, number]) => ((list[number] = boost[field] ?? 1), list), []);
    const count = this.collect(words, boosts);
    const found: Found<D> = { documents: new Array<D>(count), scores: new Array<number>(count) };
    for (let i = 0; i < count; i++) {
      const slot = this.hits[i]!;
      found.documents[i] = this.documentAt[slot]!;
      found.scores[i] = this.score[slot]!;
    }
    return found;
  }

  /**
   * The tags (see `set`) of the documents in which every one of `words` matches, unscored: for
   * a caller that needs which documents, not how well. A common word finds most of a large
   * library, and handing back its documents cost more than finding them.
   */
  matchTags(words: readonly WordQuery<F>[]): Int32Array {
    const count = this.collect(words);
    const tags = new Int32Array(count);
    for (let i = 0; i < count; i++) tags[i] = this.tagAt[this.hits[i]!]!;
    return tags;
  }

  /**
   * Finds the slots of the documents matching every one of `words`, into `hits[0 .. count)`,
   * and their scores into `score` when `boosts` (by field number) are given. All words are
   * matched in one pass over scratch arrays, without a map per word or of ids.
   */
  private collect(words: readonly WordQuery<F>[], boosts?: readonly number[]): number {
    this.prepareScratch(words.length);
    const { stage, score, hits, stageBase } = this;
    const live = this.slotOf.size;
    let count = 0;
    words.forEach(({ terms, fields, wholeWords }, position) => {
      const fieldMask = fields.reduce((mask, field) => mask | (1 << this.fieldNumber.get(field)!), 0);
      // A slot at stage base + position has matched every word before this one.
      const reached = stageBase + position;
      const matched = reached + 1;
      for (const word of this.wordsMatching(terms, !wholeWords)) {
        const list = this.postings[word]!;
        const weight = Math.log(1 + live / (1 + list.length));
        for (const posting of list) {
          if (!((fieldMask >>> (posting & FIELD_MASK)) & 1)) continue;
          const slot = posting >>> FIELD_BITS;
          const at = stage[slot]!;
          if (at !== matched) {
            if (position === 0 ? at >= stageBase || this.documentAt[slot] === undefined : at !== reached) continue;
            stage[slot] = matched;
            if (position === 0) {
              hits[count++] = slot;
              score[slot] = 0;
            }
          }
          if (boosts) score[slot]! += weight * boosts[posting & FIELD_MASK]!;
        }
      }
    });
    const all = stageBase + words.length;
    let kept = 0;
    for (let i = 0; i < count; i++) if (stage[hits[i]!] === all) hits[kept++] = hits[i]!;
    return kept;
  }

  /** The word numbers a typed word matches: words it begins (when long enough), and words sharing its stem. */
  private wordsMatching(terms: WordTerms, byPrefix: boolean): Set<number> {
    const words = new Set<number>();
    const add = (key: string) => this.keyWords.get(key)?.forEach((word) => words.add(word));
    add(terms.stem);
    if (!byPrefix) return words;
    add(terms.word);
    if (terms.word.length < MIN_PREFIX) return words;
    const keys = this.sortedKeys();
    for (let i = lowerBound(keys, terms.word); i < keys.length && keys[i]!.startsWith(terms.word); i++) add(keys[i]!);
    return words;
  }

  /** The number of a written word, numbering it (and its keys) if it is new. */
  private wordFor(written: string): number {
    let number = this.writtenNumber.get(written);
    if (number === undefined) {
      number = this.numberWord(termsOf(written));
      this.writtenNumber.set(written, number);
    }
    return number;
  }

  private numberWord({ word, stem }: WordTerms): number {
    let number = this.wordNumber.get(word);
    if (number === undefined) {
      number = this.postings.length;
      this.wordNumber.set(word, number);
      this.postings.push([]);
      this.lastAdded.push(-1);
      this.addKey(word, number);
      if (stem !== word) this.addKey(stem, number);
    }
    return number;
  }

  private addKey(key: string, word: number): void {
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

  /** Makes the scratch arrays as long as the slots, and moves the stage base past every stage used so far. */
  private prepareScratch(words: number): void {
    if (this.stage.length < this.documentAt.length) {
      const length = Math.max(this.documentAt.length, this.stage.length * 2);
      this.stage = new Uint32Array(length);
      this.score = new Float64Array(length);
      this.hits = new Int32Array(length);
      this.stageBase = 0;
    }
    if (this.stageBase + words + 2 >= 0xffffffff) {
      this.stage.fill(0);
      this.stageBase = 0;
    }
    this.stageBase += this.stageBaseStep;
    this.stageBaseStep = words + 1;
  }

  private stageBaseStep = 1;

  /** Drops the postings of deleted documents and renumbers the slots densely. */
  private dropDead(): void {
    const newSlot = new Int32Array(this.documentAt.length).fill(-1);
    const documents: D[] = [];
    const tags: number[] = [];
    const counts: number[] = [];
    this.documentAt.forEach((document, slot) => {
      if (document === undefined) return;
      newSlot[slot] = documents.length;
      this.slotOf.set(document.id, documents.length);
      documents.push(document);
      tags.push(this.tagAt[slot]!);
      counts.push(this.slotPostings[slot]!);
    });
    this.documentAt = documents;
    this.tagAt = tags;
    this.slotPostings = counts;
    this.livePostings = 0;
    for (let word = 0; word < this.postings.length; word++) {
      const kept: number[] = [];
      for (const posting of this.postings[word]!) {
        const slot = newSlot[posting >>> FIELD_BITS]!;
        if (slot >= 0) kept.push((slot << FIELD_BITS) | (posting & FIELD_MASK));
      }
      this.postings[word] = kept;
      this.livePostings += kept.length;
    }
    this.lastAdded.fill(-1);
    this.deadPostings = 0;
    // Slots moved: stages recorded under old slots mean nothing now.
    this.stage.fill(0);
    this.stageBase = 0;
    this.stageBaseStep = 1;
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
