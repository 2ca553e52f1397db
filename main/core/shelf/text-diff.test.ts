import { describe, expect, it } from 'vitest';
import type { TextDiffPart } from './staleness-report';
import { wordDiff } from './text-diff';

/** The text a diff was made from (`removed` kept) or made into (`added` kept). */
function side(parts: readonly TextDiffPart[], dropped: 'added' | 'removed'): string {
  return parts.filter((part) => part.change !== dropped).map((part) => part.text).join('');
}

/** The words and punctuation of `text`, whatever the spacing between them. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}-]+|[^\s\p{L}\p{N}-]/gu) ?? [];
}

describe('wordDiff', () => {
  it('marks whole words removed and added, leaving the rest as it was', () => {
    expect(wordDiff('Restore regular channels.', 'Restore channels at once.')).toEqual([
      { text: 'Restore ' },
      { text: 'regular ', change: 'removed' },
      { text: 'channels ' },
      { text: 'at once', change: 'added' },
      { text: '.' },
    ]);
  });

  it('gives back the new text exactly, and every word of the old text in order', () => {
    const pairs: [string, string][] = [
      ['The sides should  restore\nchannels.', 'The sides must restore channels, now.'],
      ['Герасимов предложил диалог.', 'Gerasimov proposed a dialogue.'],
      ['', 'A note added since.'],
      ['A note removed since.', ''],
    ];
    for (const [before, after] of pairs) {
      const parts = wordDiff(before, after);
      expect(words(side(parts, 'added'))).toEqual(words(before));
      expect(side(parts, 'removed')).toBe(after);
    }
  });

  it('shows a rewritten text as the old removed and the new added, not woven together around the odd word they share', () => {
    const before = 'The U.S. and Russia bear a special responsibility to negotiate agreements.';
    const after = 'Restore military-to-military channels without delay.';
    expect(wordDiff(before, after)).toEqual([
      { text: before, change: 'removed' },
      { text: after, change: 'added' },
    ]);
  });

  it('is one unchanged run for the same text', () => {
    expect(wordDiff('Same words.', 'Same words.')).toEqual([{ text: 'Same words.' }]);
  });
});
