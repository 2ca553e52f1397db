import type { BriefingModel } from '../compose/briefing-model';
import { defaultResourceLayout } from '../resources';
import type { ResourceLayout } from '../resources';
import path from 'node:path';
import type { Content } from 'pdfmake';
import { renderRunningText, renderTemplate } from '../render/engine';
import type { LoadedTemplate } from '../render/loaded-template';
import type { ResolvedPageSetup } from '../render/page-setup';
import { TemplateError } from '../render/template-error';
import { buildDocDefinition } from './doc-definition';
import { htmlToContent, sharedBlocks } from './html-to-content';
import { checkLayoutLimits } from './layout-limits';
import { colorProfile, preparePdfmake } from './pdfmake-setup';
import { flagOldRecords } from './old-records';
import { xmpFragment } from './pdf-metadata';

/**
 * Exports a briefing as a PDF through a template: the one path the app, the CLI and the
 * tests share.
 *
 * Template → HTML (Handlebars) → pdfmake content (html-to-pdfmake) → PDF (pdfmake), with
 * fonts, compiled template and the converted content of each top-level HTML block cached
 * across calls. Throws {@link TemplateError}
 * for a template mistake, and for a briefing the template makes too large to lay out (see
 * `checkLayoutLimits`), so every limit names the template; any other failure is a plain Error.
 */
export async function exportPdf(
  model: BriefingModel,
  template: LoadedTemplate,
  options: { layout?: ResourceLayout } = {},
): Promise<{ bytes: Uint8Array; pageCount: number; blocks?: BlockCounts }> {
  const layout = options.layout ?? defaultResourceLayout();
  const pdfmake = await preparePdfmake(layout);
  const [converted, copied, documents] = [sharedBlocks.conversions, sharedBlocks.copies, sharedBlocks.documents];
  const { definition, pages } = briefingDocDefinition(model, template);
  const blocks = sharedBlocks.documents > documents ? { converted: sharedBlocks.conversions - converted, copied: sharedBlocks.copies - copied } : undefined;
  if (definition.subset) definition.iccProfile = await colorProfile(layout);
  let bytes: Buffer;
  try {
    const output = pdfmake.createPdf(definition);
    // The marking and version in the XMP too, for tools that read only that; PDFKit writes the
    // metadata stream when the document ends, so what is appended now goes into it.
    (await output.getStream()).appendXML(xmpFragment(model, template.setup.marking || model.marking));
    bytes = await output.getBuffer();
  } catch (error) {
    throw new Error(`could not lay out the PDF for template ${template.id}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return { bytes, pageCount: pages.count, blocks };
}

/**
 * Top-level blocks of the template's HTML an export converted to pdfmake content, and those it
 * copied from earlier exports in the same thread (see `ConvertedBlocks`): after a one-record
 * edit, the preview converts only that record's blocks. Absent when the export converted the
 * whole document at once (the first in its thread).
 */
export interface BlockCounts {
  converted: number;
  copied: number;
}

/** The language of a briefing's own text (its sources' languages are marked passage by passage). */
const BRIEFING_LANGUAGE = 'en';

/** The pdfmake document for a briefing through a template, and its page counter. */
export function briefingDocDefinition(model: BriefingModel, template: LoadedTemplate): ReturnType<typeof buildDocDefinition> {
  flagOldRecords(model, template.setup.flagOlderThanMonths);
  const html = renderTemplate(template, model);
  const setup = { ...template.setup, ...renderRunningText(template, model) };
  return buildDocDefinition(model, setup, boundedContent(template, html, setup), BRIEFING_LANGUAGE);
}

/** The template's HTML as pdfmake content, checked against the layout limits. */
function boundedContent(template: LoadedTemplate, html: string, setup: ResolvedPageSetup): Content[] {
  try {
    const content = htmlToContent(html, setup, BRIEFING_LANGUAGE);
    checkLayoutLimits(content);
    return content;
  } catch (error) {
    const reason =
      error instanceof RangeError && /call stack/.test(error.message)
        ? 'its HTML nests elements too deeply to lay out'
        : error instanceof Error
          ? error.message
          : String(error);
    throw new TemplateError(path.basename(template.file) || template.id, 0, 0, reason, template.file, { cause: error });
  }
}
