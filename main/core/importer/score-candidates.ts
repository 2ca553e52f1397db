import type { Span } from './document';

/** How well proposed passages agree with an answer key. */
export interface CandidateScore {
  expected: number;
  proposed: number;
  matched: number;
  precision: number;
  recall: number;
  /** Pairs `[proposed index, expected index]` of the one-to-one matching. */
  pairs: [number, number][];
}

/** Share of the shorter passage two passages must have in common to count as the same record. */
export const MIN_OVERLAP = 0.5;

/** Characters `a` and `b` share, divided by the length of the shorter one. */
export function overlapRatio(a: Span, b: Span): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared <= 0 ? 0 : shared / Math.min(a.end - a.start, b.end - b.start);
}

/**
 * Scores proposed passages against expected ones, matched one to one.
 *
 * A proposal matches an expected passage when they overlap by at least `minOverlap` of the
 * shorter; among all such pairs the largest one-to-one matching is taken (augmenting paths), so a
 * sentence that covers two records counts for one of them only. Precision is matched/proposed,
 * recall matched/expected; an empty side scores 1.
 */
export function scoreCandidates(proposed: readonly Span[], expected: readonly Span[], minOverlap = MIN_OVERLAP): CandidateScore {
  const edges = proposed.map((p) =>
    expected.flatMap((e, j) => (overlapRatio(p, e) >= minOverlap ? [j] : [])).sort(
      (x, y) => overlapRatio(p, expected[y]!) - overlapRatio(p, expected[x]!),
    ),
  );
  const owner = new Array<number>(expected.length).fill(-1);
  const augment = (i: number, seen: Set<number>): boolean => {
    for (const j of edges[i]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (owner[j]! < 0 || augment(owner[j]!, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  proposed.forEach((_, i) => augment(i, new Set()));
  const pairs = owner.flatMap((i, j) => (i >= 0 ? [[i, j] as [number, number]] : [])).sort((a, b) => a[0] - b[0]);
  const matched = pairs.length;
  return {
    expected: expected.length,
    proposed: proposed.length,
    matched,
    precision: proposed.length ? matched / proposed.length : 1,
    recall: expected.length ? matched / expected.length : 1,
    pairs,
  };
}
