import { describe, expect, it } from 'vitest';
import { locatePassage, trimLocation } from './locate-passage';

const TEXT = 'The group said that the sides “should restore\nmilitary channels”. It added that the sides should talk.';

describe('locatePassage', () => {
  it('finds the exact words', () => {
    const found = locatePassage(TEXT, 'It added that the sides should talk.');
    expect(found).toEqual({ found: { start: TEXT.indexOf('It added'), end: TEXT.length } });
  });

  it('matches typed spacing, quotation marks and dashes loosely, and returns the source’s own characters', () => {
    const search = locatePassage(TEXT, 'the sides "should restore military channels"');
    expect('found' in search).toBe(true);
    if (!('found' in search)) return;
    expect(TEXT.slice(search.found.start, search.found.end)).toBe('the sides “should restore\nmilitary channels”');
  });

  it('refuses words that are not in the text, blank passages, and passages found twice', () => {
    expect(locatePassage(TEXT, 'the sides should disarm')).toEqual({ problem: 'not-found' });
    expect(locatePassage(TEXT, '  … ')).toEqual({ problem: 'blank' });
    expect(locatePassage(TEXT, 'the sides')).toEqual({ problem: 'ambiguous', count: 2 });
  });

  it('picks the occurrence nearest a given place when asked', () => {
    const second = TEXT.lastIndexOf('the sides');
    expect(locatePassage(TEXT, 'the sides', second - 3)).toEqual({ found: { start: second, end: second + 'the sides'.length } });
  });

  it('treats regular-expression characters in the passage as text', () => {
    expect(locatePassage('Costs (in $) rose [sharply].', 'Costs (in $) rose [sharply].')).toEqual({ found: { start: 0, end: 28 } });
    expect(locatePassage('Costs (in $) rose  [sharply].', 'Costs (in $) rose [sharply].')).toEqual({ found: { start: 0, end: 29 } });
  });
});

describe('trimLocation', () => {
  it('drops whitespace at the edges of a selection, in either direction', () => {
    const text = 'One.  Two words.\n';
    expect(trimLocation(text, 4, text.length)).toEqual({ start: 6, end: 16 });
    expect(trimLocation(text, text.length, 4)).toEqual({ start: 6, end: 16 });
  });

  it('is undefined for a selection without words', () => {
    expect(trimLocation('One. . Two', 4, 7)).toBeUndefined();
  });
});
