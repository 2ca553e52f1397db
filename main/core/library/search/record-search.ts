/**
 * Full-text search over a library's active records, on FlexSearch postings with fields, boosts,
 * prefix and stem matching and in-place updates (term-index.ts).
 *
 * A record is found by its own words: statement, summary, speaker, section, tags, addressees,
 * and its source's authors. Its source's title, publisher and text are searched only when asked
 * (`source:`), so "channel" no longer finds every record of an article titled "...Channels...".
 * Terms are folded, stemmed and transliterated (see terms.ts); prefixes and phrases are parsed
 * by parse-search.ts.
 *
 * The index follows the library as it changes: `sync` compares the new library with what was
 * indexed and adds, replaces or discards only the records and sources that differ, so an edit
 * costs a comparison pass, not a rebuild; `update`, told which positions changed (the search
 * worker is: worker/changes.ts), costs only those records.
 *
 * The index can be saved and taken back (`save`, `SavedRecordIndex`, `restore`; the file is
 * saved-index.ts's, and holds the library the index was saved with): FlexSearch exports and
 * imports its postings, so taking the index back costs the import and a document per record,
 * and `sync` then brings it up to a library changed since. The search worker does this at
 * every start after the first.
 *
 * The postings are FlexSearch's (0.8.212, one index per field); expanding prefixes and stems
 * to words, and matching every word with field boosts, stay hand-written because FlexSearch's
 * own ways took several times longer at 100k records (see term-index.ts, vocabulary.ts and
 * BENCHMARKS.md). MiniSearch 7.2.0 was measured too: 4x the CPU to index 100k records and 13x
 * the query p95.
 */
import { parseSearch, type SearchClause, type SearchField } from './parse-search';
import { TermIndex, type Found, type ImportedTermIndex, type SavedTermIndex, type WordQuery } from './term-index';
import { stemsIn, termsOf, wordsIn } from './terms';
import type { SearchableLibrary, SearchRecord, SearchSource } from './searchable-library';

/** What is indexed of one record: its searchable text, and what `kind:` and `topic:` test. */
interface RecordDocument {
  id: string;
  statement: string;
  summary: string;
  speaker: string;
  section: string;
  tags: string;
  addressees: string;
  author: string;
  kind: string;
  topics: string;
  sourceId: string;
  /** Where the record is in the records of the library last synced (found records are handed back by position). */
  position: number;
}

interface SourceDocument {
  id: string;
  title: string;
  publisher: string;
  dialogue: string;
  author: string;
  text: string;
}

/** A saved index (see `RecordSearch.save`): named strings, FlexSearch's exported chunks among them. */
export type SavedRecordSearch = Array<[name: string, text: string]>;
/** Separates "flexsearch", the field and FlexSearch's key in the name of an exported chunk. */
const CHUNK = '/';

type RecordTextField = 'statement' | 'summary' | 'speaker' | 'section' | 'tags' | 'addressees' | 'author';
const RECORD_FIELDS: RecordTextField[] = ['statement', 'summary', 'speaker', 'section', 'tags', 'addressees', 'author'];
/** A record's own words weigh most; who said it next; where it sits and whom it addresses least. */
const RECORD_BOOST: Partial<Record<RecordTextField, number>> = { statement: 2, summary: 2, speaker: 1.5, tags: 1.5, author: 1.5 };
const FIELDS_BY_PREFIX: Partial<Record<SearchField, RecordTextField[]>> = {
  speaker: ['speaker'],
  author: ['author'],
  section: ['section'],
  tag: ['tags'],
};
type SourceTextField = Exclude<keyof SourceDocument, 'id'>;
const SOURCE_FIELDS: SourceTextField[] = ['title', 'publisher', 'dialogue', 'author', 'text'];
const SOURCE_BOOST = { title: 3, publisher: 2, dialogue: 2, author: 2 };

export class RecordSearch {
  // Each field gives each word once: how often a word repeats within one statement says little about relevance.
  private readonly records = new TermIndex<RecordTextField, RecordDocument>(RECORD_FIELDS);
  /**
   * Source titles and texts, indexed on the first `source:` search: their texts hold a third of
   * a library's words, and most searches never ask for them.
   */
  private sources: TermIndex<SourceTextField, SourceDocument> | undefined;
  private readonly recordDocuments = new Map<string, RecordDocument>();
  /** The id of the record indexed at each position of the library's records (see `update`). */
  private readonly idAt: (string | undefined)[] = [];
  private readonly sourceDocuments = new Map<string, SourceDocument>();
  /** The library's topics, as `topic:` matches them: id and label. */
  private topics: SearchableLibrary['topics'] = [];

