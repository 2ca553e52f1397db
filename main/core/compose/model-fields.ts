import { RecordKind, SourceKind } from '../model';
import { TOP_RECOMMENDATIONS_LIMIT } from './briefing-model';
import type {
  BriefingModel,
  BriefingSection,
  BriefingStats,
  Citation,
  CrossReference,
  KindCount,
  MatrixCell,
  MatrixColumn,
  MatrixRow,
  ModelPosition,
  ModelRecord,
  ModelSource,
  OneSidedColumn,
  PositionCell,
  PositionRef,
  SectionTopic,
  SharedTopic,
  SupersededVersion,
  TopicRef,
  TopicSourceMatrix,
  TopRecommendation,
} from './briefing-model';

/**
 * The shape of the BriefingModel as data: every object a template can reach, its fields, their
 * types and what they mean.
 *
 * The template checker walks templates against it (a `{{titel}}` or a `{{summary}}` outside
 * `{{#each records}}` is found before rendering), docs/templates.md is generated from it, and
 * the template editor completes field names from it. The TypeScript types are the source of
 * truth: each shape must list exactly the fields of its interface (checked when compiling), and
 * a test walks a real composed briefing against it.
 */

/** The TypeScript type behind each shape name. */
interface ModelTypes {
  BriefingModel: BriefingModel;
  BriefingStats: BriefingStats;
  SupersededVersion: SupersededVersion;
  BriefingSection: BriefingSection;
  SectionTopic: SectionTopic;
  TopicRef: TopicRef;
  CrossReference: CrossReference;
  TopRecommendation: TopRecommendation;
  ModelRecord: ModelRecord;
  ModelSource: ModelSource;
  Citation: Citation;
  SharedTopic: SharedTopic;
  ModelPosition: ModelPosition;
  PositionCell: PositionCell;
  PositionRef: PositionRef;
  OneSidedColumn: OneSidedColumn;
  TopicSourceMatrix: TopicSourceMatrix;
  MatrixColumn: MatrixColumn;
  MatrixRow: MatrixRow;
  MatrixCell: MatrixCell;
  KindCount: KindCount;
}

export type ShapeName = keyof ModelTypes;

/** What a field holds: text, a number, a yes/no, one object of a shape, or a list. */
export type FieldType =
  | { kind: 'text' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'object'; shape: ShapeName; orNull?: true }
  | { kind: 'list'; of: FieldType };

export interface FieldSpec {
  type: FieldType;
  /** What the field means, one sentence. */
  summary: string;
  /** The only values a text field takes (record kinds, source kinds). */
  values?: readonly string[];
}

export interface ShapeSpec<T = unknown> {
  /** What one such object is. */
  summary: string;
  fields: { [K in keyof T]-?: FieldSpec };
}

const TEXT: FieldType = { kind: 'text' };
const NUMBER: FieldType = { kind: 'number' };
const BOOLEAN: FieldType = { kind: 'boolean' };
const object = (shape: ShapeName): FieldType => ({ kind: 'object', shape });
const list = (of: FieldType | ShapeName): FieldType => ({ kind: 'list', of: typeof of === 'string' ? object(of) : of });

const field = (type: FieldType, summary: string, values?: readonly string[]): FieldSpec => (values ? { type, summary, values } : { type, summary });

