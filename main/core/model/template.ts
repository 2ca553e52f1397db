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
    pageSize: z.enum(['A4', 'LETTER', 'LEGAL', 'A5']).optional(),
    orientation: z.enum(['portrait', 'landscape']).optional(),
    /** Margins in points: [left, top, right, bottom]. */
    margins: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    /** Overrides the briefing's marking when set. */
    marking: z.string().optional(),
    watermark: z.string().optional(),
    headerText: z.string().optional(),
    footerText: z.string().optional(),
    toc: z.boolean().optional(),
    tocTitle: z.string().optional(),
    bookmarks: z.boolean().optional(),
    font: FontFamily.optional(),
    headingFont: FontFamily.optional(),
    fontSize: z.number().positive().optional(),
  })
  .strict();
export type PageSetup = z.infer<typeof PageSetup>;

/** A template's YAML front matter: its display name and description, plus its page setup. */
export const TemplateFrontMatter = PageSetup.extend({
  /** Name shown in the template picker; defaults to the file name. */
  name: z.string().min(1).optional(),
  description: z.string().optional(),
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