  /** How many times a record was indexed or forgotten since this index was made or restored: what a saved copy of it lacks. */
  changeCount = 0;

  /** An index of `library`'s active records. */
  static build(library: SearchableLibrary): RecordSearch {
    return new RecordSearch().sync(library);
  }

  /**
   * The index as named strings, to be written to disk with the library it indexes, and given
   * to `restore` with that library on a later start (see saved-index.ts). Records' texts are not
   * in it: the library holds them. The source index is not saved: it is made on the first `source:`.
   */
  save(): SavedRecordSearch {
    const { chunks, ...slots } = this.records.save();
    const parts: SavedRecordSearch = [['slots', JSON.stringify(slots)]];
    for (const [field, list] of Object.entries(chunks)) for (const [key, data] of list) parts.push([`${CHUNK}${field}${CHUNK}${key}`, data]);
    return parts;
  }

  /**
   * The index `save` left (imported by `SavedRecordIndex`), given back the library it indexed
   * when saved (`sync` then brings it up to another). A record the saved index does not hold is
   * indexed; a saved one the library lacks is dropped.
   */
  static restore(saved: SavedRecordIndex, library: SearchableLibrary): RecordSearch {
    const search = new RecordSearch();
    search.topics = library.topics;
    for (const source of library.sources) search.sourceDocuments.set(source.id, sourceDocument(source));
    const documents = new Map<string, RecordDocument>();
    library.records.forEach((record, position) => {
      if (record.status === 'active') documents.set(record.id, recordDocument(record, search.sourceDocuments.get(record.sourceId)?.author ?? '', position));
    });
    search.records.restore(saved.imported, (id) => {
      const document = documents.get(id);
      if (!document) return undefined;
      search.recordDocuments.set(id, document);
      search.idAt[document.position] = id;
      return [document, document.position];
    });
    // Records the saved index lacks (a file saved with a library its index did not match).
    for (const document of documents.values()) {
      if (!search.recordDocuments.has(document.id)) search.indexRecord(library.records[document.position]!, document.position, NONE);
    }
    return search;
  }

  /** Brings the index up to `library`: adds, replaces and discards only what changed. Returns this index. */
  sync(library: SearchableLibrary): this {
    const steps = this.syncInSteps(library);
    while (!steps.next().done);
    return this;
  }

  /**
   * `sync` a few thousand records at a time: each `next()` does one step, so a caller can index
   * a large library between other work (see `indexInBackground` in query.ts). The index must
   * not be searched or synced again until the steps are done.
   */
  *syncInSteps(library: SearchableLibrary, recordsPerStep = 2000): Generator<void, void> {
    this.topics = library.topics;
    const authorsChanged = this.syncSources(library.sources);
    const seen = new Set<string>();
    for (const [position, record] of library.records.entries()) {
      if ((position + 1) % recordsPerStep === 0) yield;
      if (record.status !== 'active') continue;
      seen.add(record.id);
      this.indexRecord(record, position, authorsChanged);
    }
    for (const id of this.recordDocuments.keys()) {
      if (!seen.has(id)) this.forgetRecord(id);
    }
  }

  /**
   * Brings the index up to `library` when, since it was last synced, only the records at
   * `positions` changed (and any source or topic): costs those records, not a pass over the
   * library. A position past the library's end is a record removed.
   */
  update(library: SearchableLibrary, positions: Iterable<number>): this {
    this.topics = library.topics;
    const authorsChanged = this.syncSources(library.sources);
    for (const position of positions) {
      const id = this.idAt[position];
      const record = library.records[position];
      // The record indexed here is gone from here (unless it moved: then it is indexed elsewhere already).
      if (id !== undefined && !(record?.status === 'active' && record.id === id) && this.recordDocuments.get(id)?.position === position) this.forgetRecord(id);
      if (record?.status === 'active') this.indexRecord(record, position, authorsChanged);
    }
    if (authorsChanged.size > 0) {
      for (const document of this.recordDocuments.values()) {
        if (authorsChanged.has(document.sourceId)) this.indexRecord(library.records[document.position]!, document.position, authorsChanged);
      }
    }
    return this;
  }

  /** Indexes `record` at `position`, unless it is indexed already with the same text (and its source's authors did not change). */
  private indexRecord(record: SearchRecord, position: number, authorsChanged: ReadonlySet<string>): void {
    const old = this.recordDocuments.get(record.id);
    if (old && !authorsChanged.has(record.sourceId) && sameRecordText(old, record)) {
      if (old.position !== position) {
        this.placeRecord(record.id, old.position, position);
        old.position = position;
        this.records.retag(record.id, position);
      }
      return;
    }
    const document = recordDocument(record, this.sourceDocuments.get(record.sourceId)?.author ?? '', position);
    this.placeRecord(record.id, old?.position, position);
    this.recordDocuments.set(record.id, document);
    this.records.set(document, position);
    this.changeCount++;
  }

