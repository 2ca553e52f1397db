import { z } from 'zod';
import { CalendarDate, Id, Timestamp } from './common';
import { RecordKind } from './record';
import { RecordedTemplateId, TemplateId } from './template';

/**
 * Which records a briefing holds: those its rule finds (the filters below, when `applyFilters`)
 * and those the analyst added by hand. Browsing the library never changes it; the analyst adds
 * records, or makes the library's filters the rule, on purpose. Briefings saved before records
 * could be added by hand read as a rule with nothing added, which is what they meant.
 */
export const Selection = z.object({
  topics: z.array(Id).default([]),
  sources: z.array(Id).default([]),
  kinds: z.array(RecordKind).default([]),
  search: z.string().default(''),
  /**
   * Take records that `briefbook import` added without review (tagged `unreviewed`). Left out
   * by default: their source's publisher, date and speaker are the importer's guesses.
   */
  includeUnreviewed: z.boolean().optional(),
  /** Whether the filters are the briefing's rule; false leaves only the records added by hand. */
  applyFilters: z.boolean().default(true),
  /** Records added by hand, in the briefing whether or not the rule finds them. */
  added: z.array(Id).default([]),
});
export type Selection = z.infer<typeof Selection>;

/** A record the analyst placed in the briefing, in the order shown, with an optional note. */
export const BriefingItem = z.object({
  recordId: Id,
  included: z.boolean().default(true),
  note: z.string().default(''),
});
export type BriefingItem = z.infer<typeof BriefingItem>;

/** Paper the PDF is laid out on, over the template's page size. */
export const Paper = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof Paper>;

export const ExportEntry = z.object({
  at: Timestamp,
  file: z.string(),
  templateId: RecordedTemplateId,
  sha256: z.string(),
  pages: z.number().int().positive(),
});
export type ExportEntry = z.infer<typeof ExportEntry>;

/**
 * A briefing as the window edits it and sends it to main: its template is a {@link TemplateId},
 * so no request can name a file for main to read.
 */
export const Briefing = z.object({
  id: Id,
  title: z.string().min(1),
  subject: z.string().default(''),
  to: z.string().default(''),
  from: z.string().default(''),
  /** The day the briefing is issued, printed on its first page: a day of the calendar. */
  date: CalendarDate,
  /** Handling marking printed at the top and bottom of every page, e.g. "UNCLASSIFIED", "TLP:AMBER". */
  marking: z.string().default('UNCLASSIFIED'),
  /** Bottom line up front. */
  bluf: z.string().default(''),
  selection: Selection.default({ topics: [], sources: [], kinds: [], search: '', applyFilters: true, added: [] }),
  /** Order, notes and left-out records; records not listed print in library order. */
  items: z.array(BriefingItem).default([]),
  templateId: TemplateId.default('memo'),
  draft: z.boolean().default(false),
  /** Export as archival PDF/A-2b (tagged and accessible as always). */
  pdfa: z.boolean().default(false),
  /** Paper for this briefing; left out: the template's page size. */
  paper: Paper.optional(),
  /** Leave the author (the FROM line) out of the PDF's metadata; it still prints on the page. */
  omitAuthor: z.boolean().optional(),
  exports: z.array(ExportEntry).default([]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Briefing = z.infer<typeof Briefing>;

/**
 * A briefing as the library file keeps it. Its template id is only recorded: one that is not a
 * template id (a hand-edited or synced library) keeps the library loadable and is reported as an
 * unknown template when the briefing is previewed or exported, rather than rewritten to another
 * template behind the analyst's back.
 */
export const SavedBriefing = Briefing.extend({ templateId: RecordedTemplateId.default('memo') });
export type SavedBriefing = z.infer<typeof SavedBriefing>;