/** Every shape of the model, the root first, then in the order a reader meets them. */
export const MODEL_SHAPES: { readonly [N in ShapeName]: ShapeSpec<ModelTypes[N]> } = {
  BriefingModel: {
    summary: 'The briefing: what the template sees at the top level.',
    fields: {
      title: field(TEXT, 'Title of the briefing.'),
      subject: field(TEXT, 'SUBJECT line; may be empty.'),
      to: field(TEXT, 'TO line (who it is prepared for); may be empty.'),
      from: field(TEXT, 'FROM line (who prepared it); may be empty.'),
      date: field(TEXT, 'Date as YYYY-MM-DD; print it with formatDate.'),
      marking: field(TEXT, 'Handling marking, e.g. UNCLASSIFIED or TLP:AMBER (the page banners print it already).'),
      bluf: field(TEXT, 'Bottom line up front: the analyst’s, or a factual summary of the selection.'),
      blufByAnalyst: field(BOOLEAN, 'False when the analyst wrote no bottom line and bluf is Briefbook’s factual summary.'),
      version: field(NUMBER, 'This document’s version: 1 for a first export, 2, 3… when regenerated.'),
      supersedes: field(
        { kind: 'object', shape: 'SupersededVersion', orNull: true },
        'The version a regenerated briefing replaces, or null (test it with #if): “Version 2 — supersedes version 1 of …”.',
      ),
      draft: field(BOOLEAN, 'True for a draft (every page is watermarked DRAFT).'),
      pdfa: field(BOOLEAN, 'True when the PDF is archival (PDF/A-2b).'),
      paper: field(TEXT, 'Paper the PDF is printed on (a4 or letter): the analyst’s pick for this briefing, else the template’s pageSize, else, when the template names none, the one of the analyst’s region; empty: the template’s Legal or A5.', ['a4', 'letter', '']),
      omitAuthor: field(BOOLEAN, 'True when the author is left out of the PDF’s metadata (the FROM line still prints).'),
      sections: field(list('BriefingSection'), 'One section per topic, in briefing order.'),
      topRecommendations: field(
        list('TopRecommendation'),
        `What to lead with: the records marked key, else the first recommendation of each section (else its first proposal), in briefing order, at most ${TOP_RECOMMENDATIONS_LIMIT}.`,
      ),
      topAreKey: field(BOOLEAN, 'True when topRecommendations are key records; false when, none being marked key, they are each section’s first.'),
      topMore: field(NUMBER, 'How many more key records (or sections’ first recommendations) there are than topRecommendations holds: 0 when it holds them all.'),
      citations: field(list('Citation'), 'The numbered endnotes, in print order.'),
      sources: field(list('ModelSource'), 'Every source cited, in order of first citation.'),
      sharedTopics: field(list('SharedTopic'), 'Topics that more than one source speaks to, sections’ topics first; sharing a topic is not agreeing.'),
      positions: field(list('ModelPosition'), 'Positions with at least two records in the briefing (agreements, divergences, one-sided), by first printed record.'),
      agreements: field(list('ModelPosition'), 'The positions whose records from more than one source call for the same thing: the only ground for “agree”.'),
      divergences: field(list('ModelPosition'), 'The positions with a record an analyst marked as opposing.'),
      oneSided: field(list('OneSidedColumn'), 'Per source, its recommendations and proposals that no other source’s record joins.'),
      matrix: field(object('TopicSourceMatrix'), 'The topic-by-source matrix: rows are the sections’ topics, columns the sources.'),
      stats: field(object('BriefingStats'), 'Totals, for summary lines.'),
    },
  },
  SupersededVersion: {
    summary: 'The earlier version a regenerated briefing replaces (`supersedes`).',
    fields: {
      version: field(NUMBER, 'Its version number.'),
      date: field(TEXT, 'Its date as YYYY-MM-DD, as its DATE line printed it; print it with formatDate.'),
    },
  },
  BriefingStats: {
    summary: 'Totals of the briefing (`stats`).',
    fields: {
      records: field(NUMBER, 'Records in the briefing.'),
      topics: field(NUMBER, 'Sections (topics) in the briefing.'),
      sources: field(NUMBER, 'Sources cited.'),
    },
  },
  BriefingSection: {
    summary: 'One topic’s section (`{{#each sections}}`).',
    fields: {
      topic: field(object('SectionTopic'), 'The topic: id, label, description.'),
      records: field(list('ModelRecord'), 'The records printed here; each record is printed once, under its first chosen topic.'),
      sources: field(
        list('MatrixCell'),
        'The sources that speak to this topic anywhere in the briefing, with their records on it (its matrix row’s non-empty cells).',
      ),
      seeAlso: field(list('CrossReference'), 'Records that carry this topic but are printed under another section.'),
    },
  },
  SectionTopic: {
    summary: 'A topic of the taxonomy (`topic` of a section, row or top recommendation).',
    fields: {
      id: field(TEXT, 'Topic id, e.g. mil-to-mil-channels.'),
      label: field(TEXT, 'Printed name of the topic.'),
      description: field(TEXT, 'What the topic covers; may be empty.'),
    },
  },
  TopicRef: {
    summary: 'A topic by id and label (`topic` of a shared topic).',
    fields: {
      id: field(TEXT, 'Topic id.'),
      label: field(TEXT, 'Printed name of the topic.'),
    },
  },
  CrossReference: {
    summary: 'A record printed under another section (`{{#each seeAlso}}`).',
    fields: {
      record: field(object('ModelRecord'), 'The record.'),
      filedUnder: field(object('SectionTopic'), 'The topic of the section that prints it.'),
    },
  },
  TopRecommendation: {
    summary: 'A record to lead with (`{{#each topRecommendations}}`).',
    fields: {
      topic: field(object('SectionTopic'), 'The section it comes from.'),
      record: field(object('ModelRecord'), 'The recommendation or proposal.'),
    },
  },
  ModelRecord: {
    summary: 'One recommendation, proposal, finding or concern (`{{#each records}}`).',
    fields: {
      id: field(TEXT, 'Record id.'),
      kind: field(TEXT, 'What it is; print it with kindLabel.', RecordKind.options),
      statement: field(TEXT, 'The passage exactly as the source has it.'),
      quote: field(TEXT, 'The passage as printed: typographic quotation marks, an ellipsis where it starts or ends inside a sentence of its source.'),
      summary: field(TEXT, 'The analyst’s one-line paraphrase.'),
      speaker: field(TEXT, 'Whose view it is: a joint statement, one delegation, the author.'),
      addressees: field(list(TEXT), 'Whom it is addressed to; may be empty.'),
      section: field(TEXT, 'Heading of the passage in its source; may be empty.'),
      note: field(TEXT, 'The analyst’s note for this briefing; may be empty.'),
      citation: field(NUMBER, 'Number of its endnote in citations.'),
      source: field(object('ModelSource'), 'The source it is drawn from; source.date is the date to show beside it.'),
      key: field(BOOLEAN, 'True when the analyst marked it as a record to lead with.'),
      unreviewed: field(BOOLEAN, 'True when an import added it unreviewed (printed only when the export asks for such records).'),
      ageMonths: field(NUMBER, 'Whole months from its source’s date to the briefing’s date.'),
      old: field(BOOLEAN, 'True when the template sets flagOlderThanMonths and the record’s source is older than that.'),
      position: field({ kind: 'object', shape: 'PositionRef', orNull: true }, 'The position it belongs to in this briefing, or null (test it with #if).'),
      link: field(TEXT, 'Link for the record (<a href="{{link}}">): Briefbook’s reader opens the library at its passage; other readers open the source’s address.'),
    },
  },
  ModelSource: {
    summary: 'A source records are drawn from (`{{#each sources}}`, `source` of a record).',
    fields: {
      id: field(TEXT, 'Source id.'),
      title: field(TEXT, 'Title.'),
      publisher: field(TEXT, 'Publisher or institution.'),
      container: field(TEXT, 'Outlet or series inside the publisher, e.g. a blog; may be empty.'),
      authors: field(list(TEXT), 'Authors’ names; may be empty (print them with authors).'),
      date: field(TEXT, 'Publication date as YYYY-MM-DD.'),
      url: field(TEXT, 'Web address; may be empty.'),
      accessed: field(TEXT, 'The day it was read at its address, as YYYY-MM-DD (a note’s “accessed”); may be empty.'),
      kind: field(TEXT, 'Kind of document.', SourceKind.options),
      dialogue: field(TEXT, 'The dialogue or forum it reports, e.g. Elbe Group; may be empty.'),
      track: field(TEXT, 'Diplomatic track of the dialogue: 1, 1.5 or 2; may be empty.', ['1', '1.5', '2', '']),
      language: field(TEXT, 'Language of the source text, e.g. en, ru.'),
    },
  },
  Citation: {
    summary: 'One endnote (`{{#each citations}}`): a source and the paragraph records come from.',
    fields: {
      number: field(NUMBER, 'The note number records point to.'),
      source: field(object('ModelSource'), 'The source.'),
      section: field(TEXT, 'Heading of the cited section of the source; may be empty.'),
      paragraph: field(NUMBER, 'The cited paragraph, counted from the top of the source’s text (every line of text, headings included).'),
      page: field(NUMBER, 'The page of a source read from a PDF; 0 for a source without pages.'),
      firstOfSource: field(BOOLEAN, 'True for the first note citing its source; later ones may use citeShort.'),
      recordIds: field(list(TEXT), 'Ids of the records citing this note.'),
    },
  },
  SharedTopic: {
    summary: 'A topic several sources speak to (`{{#each sharedTopics}}`); say “covered by”, not “agree”.',
    fields: {
      topic: field(object('TopicRef'), 'The topic.'),
      sources: field(list('ModelSource'), 'The sources that speak to it, in source order.'),
    },
  },
  ModelPosition: {
    summary: 'Records linked as calling for the same thing (`{{#each positions}}`, `{{#each agreements}}`, `{{#each divergences}}`).',
    fields: {
      id: field(TEXT, 'Position id.'),
      label: field(TEXT, 'What its records call for, as the analyst labelled it.'),
      kind: field(TEXT, 'Agreement (agreeing records from more than one source), divergence (a record marked as opposing) or one-sided.', [
        'agreement',
        'divergence',
        'one-sided',
      ]),
      sentence: field(TEXT, 'One summary sentence: “Both the Elbe Group (2019) and the ELN (2021) call for …”.'),
      sources: field(list('ModelSource'), 'Sources of its agreeing records, in source order.'),
      records: field(list('ModelRecord'), 'Its records in the briefing, in print order.'),
      agreeing: field(list('ModelRecord'), 'Its records that call for it.'),
      opposing: field(list('ModelRecord'), 'Its records marked as opposing it.'),
      cells: field(list('PositionCell'), 'One cell per source of the briefing, in source order: for one row across source columns.'),
    },
  },
  PositionCell: {
    summary: 'One source’s records in a position (`{{#each cells}}` of a position).',
    fields: {
      source: field(object('ModelSource'), 'The source (the cell’s column).'),
      records: field(list('ModelRecord'), 'Its records in the position; may be empty.'),
      agreeing: field(list('ModelRecord'), 'Those of its records that call for it.'),
      opposing: field(list('ModelRecord'), 'Those of its records marked as opposing it.'),
    },
  },
  PositionRef: {
    summary: 'A position named by id, label and kind (`position` of a record).',
    fields: {
      id: field(TEXT, 'Position id.'),
      label: field(TEXT, 'What its records call for.'),
      kind: field(TEXT, 'Agreement, divergence or one-sided.', ['agreement', 'divergence', 'one-sided']),
    },
  },
  OneSidedColumn: {
    summary: 'A source’s recommendations and proposals that no other source joins (`{{#each oneSided}}`).',
    fields: {
      source: field(object('ModelSource'), 'The source.'),
      records: field(list('ModelRecord'), 'Its records, in print order.'),
    },
  },
  TopicSourceMatrix: {
    summary: 'Who speaks to which topic (`matrix`). A record counts in the row of every topic it carries.',
    fields: {
      columns: field(list('MatrixColumn'), 'One column per source, in source order.'),
      rows: field(list('MatrixRow'), 'One row per section topic, in section order.'),
    },
  },
  MatrixColumn: {
    summary: 'A source as a column of the matrix (`{{#each matrix.columns}}`), with its totals.',
    fields: {
      source: field(object('ModelSource'), 'The source.'),
      count: field(NUMBER, 'Records of the briefing drawn from it, each counted once.'),
      topics: field(NUMBER, 'Rows in which it has at least one record.'),
    },
  },
  MatrixRow: {
    summary: 'A topic as a row of the matrix (`{{#each matrix.rows}}`).',
    fields: {
      topic: field(object('SectionTopic'), 'The topic.'),
      cells: field(list('MatrixCell'), 'One cell per column, in column order; cells may be empty.'),
      sourceCount: field(NUMBER, 'How many sources speak to the topic.'),
      shared: field(BOOLEAN, 'True when more than one source speaks to the topic (which is not to say they agree).'),
    },
  },
  MatrixCell: {
    summary: 'What one source says on one topic (`{{#each cells}}`, `{{#each sources}}` in a section).',
    fields: {
      source: field(object('ModelSource'), 'The source (the cell’s column).'),
      records: field(list('ModelRecord'), 'Its records carrying the topic, in print order; may be empty.'),
      count: field(NUMBER, 'How many records.'),
      kinds: field(list('KindCount'), 'Records by kind: recommendations, proposals, findings, concerns; kinds with none left out.'),
    },
  },
  KindCount: {
    summary: 'How many records of one kind (`{{#each kinds}}`).',
    fields: {
      kind: field(TEXT, 'The record kind.', RecordKind.options),
      count: field(NUMBER, 'How many.'),
    },
  },
};

/** The shape templates see at the top level. */
export const ROOT_SHAPE: ShapeName = 'BriefingModel';

/** How a field type reads in the reference and in messages: "text", "list of ModelRecord". */
export function describeFieldType(type: FieldType): string {
  switch (type.kind) {
    case 'text':
    case 'number':
      return type.kind;
    case 'boolean':
      return 'true/false';
    case 'object':
      return type.orNull ? `${type.shape} or null` : type.shape;
    case 'list':
      return `list of ${describeFieldType(type.of)}`;
  }
}
