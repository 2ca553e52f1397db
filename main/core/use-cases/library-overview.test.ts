import { describe, expect, it } from 'vitest';
import { inHome } from './library-overview';

describe('inHome', () => {
  it('writes a file inside the home folder as ~/…, and any other as it is', () => {
    expect(inHome('/home/ana/.config/Briefbook/library.json', '/home/ana')).toBe('~/.config/Briefbook/library.json');
    expect(inHome('/home/anabel/library.json', '/home/ana')).toBe('/home/anabel/library.json');
    expect(inHome('/srv/shared/library.json', '/home/ana')).toBe('/srv/shared/library.json');
    expect(inHome('/home/ana', '/home/ana')).toBe('/home/ana');
    expect(inHome('/home/ana/library.json', '')).toBe('/home/ana/library.json');
  });
});
