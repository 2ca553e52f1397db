import { describe, expect, it } from 'vitest';
import { buildTextIndex, normalizeText, wordsOf } from './text-search';

describe('text search', () => {
  const index = buildTextIndex([
    'The Elbe Group recommends resuming military-to-military contacts.',
    'NATO should restore the Russian liaison at SHAPE.',
    'Стратегическая стабильность и ёмкость диалога.',
    'Café diplomacy in Reykjavík.',
  ]);

  it('normalizes case, accents and ё', () => {
    expect(normalizeText('Ёмкость CAFÉ')).toBe('емкость cafe');
    expect(wordsOf('military-to-military, Military!')).toEqual(['military', 'to']);
  });

  it('matches every query word as a word prefix, in any order', () => {
    expect([...index.search('milit contacts')]).toEqual([0]);
    expect([...index.search('liaison nato')]).toEqual([1]);
    expect([...index.search('elbe liaison')]).toEqual([]);
  });

  it('finds Cyrillic and accented words without the accents', () => {
    expect([...index.search('стратегич')]).toEqual([2]);
    expect([...index.search('емкость')]).toEqual([2]);
    expect([...index.search('reykjavik cafe')]).toEqual([3]);
  });

  it('does not match inside words', () => {
    expect([...index.search('lbe')]).toEqual([]);
  });

  it('returns everything for an empty query', () => {
    expect(index.search('  ').size).toBe(4);
  });
});
