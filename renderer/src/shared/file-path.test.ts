import { describe, expect, it } from 'vitest';
import { fileName, folderOf } from './file-path';

describe('fileName', () => {
  it('is the last part of a Windows or POSIX path', () => {
    expect(fileName('C:\\Reports\\annual.pdf')).toBe('annual.pdf');
    expect(fileName('/briefings/memo.pdf')).toBe('memo.pdf');
  });
});

describe('folderOf', () => {
  it('is the path without its last part, on Windows or POSIX', () => {
    expect(folderOf('C:\\Reports\\annual.pdf')).toBe('C:\\Reports');
    expect(folderOf('/briefings/memo.pdf')).toBe('/briefings');
    expect(folderOf('/briefings/other/memo.pdf')).not.toBe(folderOf('/briefings/memo.pdf'));
  });
});
