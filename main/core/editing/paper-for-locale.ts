// Shared with the window, whose paper field starts from the locale too.
import type { Paper } from '../model';

/** Regions whose paper is Letter; everywhere else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA']);

/**
 * The paper people use where `locale` says they are: Letter in the United States and Canada,
 * A4 elsewhere and when the locale names no region. Takes a BCP 47 tag (`en-US`, as Intl and
 * `navigator.language` give it) or a POSIX locale (`en_CA.UTF-8`, as LANG gives it).
 */
export function paperForLocale(locale: string | undefined): Paper {
  const tag = (locale ?? '').replace(/[.@].*$/, '').replace(/_/g, '-');
  let region: string | undefined;
  try {
    region = tag ? new Intl.Locale(tag).region : undefined;
  } catch {
    region = undefined; // "C", "POSIX" and other names that are no language tag: no region
  }
  return region && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}
