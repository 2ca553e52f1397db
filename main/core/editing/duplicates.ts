import type { Library, RecordItem } from '../model';

/** Words per shingle: runs of three words tell a restatement from two texts that share vocabulary. */
const SHINGLE_WORDS = 3;
/** Share of the shorter text's shingles that must recur in the other for the two to overlap heavily. */
const MIN_CONTAINMENT = 0.8;
/** The shorter text must be at least this share of the longer: a short phrase inside a long paragraph is not a duplicate. */
const MIN_LENGTH_RATIO = 0.5;

/** An existing record that a statement repeats. */
export interface DuplicateMatch {
  recordId: string;
  sourceId: string;
  statement: string;
  /** `same`: identical once normalized; `overlap`: most of one is in the other. */
  match: 'same' | 'overlap';
}

/** Shingle sets of the active records, with an inverted index from shingle to records. */
interface DuplicateIndex {
  records: RecordItem[];
  normalized: string[];
  shingleCounts: number[];
  byShingle: Map<string, number[]>;
}

// The store replaces the Library object on every change, so identity is a safe cache key.
const indexes = new WeakMap<Library, DuplicateIndex>();

/**
 * The active record of `library` that `statement` repeats, if any: the same text once
 * normalized (case, punctuation, quotation marks and spacing do not count), or heavily
 * overlapping text (see MIN_CONTAINMENT and MIN_LENGTH_RATIO). The best match is returned.
 */
export function findDuplicate(library: Library, statement: string): DuplicateMatch | undefined {
  const index = indexFor(library);
  const normalized = normalizeStatement(statement);
  if (!normalized) return undefined;
  const shingles = shinglesOf(normalized);
  const shared = new Map<number, number>();
  for (const shingle of shingles) {
    for (const position of index.byShingle.get(shingle) ?? []) shared.set(position, (shared.get(position) ?? 0) + 1);
  }
  let best: { position: number; score: number; same: boolean } | undefined;
  for (const [position, count] of shared) {
    const same = index.normalized[position] === normalized;
    const other = index.shingleCounts[position]!;
    const [shorter, longer] = shingles.size < other ? [shingles.size, other] : [other, shingles.size];
    const containment = count / shorter;
    if (!same && (containment < MIN_CONTAINMENT || shorter / longer < MIN_LENGTH_RATIO)) continue;
    const score = same ? 2 : containment;
    if (!best || score > best.score) best = { position, score, same };
  }
  if (!best) return undefined;
  const record = index.records[best.position]!;
  return { recordId: record.id, sourceId: record.sourceId, statement: record.statement, match: best.same ? 'same' : 'overlap' };
}

/** Lowercase words only: quotation marks, punctuation, case and spacing differ between copies of one text. */
export function normalizeStatement(text: string): string {
  return (text.normalize('NFKC').toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function indexFor(library: Library): DuplicateIndex {
  let index = indexes.get(library);
  if (!index) {
    const records = library.records.filter((r) => r.status === 'active');
    const normalized = records.map((r) => normalizeStatement(r.statement));
    const byShingle = new Map<string, number[]>();
    const shingleCounts = normalized.map((text, position) => {
      const shingles = shinglesOf(text);
      for (const shingle of shingles) {
        const positions = byShingle.get(shingle);
        if (positions) positions.push(position);
        else byShingle.set(shingle, [position]);
      }
      return shingles.size;
    });
    index = { records, normalized, shingleCounts, byShingle };
    indexes.set(library, index);
  }
  return index;
}

/** Every run of SHINGLE_WORDS words; a shorter text is one shingle of its own. */
function shinglesOf(normalized: string): Set<string> {
  const words = normalized.split(' ');
  if (words.length <= SHINGLE_WORDS) return new Set([normalized]);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return shingles;
}
