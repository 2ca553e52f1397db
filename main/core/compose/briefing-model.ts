import type { Paper, RecordKind, SourceKind } from '../model';

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
  /** Bottom line up front: the analyst's, or a factual summary Briefbook wrote (see `blufByAnalyst`). */
  bluf: string;
  /** False when the analyst wrote no bottom line and `bluf` is Briefbook's summary of the selection. */
  blufByAnalyst: boolean;
  /** This document's version: 1 for a first export, 2, 3… when regenerated. */
  version: number;
  /** The version a regenerated briefing replaces, or null for a first version. */
  supersedes: SupersededVersion | null;
  draft: boolean;
  /** True when the PDF is to be archival (PDF/A-2b). */
  pdfa: boolean;
  /**
   * Paper the briefing is printed on, `a4` or `letter`: composed, the analyst's pick for this
   * briefing (empty: none); laid out, the paper `printedPaper` decides (empty: the template's
   * Legal or A5).
   */
  paper: Paper | '';
  /** True when the author (FROM) is to be left out of the PDF's metadata. */
  omitAuthor: boolean;
  /** One section per topic, in taxonomy order (or the analyst's order). */
  sections: BriefingSection[];
  /**
   * What to lead with on a one-page brief: the records the analyst marked key, in briefing
   * order; when none is marked, the first recommendation of each section (its first proposal
   * when it has none). At most {@link TOP_RECOMMENDATIONS_LIMIT}.
   */
  topRecommendations: TopRecommendation[];
  /** True when `topRecommendations` are key records; false when they are each section's first. */
  topAreKey: boolean;
  /** How many more there were to lead with than the limit let in (key records, or sections' firsts). */
  topMore: number;
  /** Numbered endnotes; `ModelRecord.citation` points into this list by `number`. */
  citations: Citation[];
  /** Every source cited, in order of first citation. */
  sources: ModelSource[];
  /**
   * Topics on which more than one source in the briefing speaks, in section order. A shared
   * topic is not an agreement: sources may say opposite things on it (see `positions`).
   */
  sharedTopics: SharedTopic[];
  /**
   * Positions with at least two records in the briefing: records an analyst linked as calling
   * for the same thing (agreement) or marked as opposing it (divergence), in order of their
   * first printed record. The only ground for saying sources "agree".
   */
  positions: ModelPosition[];
  /** The `positions` whose records from more than one source call for the same thing. */
  agreements: ModelPosition[];
  /** The `positions` with a record marked as opposing. */
  divergences: ModelPosition[];
  /**
   * Recommendations and proposals of each source that no record of another source in the
   * briefing joins: one entry per source with any, in `sources` order.
   */
  oneSided: OneSidedColumn[];
  /** Who speaks to which topic: rows are the sections' topics, columns the sources. */
  matrix: TopicSourceMatrix;
  stats: BriefingStats;
}

/** The earlier version a regenerated briefing replaces. */
export interface SupersededVersion {
  version: number;
  /** Its date (`YYYY-MM-DD`), as its DATE line printed it. */
  date: string;
}

/** Totals of the briefing, for summary lines. */
export interface BriefingStats {
  records: number;
  topics: number;
  sources: number;
}

/** How many records the one-page brief leads with: as many as fit one A4 page beside the BLUF. */
export const TOP_RECOMMENDATIONS_LIMIT = 6;

/** A topic named by id and label. */
export interface TopicRef {
  id: string;
  label: string;
}

/** A topic of the taxonomy as a section heading shows it. */
export interface SectionTopic {
  id: string;
  label: string;
  description: string;
}

export interface BriefingSection {
  topic: SectionTopic;
  /** The records printed in this section: each record is printed once, under its first chosen topic. */
  records: ModelRecord[];
  /**
   * The sources that speak to this topic anywhere in the briefing, in `sources` order: the
   * non-empty cells of the topic's matrix row. A cell counts records printed elsewhere too.
   */
  sources: MatrixCell[];
  /** Records that carry this topic but are printed under another section, for cross-references. */
  seeAlso: CrossReference[];
}

/** A record printed under another section, and that section. */
export interface CrossReference {
  record: ModelRecord;
  filedUnder: SectionTopic;
}

/** A record to lead with, and the section it comes from. */
export interface TopRecommendation {
  topic: SectionTopic;
  record: ModelRecord;
}

