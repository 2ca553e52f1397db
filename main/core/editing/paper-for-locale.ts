// Shared by the command line and the app's main process, so both lay a briefing out on the same
// paper on one machine.
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

/**
 * The system's paper: the POSIX locale variables in their order of precedence (LC_ALL,
 * LC_PAPER, LANG), else `fallbackLocale` (the app passes the operating system's locale, which a
 * program started from the macOS Finder or Windows has instead), else the locale Intl reports.
 */
export function systemPaper(env: NodeJS.ProcessEnv = process.env, fallbackLocale?: string): Paper {
  const posix = [env.LC_ALL, env.LC_PAPER, env.LANG].find((value) => value);
  return paperForLocale(posix ?? (fallbackLocale || Intl.DateTimeFormat().resolvedOptions().locale));
}
