import { layOutBriefing, type BriefingRenderer } from './export-briefing';
import { loadTemplateFile } from './render/template-file';

/**
 * A renderer that lays briefings out with the template in `file`, whatever the request's
 * template id says: for `briefbook export --template FILE`, where the user named the file on
 * the command line. The app never uses it (lint forbids main/app and the export worker to import
 * it): there, templates are only ever chosen by id.
 */
export function templateFileRenderer(file: string): BriefingRenderer {
  return async ({ model, layout, localePaper }) => layOutBriefing(model, await loadTemplateFile(file, layout), layout, localePaper);
}
