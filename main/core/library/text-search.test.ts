import { describe, expect, it } from 'vitest';
import { buildTextIndex, wordsOf } from './text-search';

describe('text search', () => {
  const index = buildTextIndex([
    'The Elbe Group recommends resuming military-to-military contacts.',
    'NATO should restore the Russian liaison at SHAPE.',
    'Стратегическая стабильность и ёмкость диалога.',
    'Café diplomacy in Reykjavík.',
  ]);

  it('normalizes case, accents and ё', () => {
    expect(wordsOf('Ёмкость CAFÉ')).toEqual(['емкость', 'cafe']);
    expect(wordsOf('military-to-military, Military!')).toEqual(['military', 'to']);
  });

  it('splits words exactly as the definition does: fold, drop combining marks, match letters and digits', () => {
    const definition = (text: string) => [...new Set(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
    const samples = [
      'Cafe\u0301 de\u0301ja\u0300 vu', // decomposed accents inside words
      '\u0301leading mark, trailing mark\u0301 .\u0301. a\u0301\u0301b',
      'Йошкар-Ола, ёлка, ЁЖ, Ўзбек',
      'ﬁnance ＦＵＬＬＷＩＤＴＨ ½ ² ™ № ℃ ⅻ',
      'ΟΔΟΣ ΟΔΟΣ. σοφός',
      '𝐌𝐚𝐭𝐡 bold 𝟙𝟚 and 😀 emoji and a lone \ud800 surrogate',
      'İstanbul ß ẞ Œuvre',
      'tabs\tand\nnewlines\u00a0nbsp\u2019apostrophe’s',
      '中文字符 العربية हिन्दी',
    ];
    for (const sample of samples) expect(wordsOf(sample), sample).toEqual(definition(sample));
  });

  it('matches every query word as a word prefix, in any order', () => {
    expect(index.search('milit contacts')).toEqual([0]);
    expect(index.search('liaison nato')).toEqual([1]);
    expect(index.search('elbe liaison')).toEqual([]);
  });

  it('finds Cyrillic and accented words without the accents', () => {
    expect(index.search('стратегич')).toEqual([2]);
    expect(index.search('емкость')).toEqual([2]);
    expect(index.search('reykjavik cafe')).toEqual([3]);
  });

  it('does not match inside words', () => {
    expect(index.search('lbe')).toEqual([]);
  });

  it('returns everything for an empty query', () => {
    expect(index.search('  ')).toEqual([0, 1, 2, 3]);
  });
});
