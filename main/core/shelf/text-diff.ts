import { diffWords } from 'diff';
import type { TextDiffPart } from './staleness-report';

/**
 * Words are found by the platform's word segmenter rather than jsdiff's own pattern, which
 * knows Latin letters only and would split a Russian statement into single letters.
 */
let words: Intl.Segmenter | undefined;
/** Made on first use: making it loads the platform's word-break data, ~10 ms of every cold CLI export, which never diffs. */
const wordSegmenter = (): Intl.Segmenter => (words ??= new Intl.Segmenter(undefined, { granularity: 'word' }));

/**
 * When the words the two texts share make less than this share of each, the text was rewritten
 * rather than edited: a word diff would weave the old and new sentences together around a
 * stray "to" or full stop, so the old text is shown removed whole and the new one added.
 */
const REWRITTEN_BELOW = 1 / 3;

/**
 * How `before` became `after`, word by word: unchanged runs, and the words removed and added,
 * in reading order (a replaced run is its removed words then its added ones). Unchanged runs
 * carry the new text's spacing, so the new text reads back exactly and the old one word for word.
 */
export function wordDiff(before: string, after: string): TextDiffPart[] {
  const parts: TextDiffPart[] = diffWords(before, after, { intlSegmenter: wordSegmenter() }).map((part) => ({
    text: part.value,
    ...(part.removed ? { change: 'removed' as const } : part.added ? { change: 'added' as const } : {}),
  }));
  const shared = visibleLength(parts.filter((part) => !part.change).map((part) => part.text).join(''));
  if (shared < visibleLength(before) * REWRITTEN_BELOW && shared < visibleLength(after) * REWRITTEN_BELOW) {
    return [
      { text: before, change: 'removed' as const },
      { text: after, change: 'added' as const },
    ].filter((part) => part.text !== '');
  }
  return parts;
}

/** Characters other than whitespace: how much of a text a reader sees. */
function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}
