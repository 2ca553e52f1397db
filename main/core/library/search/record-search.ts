/**
 * Full-text search over a library's active records, on MiniSearch (a maintained inverted index
 * with fields, boosts, prefix search and in-place updates).
 *
 * A record is found by its own words: statement, summary, speaker, section, tags, addressees,
 * and its source's authors. Its source's title, publisher and text are searched only when asked
 * (`source:`), so "channel" no longer finds every record of an article titled "...Channels...".
 * Terms are folded, stemmed and transliterated (see terms.ts); prefixes and phrases are parsed
 * by parse-search.ts.
 *
 * The index follows the library as it changes: `sync` compares the new library with what was
 * indexed and adds, replaces or discards only the records and sources that differ, so an edit
 * costs a comparison pass, not a rebuild.
 */
import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import type { Library, RecordItem, Source } from '../../model';
import { parseSearch, type SearchClause, type SearchField } from './parse-search';
import { indexTerms, stemsIn, termsOf, wordsIn } from './terms';

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
}

interface SourceDocument {
  id: string;
  title: string;
  publisher: string;
  dialogue: string;
  author: string;
  text: string;
}

/** A record a clause allows, and how well it matches (0 for filters). */
interface Match {
  id: string;
  score: number;
}

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
const SOURCE_FIELDS: Array<keyof SourceDocument> = ['title', 'publisher', 'dialogue', 'author', 'text'];
const SOURCE_BOOST = { title: 3, publisher: 2, dialogue: 2, author: 2 };

/**
 * Index options: the same words-to-terms for every field; nothing stored but ids (the
 * documents are kept here). Each field gives each word once: adding a term is most of the
 * build's time, and how often a word repeats within one statement says little about relevance.
 */
function indexOptions(fields: string[]) {
  return { fields, storeFields: [], tokenize: (text: string) => [...new Set(wordsIn(text))], processTerm: indexTerms };
}

/** Search options for terms already made by terms.ts (MiniSearch must not split or fold them again). */
const AS_GIVEN: SearchOptions = { tokenize: (text) => [text], processTerm: (term) => term };

export class RecordSearch {
  private readonly records = new MiniSearch<RecordDocument>(indexOptions(RECORD_FIELDS));
  private readonly sources = new MiniSearch<SourceDocument>(indexOptions(SOURCE_FIELDS));
  private readonly recordDocuments = new Map<string, RecordDocument>();
  private readonly sourceDocuments = new Map<string, SourceDocument>();
  /** The library's topics, as `topic:` matches them: id and label. */
  private topics: Library['topics'] = [];

  /** An index of `library`'s active records. */
  static build(library: Library): RecordSearch {
    return new RecordSearch().sync(library);
  }

  /** Brings the index up to `library`: adds, replaces and discards only what changed. Returns this index. */
  sync(library: Library): this {
    this.topics = library.topics;
    const authorsChanged = this.syncSources(library.sources);
    const seen = new Set<string>();
    const added: RecordDocument[] = [];
    const authors = new Map([...this.sourceDocuments.values()].map((s) => [s.id, s.author]));
    for (const record of library.records) {
      if (record.status !== 'active') continue;
      seen.add(record.id);
      const old = this.recordDocuments.get(record.id);
      if (old && !authorsChanged.has(record.sourceId) && sameRecordText(old, record)) continue;
      const document = recordDocument(record, authors.get(record.sourceId) ?? '');
      this.recordDocuments.set(record.id, document);
      if (old) this.records.replace(document);
      else added.push(document);
    }
    this.records.addAll(added);
    for (const id of this.recordDocuments.keys()) {
      if (seen.has(id)) continue;
      this.recordDocuments.delete(id);
      this.records.discard(id);
    }
    return this;
  }

  /**
   * The active records matching every clause of `query` (see parse-search.ts), by id, each
   * with its relevance score (0 for records a clause like `kind:` lets through). An empty
   * query matches every record.
   */
  search(query: string): Map<string, number> {
    const clauses = parseSearch(query);
    if (clauses.length === 0) return new Map([...this.recordDocuments.keys()].map((id) => [id, 0]));
    let found: Map<string, number> | undefined;
    for (const clause of clauses) {
      const next = new Map<string, number>();
      for (const { id, score } of this.matchClause(clause)) {
        const before = found ? found.get(id) : 0;
        if (before !== undefined) next.set(id, before + score);
      }
      found = next;
      if (found.size === 0) break;
    }
    return found!;
  }

