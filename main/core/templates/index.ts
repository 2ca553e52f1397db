/**
 * The analyst's own templates in the user data folder: list, open, create from a built-in,
 * save (checked first), rename, duplicate, delete to the trash and restore, import and export,
 * and drafts that keep unsaved edits. The desktop app calls these over IPC; the CLI lists and
 * checks with them.
 */
export {
  checkTemplateText,
  createTemplate,
  duplicateTemplate,
  exportTemplate,
  importTemplate,
  listTemplates,
  openTemplate,
  parseTemplateText,
  renameTemplate,
  saveTemplate,
} from './user-templates';
export type { OpenedTemplate, SaveOutcome } from './user-templates';
export { discardDraft, saveDraft } from './template-drafts';
export { deleteTemplate, listTrash, restoreTemplate } from './template-trash';
export type { TrashedTemplate } from './template-trash';
export { templateEditorReference } from './editor-reference';
export type { TemplateEditorReference } from './editor-reference';
export { MAX_TEMPLATE_BYTES, readTemplateText } from './template-store';
export { TemplateChangeError } from './errors';
export type { TemplateListing, TemplateStoreOptions } from './template-store';
export { MAX_LOGO_BYTES, readLogoImage } from './logo-image';
export type { LogoImage } from './logo-image';
