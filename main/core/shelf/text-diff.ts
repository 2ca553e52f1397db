import { diffWords } from 'diff';
import type { TextDiffPart } from './staleness-report';

/**
 * Words are found by the platform's word segmenter rather than jsdiff's own pattern, which
 * knows Latin letters only and would split a Russian statement into single letters.
 */
const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * How `before` became `after`, word by word: unchanged runs, and the words removed and added,
 * in reading order (a replaced run is its removed words then its added ones). Unchanged runs
 * carry the new text's spacing, so the new text reads back exactly and the old one word for word.
 */
export function wordDiff(before: string, after: string): TextDiffPart[] {
  return diffWords(before, after, { intlSegmenter: WORDS }).map((part) => ({
    text: part.value,
    ...(part.removed ? { change: 'removed' as const } : part.added ? { change: 'added' as const } : {}),
  }));
}
