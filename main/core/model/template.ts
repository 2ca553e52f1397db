import { z } from 'zod';

/** The largest template file accepted: far beyond any real template, small enough to keep a bad file from hurting. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** Longest template id: ids are file names in the templates folder, and pickers show names, not ids. */
export const MAX_TEMPLATE_ID_LENGTH = 60;

/** A template id's grammar: lowercase letters, digits and dashes, so it is also a safe file name. */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The id of a built-in template or one of the user's: the only way the window, a saved briefing
 * or a shelved export names a template. It can name no folder (`/`, a backslash, `..`), no hidden file
 * and no draft, so main resolves it only inside the built-in and user templates folders; a
 * template *file* elsewhere is used only when the user picks it in main's own dialog or names it
 * on the command line.
 */
export const TemplateId = z
  .string()
  .max(MAX_TEMPLATE_ID_LENGTH, `a template id has at most ${MAX_TEMPLATE_ID_LENGTH} characters; choose a built-in template or one of yours`)
  .regex(TEMPLATE_ID_PATTERN, 'not a template id (lowercase letters, digits and dashes, e.g. "memo"); choose a built-in template or one of yours');
export type TemplateId = z.infer<typeof TemplateId>;

/**
 * A template id as a library file records it. Stored ids are not checked against the grammar,
 * so a library holding an id that is not one (hand-edited, synced from elsewhere, or a file
 * path that `briefbook export --template FILE` recorded on the shelf) still loads; such an id
 * is then an unknown template where it is used, never a path main opens.
 */
export const RecordedTemplateId = z.string();

/** A deleted template in the template trash: its id, `--`, and when it was deleted (UTC). */
export const TemplateTrashId = z
  .string()
  .max(MAX_TEMPLATE_ID_LENGTH + 20)
  .regex(/^[a-z0-9][a-z0-9-]*--\d{8}T\d{9}Z$/, 'not an entry of the template trash');

/**
 * Font families embedded in every PDF (TTF, Latin + Cyrillic). pdfmake has no font fallback,
 * so a template may only name one of these.
 */
export const FontFamily = z.enum(['PT Serif', 'PT Sans']);
export type FontFamily = z.infer<typeof FontFamily>;

/** A margin in points: none to three inches, beyond which a page has no room left for text. */
export const Margin = z.number().min(0, 'a margin cannot be negative').max(216, 'a margin is at most 216 points (3 inches)');

/**
 * A logo as the front matter holds it: a PNG or JPEG as a `data:` URI, so the template carries
 * it wherever it is copied, exported or imported, and the PDF engine reads no file for it.
 */
export const LOGO_DATA_URI = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

/** Page setup a template declares in its YAML front matter. Defaults live in `render/page-setup.ts`. */
export const PageSetup = z
  .object({
    pageSize: z.enum(['A4', 'LETTER', 'LEGAL', 'A5']).optional().describe('Paper size: A4, LETTER, LEGAL or A5; the analyst may pick A4 or Letter for a briefing over A4 or LETTER. Left out: the paper of the analyst’s region (Letter in the US and Canada, A4 elsewhere).'),
    orientation: z.enum(['portrait', 'landscape']).optional().describe('portrait or landscape.'),
    margins: z
      .tuple([Margin, Margin, Margin, Margin])
      .optional()
      .describe('Margins in points, [left, top, right, bottom]; the top and bottom ones hold the marking banners, running text and page numbers.'),
    marking: z.string().optional().describe('Handling marking printed at the top and foot of every page, over the briefing’s own; empty: the briefing’s.'),
    watermark: z.string().optional().describe('Text across every page, e.g. SAMPLE; a draft briefing is watermarked DRAFT whatever this says.'),
    headerText: z.string().optional().describe('Running text under the top banner of every page; may use the briefing’s fields: "{{title}}".'),
    footerText: z.string().optional().describe('Running text at the foot of every page, left of the page number; may use the briefing’s fields.'),
    toc: z.boolean().optional().describe('A table of contents with page numbers, at the <div data-bb-toc> marker (else first).'),
    tocTitle: z.string().optional().describe('Heading of the table of contents.'),
    bookmarks: z.boolean().optional().describe('PDF bookmarks for the section headings (data-bb-section).'),
    font: FontFamily.optional().describe('Body font: PT Serif or PT Sans (both embedded, with Cyrillic).'),
    headingFont: FontFamily.optional().describe('Font of headings, labels and page furniture.'),
    fontSize: z.number().min(6, 'the body text is at least 6 points').max(24, 'the body text is at most 24 points').optional().describe('Body text size in points; headings and labels scale with it.'),
    logo: z
      .string()
      .regex(LOGO_DATA_URI, 'a logo is a PNG or JPEG image as a data: URI; choose one with Page setup › Choose logo… in the template studio')
      .optional()
      .describe('An image at the top of the first page: a PNG or JPEG as a data: URI (Page setup › Choose logo… in the template studio writes it).'),
    pdfa: z.boolean().optional().describe('Archival PDF/A-2b output (also tagged and accessible), whatever the briefing asks.'),
    flagOlderThanMonths: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('Flag records whose source is more than this many months older than the briefing’s date (record.old); 0: no flag.'),
  })
  .strict();
export type PageSetup = z.infer<typeof PageSetup>;

/** A template's YAML front matter: its display name and description, plus its page setup. */
export const TemplateFrontMatter = PageSetup.extend({
  /** Name shown in the template picker; defaults to the file name. */
  name: z.string().min(1).optional().describe('Name shown in the template picker; default: the file name.'),
  description: z.string().optional().describe('What the template is for, one or two sentences, shown in the picker.'),
}).strict();
export type TemplateFrontMatter = z.infer<typeof TemplateFrontMatter>;

/** A template known to the app: built in (read-only) or the user's own. */
export const TemplateInfo = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().default(''),
  builtIn: z.boolean(),
  file: z.string(),
});
export type TemplateInfo = z.infer<typeof TemplateInfo>;
