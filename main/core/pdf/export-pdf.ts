import type { BriefingModel } from '../compose/briefing-model';
import { defaultResourceLayout } from '../resources';
import type { ResourceLayout } from '../resources';
import { renderRunningText, renderTemplate } from '../render/engine';
import type { LoadedTemplate } from '../render/loaded-template';
import { buildDocDefinition } from './doc-definition';
import { htmlToContent } from './html-to-content';
import { preparePdfmake } from './pdfmake-setup';

/**
 * Exports a briefing as a PDF through a template: the one path the app, the CLI and the
 * tests share.
 *
 * Template → HTML (Handlebars) → pdfmake content (html-to-pdfmake) → PDF (pdfmake), with
 * fonts, DOM window and compiled template cached across calls. Throws {@link TemplateError}
 * for a template mistake; any other failure is a plain Error.
 */
export async function exportPdf(
  model: BriefingModel,
  template: LoadedTemplate,
  options: { layout?: ResourceLayout } = {},
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const pdfmake = await preparePdfmake(options.layout ?? defaultResourceLayout());
  const html = renderTemplate(template, model);
  const setup = { ...template.setup, ...renderRunningText(template, model) };
  const { definition, pages } = buildDocDefinition(model, setup, htmlToContent(html, setup));
  let bytes: Buffer;
  try {
    bytes = await pdfmake.createPdf(definition).getBuffer();
  } catch (error) {
    throw new Error(`could not lay out the PDF for template ${template.id}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return { bytes, pageCount: pages.count };
}
