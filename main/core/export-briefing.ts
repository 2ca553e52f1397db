import { composeBriefing, type BriefingRequest } from './compose/compose';
import type { BriefingModel } from './compose/briefing-model';
import type { Library } from './model';
import { exportPdf } from './pdf';
import { loadTemplate } from './render';
import type { ResourceLayout } from './resources';

export interface ExportedBriefing {
  bytes: Uint8Array;
  pageCount: number;
  model: BriefingModel;
  /** The handling marking printed on every page: the template's, when it sets one, else the briefing's. */
  marking: string;
}

/**
 * The one export path: compose the briefing, render it with its template, lay out the PDF.
 * The app's preview, the app's export, the CLI and the tests all come through here.
 * `templatesDir` is where the analyst's own templates are (default `<user data>/templates`).
 */
export async function exportBriefing(
  library: Library,
  briefing: BriefingRequest & { templateId: string },
  options: { layout?: ResourceLayout; templatesDir?: string } = {},
): Promise<ExportedBriefing> {
  const model = composeBriefing(library, briefing);
  const template = await loadTemplate(briefing.templateId, options.layout, options.templatesDir);
  const { bytes, pageCount } = await exportPdf(model, template, options);
  return { bytes, pageCount, model, marking: template.setup.marking || model.marking };
}
