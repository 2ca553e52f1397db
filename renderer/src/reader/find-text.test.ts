import { describe, expect, it } from 'vitest';
import { findInPage, normalizeQuery, type TextRun } from './find-text';

const run = (str: string, top: number, hasEOL = false): TextRun => ({ str, top, hasEOL });

describe('normalizeQuery', () => {
  it('lowers case and collapses white space', () => {
    expect(normalizeQuery('  Military\tChannels \n')).toBe('military channels');
  });
});

describe('findInPage', () => {
  it('finds every occurrence regardless of case, in order, with its run and characters', () => {
    const runs = [run('Restore channels. Channels', 100, true), run('matter: CHANNELS.', 112)];
    expect(findInPage(runs, 'channels', 3)).toEqual([
      { page: 3, segments: [{ run: 0, start: 8, end: 16 }], top: 100 },
      { page: 3, segments: [{ run: 0, start: 18, end: 26 }], top: 100 },
      { page: 3, segments: [{ run: 1, start: 8, end: 16 }], top: 112 },
    ]);
  });

  it('finds a phrase broken over two lines or runs, and over runs of spaces', () => {
    const runs = [run('restore military-to-military', 100, true), run('channels   of   communication', 112)];
    expect(findInPage(runs, 'military channels', 1)).toEqual([
      {
        page: 1,
        segments: [
          { run: 0, start: 20, end: 28 },
          { run: 1, start: 0, end: 8 },
        ],
        top: 100,
      },
    ]);
    expect(findInPage(runs, 'channels of communication', 1)[0]!.segments).toEqual([{ run: 1, start: 0, end: 29 }]);
  });

  it('finds Cyrillic text and nothing for an empty query', () => {
    const runs = [run('Участники договорились продолжить диалог.', 40)];
    expect(findInPage(runs, 'ДИАЛОГ', 2)).toEqual([{ page: 2, segments: [{ run: 0, start: 34, end: 40 }], top: 40 }]);
    expect(findInPage(runs, '   ', 2)).toEqual([]);
  });
});
