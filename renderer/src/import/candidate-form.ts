import type { CandidateView } from '../../../main/api';
import type { Passage } from '../shared/forms/passage-picker';

/** A candidate as its editing form holds it (the shape `CandidateFields` reads). */
export interface CandidateFormValues {
  kind: CandidateView['kind'];
  statement: string;
  /** Set when the passage was selected in the text; undefined while typed. */
  location: Passage | undefined;
  summary: string;
  speaker: string;
  section: string;
  topics: string[];
}

/** The form fields main's problems may be placed on. */
export const CANDIDATE_FORM_FIELDS = ['kind', 'statement', 'location', 'summary', 'speaker', 'section', 'topics'] as const;

/** The form's values for `candidate`. */
export function candidateFormValues(candidate: CandidateView): CandidateFormValues {
  const { kind, statement, location, summary, speaker, section, topics } = candidate;
  return { kind, statement, location: { ...location }, summary, speaker, section, topics: [...topics] };
}