  private forgetRecord(id: string): void {
    this.changeCount++;
    const position = this.recordDocuments.get(id)?.position;
    if (position !== undefined && this.idAt[position] === id) this.idAt[position] = undefined;
    this.recordDocuments.delete(id);
    this.records.delete(id);
  }

  /** Notes that record `id` is at `to` now (and no longer at `from`). */
  private placeRecord(id: string, from: number | undefined, to: number): void {
    if (from !== undefined && this.idAt[from] === id) this.idAt[from] = undefined;
    this.idAt[to] = id;
  }

  /**
   * The active records matching every clause of `query` (see parse-search.ts), by id, each
   * with its relevance score (0 for records a clause like `kind:` lets through). An empty
   * query matches every record.
   */
  search(query: string): Map<string, number> {
    const { documents, scores } = this.find(query);
    return new Map(documents.map((document, i) => [document.id, scores[i]!]));
  }

  /**
   * Where the records matching `query` are in the records of the library last synced, in no
   * particular order: for a caller holding that library, without a map of ids (a common word
   * finds most of a large library, and a map of 100k ids costs more than the search).
   */
  positions(query: string): ArrayLike<number> {
    const clauses = parseSearch(query);
    // Words alone (the usual search box): which records, not how well; see `TermIndex.matchTags`.
    if (clauses.length > 0 && clauses.every((clause) => isTextClause(clause) && !clause.phrase)) {
      return this.records.matchTags(clauses.flatMap((clause) => wordQueries(clause, fieldsOf(clause))));
    }
    return this.find(query).documents.map((document) => document.position);
  }

  private find(query: string): Found<RecordDocument> {
    const clauses = parseSearch(query);
    const words = clauses.filter(isTextClause).flatMap((clause) => wordQueries(clause, fieldsOf(clause)));
    const tests = clauses.map((clause) => this.testFor(clause)).filter((test) => test !== undefined);
    const passes = (document: RecordDocument) => tests.every((test) => test(document));
    if (words.length === 0) {
      const documents = [...this.recordDocuments.values()].filter(passes);
      return { documents, scores: documents.map(() => 0) };
    }
    // Every text clause's words in one pass over the index; the other clauses then test what it found.
    const found = this.records.match(words, RECORD_BOOST);
    if (tests.length === 0) return found;
    const kept: Found<RecordDocument> = { documents: [], scores: [] };
    found.documents.forEach((document, i) => {
      if (!passes(document)) return;
      kept.documents.push(document);
      kept.scores.push(found.scores[i]!);
    });
    return kept;
  }

  /** What a clause asks of a record beyond its words being indexed: its kind, topic or source, or a phrase's word order. */
  private testFor(clause: SearchClause): ((document: RecordDocument) => boolean) | undefined {
    switch (clause.field) {
      case 'kind': {
        const kind = termsOf(clause.text).word;
        return (d) => d.kind.startsWith(kind);
      }
      case 'topic': {
        const topics = new Set(this.topics.filter((t) => matchesText(clause, `${t.id} ${t.label}`)).map((t) => t.id));
        return (d) => d.topics.split(' ').some((t) => topics.has(t));
      }
      case 'source': {
        const sources = new Set(this.matchSources(clause));
        return (d) => sources.has(d.sourceId);
      }
      default: {
        if (!clause.phrase) return undefined;
        const fields = fieldsOf(clause);
        const phrase = stemsIn(clause.text);
        return (d) => fields.some((field) => containsPhrase(stemsIn(d[field]), phrase));
      }
    }
  }

  private matchSources(clause: SearchClause): string[] {
    const { documents } = this.sourceIndex().match(wordQueries(clause, SOURCE_FIELDS), SOURCE_BOOST);
    const phrase = clause.phrase && stemsIn(clause.text);
    return documents.filter((document) => !phrase || SOURCE_FIELDS.some((field) => containsPhrase(stemsIn(document[field]), phrase))).map((document) => document.id);
  }

  private sourceIndex(): TermIndex<SourceTextField, SourceDocument> {
    if (!this.sources) {
      this.sources = new TermIndex<SourceTextField, SourceDocument>(SOURCE_FIELDS);
      for (const document of this.sourceDocuments.values()) this.sources.set(document);
    }
    return this.sources;
  }