export interface ModelRecord {
  id: string;
  kind: RecordKind;
  /** The passage exactly as the source has it. */
  statement: string;
  /**
   * The passage as printed: typographic quotation marks, and an ellipsis where it starts or
   * ends inside a sentence of its source, so a fragment reads as one.
   */
  quote: string;
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
  /** Marked by the analyst as a record to lead with. */
  key: boolean;
  /** Added by `briefbook import` and not yet reviewed (printed only when the export asks for such records). */
  unreviewed: boolean;
  /** Whole months from its source's date to the briefing's date. */
  ageMonths: number;
  /** True when the template flags records as old (`flagOlderThanMonths`) and this one is older. */
  old: boolean;
  /** The position it belongs to in this briefing (id and label), or null. */
  position: PositionRef | null;
  /**
   * Where a click on the record leads (see `recordLink`): Briefbook's reader opens the library
   * at the record with its passage marked; other readers open the source's address.
   */
  link: string;
}

/** A position named by id, label and kind. */
export interface PositionRef {
  id: string;
  label: string;
  kind: PositionKind;
}

export interface ModelSource {
  id: string;
  title: string;
  publisher: string;
  container: string;
  authors: string[];
  date: string;
  url: string;
  /** ISO date the source was read at `url` (a note's "accessed"); may be empty. */
  accessed: string;
  kind: SourceKind;
  dialogue: string;
  /** Diplomatic track of the dialogue: "1", "1.5", "2", or empty when unknown. */
  track: string;
  language: string;
}

/** One endnote: a source and the paragraph of it that one or more records come from. */
export interface Citation {
  number: number;
  source: ModelSource;
  /** Heading of the section the paragraph stands under (the first citing record's). */
  section: string;
  /** The paragraph, counted from the top of the source's text (1-based): the note's pinpoint. */
  paragraph: number;
  /** The page of a source read from a PDF (1-based); 0 for a source without pages. */
  page: number;
  /** True for the first note citing its source: later ones may use the short form (`citeShort`). */
  firstOfSource: boolean;
  /** Records citing this note, by id, in briefing order. */
  recordIds: string[];
}

/** A topic that records from several sources address. Not an agreement: see `ModelPosition`. */
export interface SharedTopic {
  topic: TopicRef;
  sources: ModelSource[];
}

/** What a position is in this briefing (see `ModelPosition.kind`). */
export type PositionKind = 'agreement' | 'divergence' | 'one-sided';

/** A position as a briefing prints it: what its records call for, and who does. */
export interface ModelPosition {
  id: string;
  /** What the records call for, as the analyst labelled it: "Talks on intermediate-range missiles in Europe". */
  label: string;
  /**
   * `agreement`: agreeing records from more than one source; `divergence`: a record marked as
   * opposing; `one-sided`: linked records all from one source.
   */
  kind: PositionKind;
  /**
   * One sentence for a summary: "Both the Elbe Group (2019) and the ELN (2021) call for talks
   * on …" for an agreement; who calls for it and who opposes it for a divergence.
   */
  sentence: string;
  /** Sources of its agreeing records, in `sources` order. */
  sources: ModelSource[];
  /** Its records in this briefing, in print order. */
  records: ModelRecord[];
  agreeing: ModelRecord[];
  opposing: ModelRecord[];
  /** One cell per source of the briefing, in `sources` order: that source's records in the position (may be empty). */
  cells: PositionCell[];
}

export interface PositionCell {
  source: ModelSource;
  records: ModelRecord[];
  agreeing: ModelRecord[];
  opposing: ModelRecord[];
}

/** A source's recommendations and proposals that no other source's record joins. */
export interface OneSidedColumn {
  source: ModelSource;
  records: ModelRecord[];
}

/**
 * The topic-by-source matrix: which topics several sources speak to and which only one
 * addresses. A record appears in the row of every topic it carries, so a row shows everything
 * each source says on the topic, whichever section prints the record; `sharedTopics` uses the
 * same rule. Speaking to one topic is not agreeing: that is what positions are for.
 */
export interface TopicSourceMatrix {
  /** One column per source, in `sources` order. */
  columns: MatrixColumn[];
  /** One row per section, in section order. */
  rows: MatrixRow[];
}

export interface MatrixColumn {
  source: ModelSource;
  /** Records of the briefing drawn from this source (each counted once). */
  count: number;
  /** Rows in which this source has at least one record. */
  topics: number;
}

export interface MatrixRow {
  topic: SectionTopic;
  /** One cell per column, in column order; a cell may be empty. */
  cells: MatrixCell[];
  /** How many sources speak to the topic (non-empty cells). */
  sourceCount: number;
  /** True when more than one source speaks to the topic (which is not to say they agree). */
  shared: boolean;
}

/** What one source says on one topic. */
export interface MatrixCell {
  source: ModelSource;
  /** Records from this source carrying this topic, in briefing order. */
  records: ModelRecord[];
  count: number;
  /** Records by kind, in the order recommendation, proposal, finding, concern; kinds with none left out. */
  kinds: KindCount[];
}

export interface KindCount {
  kind: RecordKind;
  count: number;
}
