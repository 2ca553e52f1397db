import { Paper } from '../core/model';
import { UsageError } from './errors';

/**
 * The paper `--paper` names, as the briefing's own; left out: none, so the template's paper
 * applies, or, when the template names none, the system's (`systemPaper`).
 */
export function paperOption(given: string | undefined): Paper | undefined {
  if (given === undefined) return undefined;
  const parsed = Paper.safeParse(given.toLowerCase());
  if (!parsed.success) throw new UsageError(`--paper "${given}" is not a paper Briefbook lays out; use --paper letter or --paper a4`);
  return parsed.data;
}
