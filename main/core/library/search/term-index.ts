/**
 * An inverted index of words to the documents and fields holding them, for RecordSearch: the
 * postings are FlexSearch's (one `Index` per field, `tokenize: 'strict'`, resolution 1: a
 * posting list per word), the rest is what FlexSearch does not do fast enough here.
 *
 * Each document gets a slot number, its id in FlexSearch. Words are made into terms by
 * terms.ts (folded, stemmed, transliterated) before FlexSearch sees them: each field is handed
 * over as its distinct folded words joined by spaces, and FlexSearch only splits them. A
 * typed word is expanded to the words it stands for by the vocabulary (prefix and stem, see
 * vocabulary.ts) and each word's postings are asked of FlexSearch.
 *
 * Matching every word and scoring by field boost is done here, in one pass over scratch
 * arrays by slot: FlexSearch's own intersection (its resolver's `and`) took 14-29 ms for two
 * common words at 100k records before any prefix expansion, and cannot weigh fields.
 *
 * Removing a document marks its slot dead (skipped by searches): FlexSearch's `remove`
 * without `fastupdate` scans every posting list (~2-3 ms per document and field at 100k), and
 * `fastupdate` doubled the time to build and is dropped by `import`. The dead slots are dropped
 * all at once when they outnumber the live ones, so an edit costs its own words, not a rebuild.
 */
import { Index } from 'flexsearch';
import { termsOf, wordsIn, type WordTerms } from './terms';
import { Vocabulary, type SavedVocabulary } from './vocabulary';

export { MIN_PREFIX } from './vocabulary';

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

/** A TermIndex as saved (see `save`): FlexSearch's exported chunks per field, the vocabulary, and who is in each slot. */
export interface SavedTermIndex {
  chunks: Record<string, Array<[key: string, data: string]>>;
  vocabulary: SavedVocabulary;
  /** The id of the document in each slot (null: a dead slot). */
  ids: Array<string | null>;
}

/** A saved index imported (see `TermIndex.importSaved`), waiting for its documents. */
export interface ImportedTermIndex<F extends string> {
  postings: Map<F, Index>;
  vocabulary: Vocabulary;
  ids: Array<string | null>;
}

/** Enough for every slot a search can find. */
const ALL = 2 ** 31 - 1;

/** A field's postings: a FlexSearch index told exactly which words a document has (see `set`). */
function fieldIndex(): Index {
  return new Index({ tokenize: 'strict', resolution: 1, encode: (text: string) => text.split(' '), fastupdate: false, cache: false });
}

/** Indexes documents of type D (with an id and text fields F), and hands the documents themselves back from a search. */
export class TermIndex<F extends string, D extends Readonly<Record<F, string>> & { readonly id: string }> {
  private readonly fields: F[];
  private postings: Map<F, Index>;
  private vocabulary = new Vocabulary();
  private readonly slotOf = new Map<string, number>();
  private documentAt: (D | undefined)[] = [];
  /** A number the owner gives each document (see `set`), handed back by `matchTags`. */
  private tagAt: number[] = [];
  private deadSlots = 0;
  /** Scratch arrays for a search, by slot (see `collect`). */
  private stage = new Uint32Array(0);
  private score = new Float64Array(0);
  /** The slots a search found, in `hits[0 .. count)` (see `collect`). */
  private hits = new Int32Array(0);
  private stageBase = 0;
  private stageBaseStep = 1;

