import { z } from 'zod';
import { SavedBriefing } from './briefing';
import { Id, IsoDate, Timestamp } from './common';
import { RecordedTemplateId } from './template';

/** A short SHA-256 (48 bits, hex): enough to notice a change, too short to matter in the file. */
const FieldDigest = z.string().regex(/^[0-9a-f]{12}$/, 'a 12-digit hex digest');

/**
 * A digest of each field of a record that an export prints. `note` is the briefing's note on
 * the record, not a field of the record, but it prints beside it all the same.
 */
export const PrintedFieldDigests = z.object({
  statement: FieldDigest,
  summary: FieldDigest,
  speaker: FieldDigest,
  section: FieldDigest,
  topics: FieldDigest,
  kind: FieldDigest,
  note: FieldDigest,
});
export type PrintedFieldDigests = z.infer<typeof PrintedFieldDigests>;
export type PrintedField = keyof PrintedFieldDigests;

/**
 * The text an export printed of a record's fields, other than its summary (kept beside it), so
 * an out-of-date briefing can show what it said next to what the library says now. Empty fields
 * are left out to keep the library file small; topics are their labels, in order.
 */
export const PrintedTexts = z
  .object({
    statement: z.string(),
    speaker: z.string(),
    section: z.string(),
    topics: z.string(),
    kind: z.string(),
    note: z.string(),
  })
  .partial();
export type PrintedTexts = z.infer<typeof PrintedTexts>;

/**
 * One record as an export printed it: its id, its summary (so a record deleted since can still
 * be named), the digests of its printed fields (so an edit is noticed field by field) and their
 * text. Exports shelved before the text was kept have digests only.
 */
export const PrintedRecord = z.object({
  id: Id,
  summary: z.string(),
  digests: PrintedFieldDigests,
  texts: PrintedTexts.optional(),
});
export type PrintedRecord = z.infer<typeof PrintedRecord>;

/**
 * The briefing as it was exported: everything that decides what the PDF prints.
 * Kept whole because the briefing may never have been saved, or may have been changed or
 * deleted since; regenerating starts from it. It is history, so its references to topics,
 * sources and records are not checked against today's library, and its date is kept as it
 * was printed: exports made before briefing dates were checked may carry one that is no day of
 * the calendar (`--date 2026-02-30`), and a library holding them must still open.
 */
export const ExportedRequest = SavedBriefing.pick({
  title: true,
  subject: true,
  to: true,
  from: true,
  date: true,
  marking: true,
  bluf: true,
  draft: true,
  selection: true,
  items: true,
  templateId: true,
  paper: true,
  omitAuthor: true,
}).extend({ date: IsoDate });
export type ExportedRequest = z.infer<typeof ExportedRequest>;

/** A PDF that Briefbook exported, with what it needs to tell whether it is out of date. */
export const ExportOrigin = z.object({
  kind: z.literal('export'),
  briefingId: Id,
  /** As recorded: for an export made with a template file on the command line, that file, which the app never opens. */
  templateId: RecordedTemplateId.min(1),
  /** 1 for the first export of the briefing on the shelf, then 2, 3… (regenerated versions). */
  version: z.number().int().positive(),
  request: ExportedRequest,
  /** The records the PDF printed, in print order. */
  records: z.array(PrintedRecord),
});
export type ExportOrigin = z.infer<typeof ExportOrigin>;

/** A PDF the analyst added from disk. */
export const FileOrigin = z.object({ kind: z.literal('file') });
export type FileOrigin = z.infer<typeof FileOrigin>;

/** One finished document in the reading room: an export, or any PDF added from disk. */
export const ShelfEntry = z.object({
  id: Id,
  title: z.string().min(1),
  /** Absolute path of the PDF where it was last found. */
  file: z.string().min(1),
  /** Of the file's bytes: proves a relocated file is the same document. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 digest in lowercase hex'),
  pages: z.number().int().positive(),
  /** Handling marking printed on the pages; empty when not known (a PDF added from disk that states none). */
  marking: z.string().default(''),
  /** When it was exported or added. */
  addedAt: Timestamp,
  /** The page the analyst last read, to reopen it there. */
  lastPage: z.number().int().positive().default(1),
  origin: z.discriminatedUnion('kind', [ExportOrigin, FileOrigin]),
});
export type ShelfEntry = z.infer<typeof ShelfEntry>;
