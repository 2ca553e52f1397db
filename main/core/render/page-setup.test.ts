import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SETUP, resolvePageSetup } from './page-setup';

describe('resolvePageSetup', () => {
  it('starts from the defaults', () => {
    expect(resolvePageSetup({})).toEqual({
      pageSize: 'A4',
      orientation: 'portrait',
      margins: [64, 80, 64, 72],
      marking: '',
      watermark: '',
      headerText: '',
      footerText: '',
      toc: false,
      tocTitle: 'Contents',
      bookmarks: true,
      font: 'PT Serif',
      headingFont: 'PT Sans',
      fontSize: 10.5,
      logo: '',
      pdfa: false,
      flagOlderThanMonths: 0,
    });
  });

  it('lets the front matter override any key and leaves the defaults untouched', () => {
    const setup = resolvePageSetup({ pageSize: 'LETTER', toc: true, fontSize: 11 });
    expect(setup).toMatchObject({ pageSize: 'LETTER', toc: true, fontSize: 11, orientation: 'portrait' });
    setup.margins[0] = 1;
    expect(DEFAULT_PAGE_SETUP.margins[0]).toBe(64);
    expect(Object.isFrozen(DEFAULT_PAGE_SETUP)).toBe(true);
  });
});
