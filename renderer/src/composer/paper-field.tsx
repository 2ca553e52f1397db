import { useEffect, useState } from 'react';
import type { Briefing, TemplateListing } from '../../../main/api';
import type { Paper } from '../../../main/api';
import { printedPaper, type PageSize } from '../../../main/core/editing/paper-choice';
import { call } from '../api';

const PAPER_NAMES: Record<PageSize, string> = { A4: 'A4', LETTER: 'Letter', LEGAL: 'Legal', A5: 'A5' };

interface PaperFieldProps {
  /** The paper picked for this briefing; undefined: none, so the template's applies. */
  paper: Briefing['paper'];
  /** The briefing's template as listed; undefined while the list loads or when it is missing. */
  template?: TemplateListing;
  onChange(paper: Paper | undefined): void;
}

/**
 * The briefing's paper: "As template" (the paper the template names, else the analyst's
 * region's, as main lays it out), or A4 or Letter picked for this briefing alone.
 */
export function PaperField({ paper, template, onChange }: PaperFieldProps) {
  const region = useRegionPaper();
  const named = template?.namedPaper;
  // A template made for Legal or A5 prints on it whatever is picked for the briefing.
  const fixed = named === 'LEGAL' || named === 'A5';
  const printed = named ?? (region && printedPaper({ locale: region }));
  // Kept short for narrow windows; where the paper comes from is said on hover.
  const asTemplate = printed ? `As template (${PAPER_NAMES[printed]})` : 'As template';
  const source = named ? 'The paper the template names.' : 'The template names no paper: the paper of your region (Letter in the US and Canada, A4 elsewhere).';
  return (
    <div className="field">
      <label htmlFor="briefing-paper">Paper</label>
      <select
        id="briefing-paper"
        value={fixed ? '' : (paper ?? '')}
        disabled={fixed}
        onChange={(event) => onChange(event.target.value === 'letter' ? 'letter' : event.target.value === 'a4' ? 'a4' : undefined)}
      >
        <option value="" title={source}>
          {asTemplate}
        </option>
        <option value="a4">A4</option>
        <option value="letter">Letter</option>
      </select>
      {fixed && <p className="field-hint">The template is made for {PAPER_NAMES[named]} paper.</p>}
    </div>
  );
}

/** The paper of the analyst's region, as main reads it for exports; undefined until it answers. */
function useRegionPaper(): Paper | undefined {
  const [paper, setPaper] = useState<Paper>();
  useEffect(() => {
    // Only a label depends on it: without an answer the option still says "your region's".
    call('regionPaper').then(setPaper, () => undefined);
  }, []);
  return paper;
}
