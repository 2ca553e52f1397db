import type { Library, RecordItem } from '../model';
import { contentStems } from './stems';
import { linkKey } from './link-key';

/** A pair of records from different sources that may call for the same thing. */
export interface PositionSuggestion {
  /** The two records, in library order. */
  recordIds: [string, string];
  /** 0–1: mostly how alike their words are, then shared topics and addressees. */
  score: number;
  /** Cosine similarity of the stemmed statements and summaries, 0–1. */
  textSimilarity: number;
  /** Topics both records carry. */
  sharedTopics: string[];
  /** Addressees both records name (as the first record spells them). */
  sharedAddressees: string[];
  /** Each record is the other's closest match among the suggestions. */
  mutualBest?: boolean;
  /** When one record is already in a position, confirming adds the other record to it. */
  positionId?: string;
}

export interface SuggestOptions {
  /** Suggestions scoring below this are left out. */
  minScore?: number;
  /** Only pairs that include this record (the "Same position elsewhere" panel of one record). */
  recordId?: string;
  /** At most this many, best first. */
  limit?: number;
}

/**
 * Weights of the score. Text dominates: two records on one topic addressed to the same
 * governments are common and say nothing about calling for the same thing.
 */
const TEXT_WEIGHT = 0.7;
const TOPIC_WEIGHT = 0.2;
const ADDRESSEE_WEIGHT = 0.1;
/** Below this text similarity, shared topics and addressees never make a suggestion. */
export const MIN_TEXT_SIMILARITY = 0.12;
/** Added to the score of a pair whose records are each other's best match. */
const MUTUAL_BEST_BONUS = 0.1;
/** The default cut-off of `score`, chosen on the default library (see suggest-positions.test.ts). */
export const DEFAULT_MIN_SCORE = 0.22;

/**
 * Suggests records from different sources that may call for the same thing, best first.
 *
 * Each active recommendation and proposal is read as the stems of its statement and summary (English and Russian
 * Snowball stemmers), weighted by TF-IDF over the library's records so that words every record
 * uses ("NATO", "Russia") count for little and rare ones ("liaison", "hypersonic") for much.
 * The score adds shared topics and addressees, but a pair whose words are not alike enough is
 * never suggested, however many topics it shares; pairs of mutual best matches rank higher
 * (see `boostMutualBest`). Pairs already in one position, pairs the
 * analyst rejected, and pairs whose records are each in a different position are left out.
 */
export function suggestPositions(library: Library, options: SuggestOptions = {}): PositionSuggestion[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const liveSources = new Set(library.sources.map((s) => s.id));
  const records = library.records.filter((r) => r.status === 'active' && liveSources.has(r.sourceId) && callsForSomething(r));
  const vectors = tfidfVectors(records.map((r) => contentStems(`${r.statement} ${r.summary}`)));
  const positionOf = new Map(library.positions.flatMap((p) => p.members.map((m) => [m.recordId, p.id] as const)));
  const rejected = new Set(library.rejectedLinks.map((link) => linkKey(...link.recordIds)));

  const candidates: PositionSuggestion[] = [];
  for (const [i, j, textSimilarity] of similarPairs(vectors)) {
    const a = records[i]!;
    const b = records[j]!;
    if (a.sourceId === b.sourceId || textSimilarity < MIN_TEXT_SIMILARITY) continue;
    const inA = positionOf.get(a.id);
    const inB = positionOf.get(b.id);
    if ((inA !== undefined && inB !== undefined) || rejected.has(linkKey(a.id, b.id))) continue;
    const suggestion = scorePair(a, b, textSimilarity);
    const positionId = inA ?? inB;
    candidates.push(positionId === undefined ? suggestion : { ...suggestion, positionId });
  }
  const suggestions = boostMutualBest(candidates)
    .filter((s) => s.score >= minScore)
    .filter((s) => options.recordId === undefined || s.recordIds.includes(options.recordId))
    .sort((x, y) => y.score - x.score || x.recordIds.join().localeCompare(y.recordIds.join()));
  return options.limit === undefined ? suggestions : suggestions.slice(0, options.limit);
}

/**
 * Raises the pairs in which each record is the other's closest match. Two records that call for
 * the same thing usually are; a record merely near several others (a broad call for "more
 * contacts") is each one's second best at most.
 */
function boostMutualBest(candidates: readonly PositionSuggestion[]): PositionSuggestion[] {
  const best = new Map<string, number>();
  for (const candidate of candidates) {
    for (const id of candidate.recordIds) best.set(id, Math.max(best.get(id) ?? 0, candidate.score));
  }
  return candidates.map((candidate) => {
    const mutual = candidate.recordIds.every((id) => best.get(id) === candidate.score);
    return mutual ? { ...candidate, score: round(candidate.score + MUTUAL_BEST_BONUS), mutualBest: true } : candidate;
  });
}

/**
 * Every pair of documents sharing a term, with its cosine similarity: `[i, j, similarity]`
 * with i < j. Walks an inverted index, so records with no word in common cost nothing.
 */
function similarPairs(vectors: readonly Vector[]): [number, number, number][] {
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((vector, index) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term);
      if (list) list.push([index, weight]);
      else postings.set(term, [[index, weight]]);
    }
  });
  const pairs: [number, number, number][] = [];
  vectors.forEach((vector, i) => {
    const dots = new Map<number, number>();
    for (const [term, weight] of vector) {
      for (const [j, other] of postings.get(term)!) if (j > i) dots.set(j, (dots.get(j) ?? 0) + weight * other);
    }
    for (const [j, dot] of dots) pairs.push([i, j, dot]);
  });
  return pairs;
}

/**
 * Recommendations and proposals call for something; findings and concerns describe the world,
 * so two alike findings are not a shared position.
 */
function callsForSomething(record: RecordItem): boolean {
  return record.kind === 'recommendation' || record.kind === 'proposal';
}

function scorePair(a: RecordItem, b: RecordItem, textSimilarity: number): PositionSuggestion {
  const sharedTopics = a.topics.filter((t) => b.topics.includes(t));
  const addresseesOfB = new Set(b.addressees.map(normalizeAddressee));
  const sharedAddressees = a.addressees.filter((name) => addresseesOfB.has(normalizeAddressee(name)));
  const score =
    TEXT_WEIGHT * textSimilarity +
    TOPIC_WEIGHT * jaccard(a.topics.length, b.topics.length, sharedTopics.length) +
    ADDRESSEE_WEIGHT * jaccard(a.addressees.length, b.addressees.length, sharedAddressees.length);
  return { recordIds: [a.id, b.id], score: round(score), textSimilarity: round(textSimilarity), sharedTopics, sharedAddressees };
}

type Vector = Map<string, number>;

/** TF-IDF vectors of tokenized documents, each scaled to length 1. */
function tfidfVectors(documents: readonly string[][]): Vector[] {
  const documentFrequency = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const count = documents.length;
  return documents.map((terms) => {
    const vector: Vector = new Map();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    let norm = 0;
    for (const [term, frequency] of vector) {
      // Smoothed IDF: a term in every record still counts a little.
      const weight = frequency * Math.log(1 + count / documentFrequency.get(term)!);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

function jaccard(sizeA: number, sizeB: number, shared: number): number {
  const union = sizeA + sizeB - shared;
  return union === 0 ? 0 : shared / union;
}

function normalizeAddressee(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
