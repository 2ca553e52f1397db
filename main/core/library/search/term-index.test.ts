import { describe, expect, it } from 'vitest';
import { TermIndex } from './term-index';
import { termsOf, wordsIn } from './terms';

const ids = (found: { documents: Array<{ id: string }> }) => found.documents.map((document) => document.id);
const words = <F extends string>(text: string, fields: F[]) => wordsIn(text).map((word) => ({ terms: termsOf(word), fields }));

describe('TermIndex', () => {
  it('matches typed prefixes of three letters or more, and shorter words only whole', () => {
    const index = new TermIndex(['text']);
    index.set({ id: 'a', text: 'security cooperation' });
    index.set({ id: 'b', text: 'se' });
    expect(ids(index.match(words('sec', ['text'])))).toEqual(['a']);
    expect(ids(index.match(words('se', ['text'])))).toEqual(['b']);
  });

  it('keeps finding the right documents after most of them were replaced or deleted', () => {
    const index = new TermIndex(['title', 'text']);
    for (let i = 0; i < 100; i++) index.set({ id: `d${i}`, title: `title${i}`, text: i % 2 ? 'odd channel' : 'even channel' });
    for (let i = 0; i < 100; i += 2) index.set({ id: `d${i}`, title: `title${i}`, text: 'renamed' });
    for (let i = 1; i < 90; i += 2) index.delete(`d${i}`);
    const found = (query: string, fields: Array<'title' | 'text'> = ['text']) => ids(index.match(words(query, fields))).sort();
    expect(found('channel')).toEqual(['d91', 'd93', 'd95', 'd97', 'd99']);
    expect(found('renamed')).toHaveLength(50);
    expect(found('even')).toEqual([]);
    expect(found('title98')).toEqual([]);
    expect(found('title98', ['title'])).toEqual(['d98']);
    expect(index.size).toBe(55);
  });

  it('requires every word, in any of the fields asked', () => {
    const index = new TermIndex(['title', 'text']);
    index.set({ id: 'a', title: 'Arctic', text: 'liaison cell' });
    index.set({ id: 'b', title: 'Baltic', text: 'liaison' });
    expect(ids(index.match(words('arctic liaisons', ['title', 'text'])))).toEqual(['a']);
    expect(ids(index.match(words('arctic liaison', ['text'])))).toEqual([]);
  });
});
