import { describe, expect, it } from 'vitest';
import { formatBytes, sizeAgainstLimit } from './byte-size';

const MB = 1024 * 1024;

describe('formatBytes', () => {
  it('says bytes, KB, MB and GB with at most one decimal, and no trailing zeros', () => {
    expect([1, 512, 2048, 1536, 73.4 * MB, 50 * MB, 3 * 1024 * MB].map((n) => formatBytes(n))).toEqual([
      '1 byte',
      '512 bytes',
      '2 KB',
      '1.5 KB',
      '73.4 MB',
      '50 MB',
      '3 GB',
    ]);
  });
});

describe('sizeAgainstLimit', () => {
  it('says the actual size and the limit', () => {
    expect(sizeAgainstLimit(Math.round(73.4 * MB), 50 * MB)).toBe('is 73.4 MB; the limit is 50 MB');
    expect(sizeAgainstLimit(2048, 1024)).toBe('is 2 KB; the limit is 1 KB');
  });

  it('never shows a size just over the limit as the limit itself', () => {
    expect(sizeAgainstLimit(50 * MB + 20 * 1024, 50 * MB)).toBe('is 50.02 MB; the limit is 50 MB');
    expect(sizeAgainstLimit(50 * MB + 1, 50 * MB)).toBe('is 52,428,801 bytes; the limit is 52,428,800 bytes (50 MB)');
  });
});
