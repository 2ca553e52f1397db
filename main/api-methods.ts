/**
 * The names of the IPC contract that exist at run time outside main: the preload's method
 * names and the menu commands. Kept apart from main/api.ts (zod schemas and the model) so the
 * sandboxed preload bundle carries only these few lines.
 *
 * The table in main/api.ts is the contract; this is its shadow for the preload. It imports
 * nothing from main/api.ts (which checks it): main/api.ts's `PreloadNamesMatchTable` fails to
 * type-check unless `methods` names exactly the table's methods, each on the table's channel.
 */

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
  openHelpDoc: 'help:open-doc',
  listTemplates: 'templates:list',
  regionPaper: 'paper:region',
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
  chooseTemplateLogo: 'template:choose-logo',
  getSource: 'source:get',
  addSource: 'source:add',
  updateSource: 'source:update',
  deleteSource: 'source:delete',
  addRecord: 'record:add',
  updateRecord: 'record:update',
  deleteRecord: 'record:delete',
  restoreRecord: 'record:restore',
  addTopic: 'topic:add',
  updateTopic: 'topic:update',
  mergeTopics: 'topic:merge',
  deleteTopic: 'topic:delete',
  listRecentlyDeleted: 'trash:list',
  restoreFromTrash: 'trash:restore',
  emptyTrash: 'trash:empty',
  importFile: 'import:open-file',
  importDroppedFile: 'import:open-dropped',
  confirmImportSource: 'import:confirm-source',
  decideCandidate: 'import:decide',
  editCandidate: 'import:edit',
  mergeCandidates: 'import:merge',
  splitCandidate: 'import:split',
  commitImport: 'import:commit',
  discardImport: 'import:discard',
  pendingImport: 'import:pending',
  listShelf: 'shelf:list',
  addFileToShelf: 'shelf:add-file',
  readShelved: 'shelf:read',
  shelvedStaleness: 'shelf:staleness',
  regenerateShelved: 'shelf:regenerate',
  relocateShelved: 'shelf:relocate',
  rememberShelvedPage: 'shelf:remember-page',
  removeFromShelf: 'shelf:remove',
  putBackOnShelf: 'shelf:put-back',
  revealShelved: 'shelf:reveal',
  openShelvedExternally: 'shelf:open-external',
  samePosition: 'positions:same',
  confirmPosition: 'position:confirm',
  rejectPosition: 'position:reject',
  leavePosition: 'position:leave',
} as const;

/**
 * Commands the application menu sends to the renderer (the `menu:command` event). They have
 * their own names, never a channel's: a channel is the window asking main for something, a
 * command is main telling the window what the analyst chose.
 */
export const MENU_COMMANDS = [
  'new-briefing',
  'open-briefing',
  'save',
  'export-pdf',
  'undo',
  'redo',
  'find',
  'import-article',
  'open-pdf',
  'show-library',
  'show-composer',
  'show-templates',
  'show-reading-room',
  'show-help',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
