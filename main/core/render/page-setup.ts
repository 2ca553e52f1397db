import type { PageSetup } from '../model';

/** A page setup with every field filled in: the template's front matter over the defaults. */
export type ResolvedPageSetup = Required<PageSetup>;

/**
 * The defaults every template starts from; the one place they live.
 *
 * Margins are [left, top, right, bottom] in points: the top and bottom ones leave room for the
 * handling-marking banners, the running header/footer text and "Page X of Y".
 * An empty `marking` means "use the briefing's marking"; an empty `watermark` means none
 * (a draft briefing is still watermarked "DRAFT"); an empty `logo` means none.
 */
export const DEFAULT_PAGE_SETUP: Readonly<ResolvedPageSetup> = Object.freeze({
  pageSize: 'A4',
  orientation: 'portrait',
  margins: Object.freeze([64, 80, 64, 72]) as ResolvedPageSetup['margins'],
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

/** Fills in what a template's front matter leaves out from {@link DEFAULT_PAGE_SETUP}. */
export function resolvePageSetup(setup: PageSetup): ResolvedPageSetup {
  const given = Object.fromEntries(Object.entries(setup).filter(([, value]) => value !== undefined));
  const resolved = { ...DEFAULT_PAGE_SETUP, ...given } as ResolvedPageSetup;
  // A fresh array, so that no caller can reach the frozen default through the result.
  resolved.margins = [...resolved.margins];
  return resolved;
}
