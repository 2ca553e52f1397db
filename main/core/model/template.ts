import { z } from 'zod';

/**
 * Font families embedded in every PDF (TTF, Latin + Cyrillic). pdfmake has no font fallback,
 * so a template may only name one of these.
 */
export const FontFamily = z.enum(['PT Serif', 'PT Sans']);
export type FontFamily = z.infer<typeof FontFamily>;

/** Page setup a template declares in its YAML front matter. Defaults live in `render/page-setup.ts`. */
export const PageSetup = z
  .object({
    pageSize: z.enum(['A4', 'LETTER', 'LEGAL', 'A5']).optional().describe('Paper size: A4, LETTER, LEGAL or A5.'),
    orientation: z.enum(['portrait', 'landscape']).optional().describe('portrait or landscape.'),
    margins: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
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
    fontSize: z.number().positive().optional().describe('Body text size in points; headings and labels scale with it.'),
    pdfa: z.boolean().optional().describe('Archival PDF/A-2b output (also tagged and accessible), whatever the briefing asks.'),
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