  constructor(fields: readonly F[]) {
    this.fields = [...fields];
    this.postings = new Map(fields.map((field) => [field, fieldIndex()]));
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Indexes `document`'s fields under its id, replacing what was indexed under that id before; `tag` is what `matchTags` gives for it. */
  set(document: D, tag = 0): void {
    this.delete(document.id);
    const slot = this.documentAt.length;
    this.documentAt.push(document);
    this.tagAt.push(tag);
    this.slotOf.set(document.id, slot);
    this.addPostings(document, slot);
  }

  /** Gives `id`'s document a new tag, if it is indexed. */
  retag(id: string, tag: number): void {
    const slot = this.slotOf.get(id);
    if (slot !== undefined) this.tagAt[slot] = tag;
  }

  /** Forgets `id`'s document: its slot is dead from now on (see the comment at the top). */
  delete(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.documentAt[slot] = undefined;
    this.deadSlots++;
    if (this.deadSlots > this.slotOf.size && this.deadSlots > 64) this.dropDead();
  }

  /**
   * The documents in which every one of `words` matches in one of its fields, each with its
   * score: the sum, over the words, of the rarer-is-better weight of the word matched times
   * the field's boost.
   */
  match(words: readonly WordQuery<F>[], boost: Partial<Record<F, number>> = {}): Found<D> {
    const count = this.collect(words, boost);
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

  /** The index as plain strings, for `restore` (FlexSearch's own export, plus the vocabulary and the slots). */
  save(): SavedTermIndex {
    const chunks: SavedTermIndex['chunks'] = {};
    for (const [field, index] of this.postings) {
      const list: Array<[string, string]> = (chunks[field] = []);
      void index.export((key, data) => void list.push([key, data]));
    }
    return { chunks, vocabulary: this.vocabulary.save(), ids: this.documentAt.map((document) => document?.id ?? null) };
  }

  /**
   * The postings and vocabulary of an index `save` gave, imported into FlexSearch: the costly
   * half of taking a saved index back, which needs no documents (see `restore`). Throws if the
   * saved index does not fit (other fields).
   */
  static importSaved<F extends string>(fields: readonly F[], saved: SavedTermIndex): ImportedTermIndex<F> {
    const postings = new Map<F, Index>();
    for (const field of fields) {
      const chunks = saved.chunks[field];
      if (!chunks) throw new Error(`the saved index has no field "${field}"`);
      const index = fieldIndex();
      for (const [key, data] of chunks) void index.import(key, data);
      postings.set(field, index);
    }
    return { postings, vocabulary: Vocabulary.restore(saved.vocabulary), ids: saved.ids };
  }

  /**
   * Takes in an imported index, with the document of each id and its tag from `documentOf`;
   * an id it gives nothing for (a document gone or changed since) is dead.
   */
  restore(imported: ImportedTermIndex<F>, documentOf: (id: string) => [D, number] | undefined): void {
    const documents: (D | undefined)[] = [];
    const tags: number[] = [];
    for (const id of imported.ids) {
      const [document, tag] = (id !== null && documentOf(id)) || [undefined, 0];
      documents.push(document);
      tags.push(tag);
    }
    this.postings = imported.postings;
    this.vocabulary = imported.vocabulary;
    this.documentAt = documents;
    this.tagAt = tags;
    this.slotOf.clear();
    documents.forEach((document, slot) => document && this.slotOf.set(document.id, slot));
    this.deadSlots = documents.length - this.slotOf.size;
    this.resetScratch();
  }

  /** Hands each field's distinct folded words to its FlexSearch index, and any new word to the vocabulary. */
  private addPostings(document: D, slot: number): void {
    for (const [field, index] of this.postings) {
      const words = new Set<string>();
      for (const written of wordsIn(document[field])) {
        const terms = termsOf(written);
        if (!this.vocabulary.has(terms.word)) this.vocabulary.add(terms);
        words.add(terms.word);
      }
      if (words.size > 0) index.add(slot, [...words].join(' '));
    }
  }

  /**
   * Finds the slots of the documents matching every one of `words`, into `hits[0 .. count)`,
   * and their scores into `score` when `boost` is given. All words are matched in one pass
   * over scratch arrays, without a map per word or of ids.
   */
  private collect(words: readonly WordQuery<F>[], boost?: Partial<Record<F, number>>): number {
    this.prepareScratch(words.length);
    const { stage, score, hits, stageBase, documentAt } = this;
    const live = this.slotOf.size;
    let count = 0;
    words.forEach(({ terms, fields, wholeWords }, position) => {
      // A slot at stage base + position has matched every word before this one.
      const reached = stageBase + position;
      const matched = reached + 1;
      for (const word of this.vocabulary.matching(terms, !wholeWords)) {
        for (const field of fields) {
          const slots = this.postings.get(field)!.search(word, { limit: ALL }) as number[];
          const weight = boost ? Math.log(1 + live / (1 + slots.length)) * (boost[field] ?? 1) : 0;
          for (const slot of slots) {
            const at = stage[slot]!;
            if (at !== matched) {
              if (position === 0 ? at >= stageBase || documentAt[slot] === undefined : at !== reached) continue;
              stage[slot] = matched;
              if (position === 0) {
                hits[count++] = slot;
                score[slot] = 0;
              }
            }
            score[slot]! += weight;
          }
        }
      }
    });
    const all = stageBase + words.length;
    let kept = 0;
    for (let i = 0; i < count; i++) if (stage[hits[i]!] === all) hits[kept++] = hits[i]!;
    return kept;
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

  /** Stages recorded under old slots mean nothing once slots move. */
  private resetScratch(): void {
    this.stage.fill(0);
    this.stageBase = 0;
    this.stageBaseStep = 1;
  }

  /**
   * Indexes the live documents afresh in dense slots, leaving the dead ones behind: done once
   * the dead slots outnumber the live ones, so its cost is spread over as many removals.
   */
  private dropDead(): void {
    const documents = this.documentAt;
    const tags = this.tagAt;
    this.postings = new Map(this.fields.map((field) => [field, fieldIndex()]));
    this.documentAt = [];
    this.tagAt = [];
    this.slotOf.clear();
    this.deadSlots = 0;
    documents.forEach((document, slot) => {
      if (!document) return;
      const fresh = this.documentAt.length;
      this.documentAt.push(document);
      this.tagAt.push(tags[slot]!);
      this.slotOf.set(document.id, fresh);
      this.addPostings(document, fresh);
    });
    this.resetScratch();
  }
}