  /** The records one clause allows, with their scores. */
  private matchClause(clause: SearchClause): Match[] {
    switch (clause.field) {
      case 'kind':
        return this.recordsWhere((d) => d.kind.startsWith(termsOf(clause.text).word));
      case 'topic': {
        const topics = new Set(this.topics.filter((t) => matchesText(clause, `${t.id} ${t.label}`)).map((t) => t.id));
        return this.recordsWhere((d) => d.topics.split(' ').some((t) => topics.has(t)));
      }
      case 'source': {
        const sources = new Set(this.matchSources(clause));
        return this.recordsWhere((d) => sources.has(d.sourceId));
      }
      default: {
        const matches = this.records.search(this.recordQuery(clause)) as Match[];
        if (!clause.phrase) return matches;
        const fields = fieldsOf(clause);
        const phrase = stemsIn(clause.text);
        return matches.filter(({ id }) => fields.some((field) => containsPhrase(stemsIn(this.recordDocuments.get(id)![field]), phrase)));
      }
    }
  }

  private recordQuery(clause: SearchClause): Query {
    return textQuery(clause, { fields: fieldsOf(clause), boost: RECORD_BOOST });
  }

  private matchSources(clause: SearchClause): string[] {
    const ids = this.sources.search(textQuery(clause, { fields: SOURCE_FIELDS, boost: SOURCE_BOOST })).map((r) => r.id as string);
    if (!clause.phrase) return ids;
    const phrase = stemsIn(clause.text);
    return ids.filter((id) => SOURCE_FIELDS.some((field) => containsPhrase(stemsIn(this.sourceDocuments.get(id)![field]), phrase)));
  }

  private recordsWhere(test: (document: RecordDocument) => boolean): Match[] {
    const matches: Match[] = [];
    for (const document of this.recordDocuments.values()) if (test(document)) matches.push({ id: document.id, score: 0 });
    return matches;
  }

  /** Brings the source index up to `sources`; returns the ids of sources whose authors changed (their records carry them). */
  private syncSources(sources: readonly Source[]): Set<string> {
    const authorsChanged = new Set<string>();
    const seen = new Set<string>();
    for (const source of sources) {
      seen.add(source.id);
      const document = sourceDocument(source);
      const old = this.sourceDocuments.get(source.id);
      if (old && SOURCE_FIELDS.every((field) => old[field] === document[field])) continue;
      if (old?.author !== document.author) authorsChanged.add(source.id);
      this.sourceDocuments.set(source.id, document);
      if (old) this.sources.replace(document);
      else this.sources.add(document);
    }
    for (const id of this.sourceDocuments.keys()) {
      if (seen.has(id)) continue;
      this.sourceDocuments.delete(id);
      this.sources.discard(id);
    }
    return authorsChanged;
  }
}

/**
 * The MiniSearch query for a clause: every word must match (AND). A word matches a term that
 * starts with it as typed, or whose stem is its stem ("liaisons" → "liaison"). In a phrase the
 * words are whole words (stems only); the order is checked afterwards, on the text.
 */
function textQuery(clause: SearchClause, options: SearchOptions): Query {
  const words = wordsIn(clause.text).map(termsOf);
  const queries: Query[] = words.map(({ word, stem }) =>
    clause.phrase ? { ...AS_GIVEN, ...options, queries: [stem] } : { ...AS_GIVEN, ...options, combineWith: 'OR', queries: [{ ...AS_GIVEN, ...options, prefix: true, queries: [word] }, stem] },
  );
  return { ...AS_GIVEN, ...options, combineWith: 'AND', queries };
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

function recordDocument(record: RecordItem, author: string): RecordDocument {
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
  };
}

/** Whether `record` still reads as `document` says (its source's authors are compared apart). */
function sameRecordText(document: RecordDocument, record: RecordItem): boolean {
  return (
    document.statement === record.statement &&
    document.summary === record.summary &&
    document.speaker === record.speaker &&
    document.section === record.section &&
    document.kind === record.kind &&
    document.sourceId === record.sourceId &&
    document.tags === record.tags.join(' ') &&
    document.addressees === record.addressees.join(' ') &&
    document.topics === record.topics.join(' ')
  );
}

function sourceDocument(source: Source): SourceDocument {
  return { id: source.id, title: source.title, publisher: source.publisher, dialogue: source.dialogue, author: source.authors.join(', '), text: source.text };
}
