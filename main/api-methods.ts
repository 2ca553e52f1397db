/**
 * The names of the IPC contract that exist at run time outside main: the preload's method
 * names and the menu commands. Kept apart from main/api.ts (zod schemas and the model) so the
 * sandboxed preload bundle carries only these few lines.
 */
import type { Channel } from './api';

/** The named methods the preload exposes, one per channel. */
export const methods = {
  libraryOverview: 'library:overview',
  findRecords: 'records:find',
  getRecord: 'record:get',
  listBriefings: 'briefings:list',
  newBriefing: 'briefing:new',
  getBriefing: 'briefing:get',
  saveBriefing: 'briefing:save',
  deleteBriefing: 'briefing:delete',
  composeBriefing: 'briefing:compose',
  previewBriefing: 'briefing:preview',
  exportBriefing: 'briefing:export',
  openLastExport: 'export:open-last',
  revealLastExport: 'export:reveal-last',
  listTemplates: 'templates:list',
  openTemplate: 'template:open',
  createTemplate: 'template:create',
  duplicateTemplate: 'template:duplicate',
  saveTemplate: 'template:save',
  saveTemplateDraft: 'template:save-draft',
  discardTemplateDraft: 'template:discard-draft',
  renameTemplate: 'template:rename',
  deleteTemplate: 'template:delete',
  listTemplateTrash: 'templates:trash',
  restoreTemplate: 'template:restore',
  checkTemplate: 'template:check',
  previewTemplate: 'template:preview',
  templateReference: 'template:reference',
  importTemplate: 'template:import',
  exportTemplate: 'template:export',
  listShelf: 'shelf:list',
  addFileToShelf: 'shelf:add-file',
  addChosenToShelf: 'shelf:add-chosen',
  readShelved: 'shelf:read',
  shelvedStaleness: 'shelf:staleness',
  regenerateShelved: 'shelf:regenerate',
  relocateShelved: 'shelf:relocate',
  rememberShelvedPage: 'shelf:remember-page',
} as const satisfies Record<string, Channel>;

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'briefing:new',
  'briefing:open',
  'briefing:save',
  'briefing:export',
  'edit:undo',
  'edit:redo',
  'edit:find',
  'shelf:open-pdf',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
