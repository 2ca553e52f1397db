import { describe, expect, it } from 'vitest';
import { nestedInDoubleQuotes, quotedPassage, typographicQuotes } from './quotation';

describe('quotation marks', () => {
  it('makes straight quotation marks and apostrophes typographic', () => {
    expect(typographicQuotes(`They said "no" to 'Track 2' talks, and won't.`)).toBe('They said “no” to ‘Track 2’ talks, and won’t.');
    expect(typographicQuotes('Already “typographic” and ‘so’.')).toBe('Already “typographic” and ‘so’.');
  });

  it('nests a title’s own quotation marks as single ones inside double ones', () => {
    expect(nestedInDoubleQuotes("'Track 2' Talks")).toBe('‘Track 2’ Talks');
    expect(nestedInDoubleQuotes('The “Elbe” Group')).toBe('The ‘Elbe’ Group');
  });

  it('marks a passage that starts or ends inside a sentence of its source with an ellipsis', () => {
    const text = 'They argued that obstacles “should be reduced” and that talks matter.\nA whole line.';
    const at = (passage: string) => ({ start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });
    expect(quotedPassage('obstacles “should be reduced”', text, at('obstacles “should be reduced”'))).toBe('…obstacles “should be reduced”…');
    expect(quotedPassage('They argued that obstacles', text, at('They argued that obstacles'))).toBe('They argued that obstacles…');
    expect(quotedPassage('A whole line.', text, at('A whole line.'))).toBe('A whole line.');
    expect(quotedPassage('and that talks matter.', text, at('and that talks matter.'))).toBe('…and that talks matter.');
  });
});
