import { composeBriefing } from '../../core/compose/compose';
import { resolveRuleRecords } from '../../core/compose/rule-records';
import { renderBriefing } from '../../core/export-briefing';
import {
  checkTemplateText,
  createTemplate,
  deleteTemplate,
  discardDraft,
  duplicateTemplate,
  exportTemplate,
  importTemplate,
  listTrash,
  openTemplate,
  readLogoImage,
  renameTemplate,
  restoreTemplate,
  saveDraft,
  saveTemplate,
  templateEditorReference,
} from '../../core/templates';
import type { GroupHandlers } from '../dispatch';
import type { HandlerContext } from '../handler-context';

/** What the logo dialog lists: the image types a PDF embeds as they are. */
const LOGO_FILES = [{ name: 'Logo image (PNG, JPEG)', extensions: ['png', 'jpg', 'jpeg'] }];

/**
 * The template studio: editing the analyst's own templates in the templates folder of the
 * context (never a folder the renderer names), checking and previewing unsaved text, and
 * importing and exporting through dialogs main shows.
 */
export function templateStudioHandlers(context: HandlerContext): GroupHandlers<'template-studio'> {
  const store = { dir: context.templatesDir, layout: context.layout };
  const render = context.renderBriefing ?? renderBriefing;
  return {
    'template:open': async ({ id }) => openTemplate(id, store),
    'template:create': async ({ name, from }) => createTemplate(name, from, store),
    'template:duplicate': async ({ id }) => duplicateTemplate(id, store),
    'template:save': async ({ id, text }) => saveTemplate(id, text, store),
    'template:save-draft': async ({ id, text }) => saveDraft(id, text, store),
    'template:discard-draft': async ({ id }) => discardDraft(id, store),
    'template:rename': async ({ id, name }) => renameTemplate(id, name, store),
    'template:delete': async ({ id }) => deleteTemplate(id, store),
    'templates:trash': async () => listTrash(store),
    'template:restore': async ({ trashId }) => restoreTemplate(trashId, store),
    'template:check': async ({ id, text }) => checkTemplateText(text, `${id}.hbs`, store),

    // The same pipeline as briefing:preview, with the unsaved text in place of the saved template.
    'template:preview': async ({ id, text, briefing }) => {
      const library = context.store.data;
      const model = composeBriefing(library, briefing, await resolveRuleRecords(library, [briefing.selection], context.findRecordPage));
      const { bytes, pageCount } = await render({ model, template: id, text, layout: context.layout, templatesDir: context.templatesDir, localePaper: context.localePaper });
      return { pdf: bytes, pageCount };
    },

    'template:reference': async () => templateEditorReference(store),

    'template:import': async () => {
      const file = await context.chooseTemplateFile();
      if (!file) return { canceled: true };
      return { canceled: false, ...(await importTemplate(file, store)) };
    },

    // The id is checked before the save dialog shows: a wrong one is reported without a dialog.
    'template:export': async ({ id }) => {
      const file = await exportTemplate(id, (suggestedName) => context.chooseTemplateExportFile(suggestedName), store);
      return file === undefined ? { canceled: true } : { canceled: false, file };
    },

    // Main asks which image and reads it; the window gets the image, which it writes into the
    // template's front matter like any edit (so Save, Undo and the draft cover it).
    'template:choose-logo': async () => {
      const file = await context.chooseFileToOpen({ title: 'Choose Logo', buttonLabel: 'Choose', filters: LOGO_FILES });
      return file === undefined ? { canceled: true } : { canceled: false, logo: await readLogoImage(file) };
    },
  };
}
