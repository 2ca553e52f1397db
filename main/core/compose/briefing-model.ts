import type { RecordKind, SourceKind } from '../model';

/**
 * The plain data a template renders: everything a briefing prints, already selected, grouped,
 * ordered and cited. Templates see exactly this shape (documented in docs/templates.md).
 */
export interface BriefingModel {
  title: string;
  subject: string;
  to: string;
  from: string;
  /** ISO date `YYYY-MM-DD`; templates format it with the `formatDate` helper. */
  date: string;
  /** Handling marking, e.g. "UNCLASSIFIED" or "TLP:AMBER". */
  marking: string;
  /** Bottom line up front; may be empty. */
  bluf: string;
  draft: boolean;
  /** One section per topic, in taxonomy order (or the analyst's order). */
  sections: BriefingSection[];
  /** Numbered endnotes; `ModelRecord.citation` points into this list by `number`. */
  citations: Citation[];
  /** Every source cited, in order of first citation. */
  sources: ModelSource[];
  /** Topics on which more than one source in the briefing speaks, in section order. */
  convergences: Convergence[];
  stats: { records: number; topics: number; sources: number };
}

export interface BriefingSection {
  topic: { id: string; label: string; description: string };
  records: ModelRecord[];
}

export interface ModelRecord {
  id: string;
  kind: RecordKind;
  statement: string;
  summary: string;
  speaker: string;
  addressees: string[];
  /** Heading of the passage in its source. */
  section: string;
  /** The analyst's note for this briefing; may be empty. */
  note: string;
  /** Endnote number (1-based). */
  citation: number;
  source: ModelSource;
}

export interface ModelSource {
  id: string;
  title: string;
  publisher: string;
  container: string;
  authors: string[];
  date: string;
  url: string;
  kind: SourceKind;
  dialogue: string;
  language: string;
}

/** One endnote: a source and the section of it that one or more records come from. */
export interface Citation {
  number: number;
  source: ModelSource;
  section: string;
  /** Records citing this note, by id, in briefing order. */
  recordIds: string[];
}

/** A topic that records from several sources address: where dialogues meet. */
export interface Convergence {
  topic: { id: string; label: string };
  sources: ModelSource[];
}
