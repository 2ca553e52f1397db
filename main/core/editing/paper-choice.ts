import type { PageSetup, Paper } from '../model';

/** The papers a template's front matter can name (pdfmake's names). */
export type PageSize = NonNullable<PageSetup['pageSize']>;

/** What decides the paper a briefing is printed on. */
export interface PaperInputs {
  /** The paper the analyst picked for this briefing; empty or left out: none. */
  chosen?: Paper | '';
  /** The paper the template's front matter names; left out when it names none. */
  named?: PageSize;
  /** The paper of the analyst's region: Letter in the US and Canada, A4 elsewhere (`systemPaper`). */
  locale: Paper;
}

const PAGE_SIZES: Record<Paper, PageSize> = { a4: 'A4', letter: 'LETTER' };

/**
 * The paper a briefing is printed on. A template made for Legal or A5 keeps it (its layout is
 * made for that paper, and the analyst picks only between A4 and Letter); otherwise the paper
 * the analyst picked for this briefing; else the one the template names, as its designer set it
 * in the studio's Page setup; else, for a template that names none, the paper of the analyst's
 * region.
 */
export function printedPaper({ chosen, named, locale }: PaperInputs): PageSize {
  if (named === 'LEGAL' || named === 'A5') return named;
  if (chosen) return PAGE_SIZES[chosen];
  return named ?? PAGE_SIZES[locale];
}

/** {@link printedPaper} as the briefing model's `paper` holds it: `a4` or `letter`, empty for Legal or A5. */
export function printedModelPaper(inputs: PaperInputs): Paper | '' {
  const size = printedPaper(inputs);
  return size === 'A4' ? 'a4' : size === 'LETTER' ? 'letter' : '';
}
