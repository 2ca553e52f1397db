import { composeBriefing, type BriefingRequest } from './compose/compose';
import { resolveRuleRecords } from './compose/rule-records';
import type { BriefingModel } from './compose/briefing-model';
import { printedModelPaper } from './editing/paper-choice';
import { systemPaper } from './editing/paper-for-locale';
import type { Library, Paper } from './model';
import { exportPdf } from './pdf';
import type { BlockCounts } from './pdf/export-pdf';
import { loadTemplate, type LoadedTemplate } from './render';
import type { RecordPageFinder } from './library/search/worker/client';
import type { ResourceLayout } from './resources';
import { parseTemplateText } from './templates/user-templates';

export interface ExportedBriefing extends RenderedBriefing {
  model: BriefingModel;
}

/**
 * A composed briefing to lay out as a PDF, and the template to lay it out with: a template id
 * (built-in or the analyst's, as `loadTemplate` takes; never a path), or, with `text`, the
 * unsaved text of the analyst's template `template`. Plain data, so it can be posted to the
 * export worker.
 */
export interface RenderRequest {
  model: BriefingModel;
  /** A template id; anything else is refused as an unknown template, before any file is read. */
  template: string;
  text?: string;
  layout?: ResourceLayout;
  /** Where the analyst's own templates are (default `<user data>/templates`). */
  templatesDir?: string;
  /**
   * The paper of the analyst's region, for a briefing that picks none through a template that
   * names none; default: this system's (`systemPaper`).
   */
  localePaper?: Paper;
}

export interface RenderedBriefing {
  bytes: Uint8Array;
  pageCount: number;
  /** The handling marking printed on every page: the template's, when it sets one, else the briefing's. */
  marking: string;
  /** How much of the template's HTML this export converted and how much it reused from earlier exports in its thread. */
  blocks?: BlockCounts;
}

/** Lays out a composed briefing: in this thread ({@link renderBriefing}) or in the export worker. */
export type BriefingRenderer = (request: RenderRequest) => Promise<RenderedBriefing>;

/** Renders the briefing's template and lays out the PDF, in this thread. */
export async function renderBriefing(request: RenderRequest): Promise<RenderedBriefing> {
  const { model, layout, templatesDir, localePaper } = request;
  const template =
    request.text === undefined
      ? await loadTemplate(request.template, layout, templatesDir)
      : await parseTemplateText(request.template, request.text, { dir: templatesDir, layout });
  return layOutBriefing(model, template, layout, localePaper);
}

/**
 * Lays out a composed briefing with a loaded template, on the paper {@link printedModelPaper}
 * decides: the analyst's for this briefing, else the template's, else the region's.
 */
export async function layOutBriefing(
  composed: BriefingModel,
  template: LoadedTemplate,
  layout?: ResourceLayout,
  localePaper: Paper = systemPaper(),
): Promise<RenderedBriefing> {
  const named = template.namesPaper ? template.setup.pageSize : undefined;
  const model = { ...composed, paper: printedModelPaper({ chosen: composed.paper, named, locale: localePaper }) };
  const { bytes, pageCount, blocks } = await exportPdf(model, template, { layout });
  return { bytes, pageCount, marking: template.setup.marking || model.marking, blocks };
}

/**
 * The one export path: compose the briefing, render it with its template, lay out the PDF.
 * The app's preview, the app's export, the CLI and the tests all come through here.
 * Composing happens in this thread; the rest in `render` (the app passes its export worker's,
 * so a long layout never holds up the main process), by default right here. A rule's text
 * search is asked of `findRecordPage` first when given (the app's search worker).
 */
export async function exportBriefing(
  library: Library,
  briefing: BriefingRequest & { templateId: string },
  options: { layout?: ResourceLayout; templatesDir?: string; render?: BriefingRenderer; localePaper?: Paper; findRecordPage?: RecordPageFinder } = {},
): Promise<ExportedBriefing> {
  const { render = renderBriefing, layout, templatesDir, localePaper, findRecordPage } = options;
  const model = composeBriefing(library, briefing, await resolveRuleRecords(library, [briefing.selection], findRecordPage));
  return { ...(await render({ model, template: briefing.templateId, layout, templatesDir, localePaper })), model };
}
