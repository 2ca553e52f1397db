import { describe, expect, it } from 'vitest';
import { recordIdOfLink, recordLink } from './record-link';

describe('recordLink', () => {
  it('points at the source address, the record named in the fragment, or at the record alone', () => {
    expect(recordLink('eln-2021-14', 'https://example.org/commentary#top')).toBe('https://example.org/commentary#briefbook-record=eln-2021-14');
    expect(recordLink('elbe-2019-27', '')).toBe('briefbook:record/elbe-2019-27');
    expect(recordLink('elbe-2019-27', 'file:///etc/passwd')).toBe('briefbook:record/elbe-2019-27');
  });

  it('reads the record back from either form, and nothing from other links', () => {
    expect(recordIdOfLink('https://example.org/commentary#briefbook-record=eln-2021-14')).toBe('eln-2021-14');
    expect(recordIdOfLink('briefbook:record/elbe-2019-27')).toBe('elbe-2019-27');
    expect(recordIdOfLink('https://example.org/commentary')).toBeUndefined();
    expect(recordIdOfLink('briefbook:record/../x')).toBeUndefined();
  });
});