  /** Brings the source index up to `sources`; returns the ids of sources whose authors changed (their records carry them). */
  private syncSources(sources: readonly SearchSource[]): Set<string> {
    const authorsChanged = new Set<string>();
    const seen = new Set<string>();
    for (const source of sources) {
      seen.add(source.id);
      const document = sourceDocument(source);
      const old = this.sourceDocuments.get(source.id);
      if (old && SOURCE_FIELDS.every((field) => old[field] === document[field])) continue;
      if (old && old.author !== document.author) authorsChanged.add(source.id);
      this.sourceDocuments.set(source.id, document);
      this.sources?.set(document);
    }
    for (const id of this.sourceDocuments.keys()) {
      if (seen.has(id)) continue;
      this.sourceDocuments.delete(id);
      this.sources?.delete(id);
    }
    return authorsChanged;
  }
}

/**
 * The words of a text clause, each to match in `fields`: a word matches a word that starts
 * with it as typed, or whose stem is its stem ("liaisons" → "liaison"). In a phrase the words
 * are whole words (stems only); their order is tested afterwards, on the text.
 */
function wordQueries<F extends string>(clause: SearchClause, fields: readonly F[]): WordQuery<F>[] {
  return wordsIn(clause.text).map((word) => ({ terms: termsOf(word), fields, wholeWords: clause.phrase }));
}

/** Whether a clause is about a record's own words (not a filter on its kind, topic or source). */
function isTextClause(clause: SearchClause): boolean {
  return clause.field !== 'kind' && clause.field !== 'topic' && clause.field !== 'source';
}

function fieldsOf(clause: SearchClause): RecordTextField[] {
  return (clause.field && FIELDS_BY_PREFIX[clause.field]) || RECORD_FIELDS;
}

/** Whether every word of the clause matches a word of `text` (as a prefix, or by stem), or as a phrase, in order. */
function matchesText(clause: SearchClause, text: string): boolean {
  const words = wordsIn(text).map(termsOf);
  const asked = wordsIn(clause.text).map(termsOf);
  if (clause.phrase) return containsPhrase(words.map((w) => w.stem), asked.map((w) => w.stem));
  return asked.every((q) => words.some((w) => w.word.startsWith(q.word) || w.stem === q.stem));
}

/** Whether `phrase` occurs in `stems` as a run of consecutive words. */
function containsPhrase(stems: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return true;
  outer: for (let i = 0; i + phrase.length <= stems.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (stems[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

function recordDocument(record: SearchRecord, author: string, position: number): RecordDocument {
  return {
    id: record.id,
    statement: record.statement,
    summary: record.summary,
    speaker: record.speaker,
    section: record.section,
    tags: record.tags.join(' '),
    addressees: record.addressees.join(' '),
    author,
    kind: record.kind,
    topics: record.topics.join(' '),
    sourceId: record.sourceId,
    position,
  };
}

/** Whether `record` still reads as `document` says (its source's authors are compared apart). */
function sameRecordText(document: RecordDocument, record: SearchRecord): boolean {
  return SAME_TEXT.every((field) => document[field] === record[field]) && SAME_LIST.every((field) => document[field] === record[field].join(' '));
}
const SAME_TEXT = ['statement', 'summary', 'speaker', 'section', 'kind', 'sourceId'] as const;
const SAME_LIST = ['tags', 'addressees', 'topics'] as const;

const NONE: ReadonlySet<string> = new Set();

/**
 * A saved index read back and imported into FlexSearch (most of the cost of taking it back,
 * and in need of no library), for `RecordSearch.restore`. Throws if the parts are not a whole
 * saved index.
 */
export class SavedRecordIndex {
  readonly imported: ImportedTermIndex<RecordTextField>;

  constructor(parts: Iterable<readonly [string, string]>) {
    let slots: string | undefined;
    const chunks: SavedTermIndex['chunks'] = {};
    for (const [name, text] of parts) {
      const [, field, key] = name.split(CHUNK);
      if (field && key) (chunks[field] ??= []).push([key, text]);
      else if (name === 'slots') slots = text;
    }
    if (slots === undefined) throw new Error('the saved index has no "slots"');
    this.imported = TermIndex.importSaved(RECORD_FIELDS, { ...(JSON.parse(slots) as Omit<SavedTermIndex, 'chunks'>), chunks });
  }
}

function sourceDocument(source: SearchSource): SourceDocument {
  return { id: source.id, title: source.title, publisher: source.publisher, dialogue: source.dialogue, author: source.authors.join(', '), text: source.text };
}
