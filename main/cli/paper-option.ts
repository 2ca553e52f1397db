import { paperForLocale } from '../core/editing/paper-for-locale';
import { Paper } from '../core/model';
import { UsageError } from './errors';

/**
 * The paper `--paper` names, or the system's: the POSIX locale variables in their order of
 * precedence (LC_ALL, LC_PAPER, LANG), else the locale Intl reports.
 */
export function paperOption(given: string | undefined, env: NodeJS.ProcessEnv = process.env): Paper {
  if (given !== undefined) {
    const parsed = Paper.safeParse(given.toLowerCase());
    if (!parsed.success) throw new UsageError(`--paper "${given}" is not a paper Briefbook lays out; use --paper letter or --paper a4`);
    return parsed.data;
  }
  const posix = [env.LC_ALL, env.LC_PAPER, env.LANG].find((value) => value);
  return paperForLocale(posix ?? Intl.DateTimeFormat().resolvedOptions().locale);
}
