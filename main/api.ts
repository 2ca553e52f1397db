/**
 * The IPC contract between the renderer and the main process: one map from channel
 * (`noun:verb`) to the zod schema of its request and the type of its response.
 *
 * main/app/ipc.ts registers a handler for every channel through one wrapper (sender check, zod
 * parse, core call, typed result); main/preload exposes one named method per channel; the
 * renderer imports only the types from here.
 */
import { z } from 'zod';
import { Briefing, Id, MAX_TEMPLATE_BYTES, RecordKind, TemplateId, TemplateTrashId } from './core/model';
import type { BriefingModel } from './core/compose/briefing-model';
import type { FacetCount } from './core/library/query';
import { CandidateFields, NewRecord, NewSource, RecordFields, SourceChange, SourceFields, TopicFields } from './core/editing/forms';
import type { Decision } from './core/editing/import-review';
import type { ImportDraftView } from './core/editing/import-sessions';
import type { SourceDeletion } from './core/editing/sources';
import type { TopicMerge } from './core/editing/topics';
import type { SamePositionView } from './core/positions/same-position';
import type { Emptied, RecentlyDeleted, Restored } from './core/editing/trash';
import type { AddedImport } from './core/importer/import-source';
import type { MenuCommand, methods } from './api-methods';
import type { Briefing as BriefingType, Paper, PrintedField, RecordItem, Source, TemplateInfo, Topic } from './core/model';
import type { TemplateProblem } from './core/render/template-problem';
import type { ChangedRecord, EditedRecord, FieldChange, RemovedRecord, Staleness, TextDiffPart } from './core/shelf/staleness-report';
import type { BriefingSummary } from './core/use-cases/briefings';
import type { LibraryOverview, SourceSummary } from './core/use-cases/library-overview';
import type { AddedPdf, RelocatedPdf } from './core/use-cases/shelf-files';
import type { ShelfItem } from './core/use-cases/shelf-listing';
import type { OpenedTemplate, SaveOutcome, TemplateEditorReference, TemplateListing, TrashedTemplate } from './core/templates/template-types';
import type { LogoImage } from './core/templates/logo-image';

export type { BriefingModel, BriefingType as Briefing, FacetCount, Paper, RecordItem, Source, TemplateInfo, Topic };
export type { OpenedTemplate, SaveOutcome, TemplateEditorReference, TemplateListing, TemplateProblem, TrashedTemplate };
export type { ChangedRecord, EditedRecord, FieldChange, PrintedField, RemovedRecord, Staleness, TextDiffPart };

/** Records are paged: a library of 100k records must not cross IPC whole. */
export const FindRecordsRequest = z.object({
  topics: z.array(Id).default([]),
  sources: z.array(Id).default([]),
  kinds: z.array(RecordKind).default([]),
  search: z.string().max(500).default(''),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(500).default(100),
});

export const ById = z.object({ id: Id });
const NoPayload = z.undefined();

/**
 * Templates are named by id only (the model's `TemplateId` grammar, which no path fits), here
 * and inside every `Briefing`; main/core checks ids again before any file name is made of one.
 * Text is bounded by the core's size limit too.
 */
const TemplateText = z.string().max(MAX_TEMPLATE_BYTES);
export const TemplateById = z.object({ id: TemplateId });
export const TemplateTextRequest = z.object({ id: TemplateId, text: TemplateText });
/** An import under review, by the id main gave it. */
const ImportDraftRequest = z.object({ draftId: z.string().regex(/^import-[\da-f-]{1,36}$/) });
/** A candidate of an import under review. */
const CandidateKey = z.string().regex(/^c\d+$/);
/** The page of a shelved document the analyst is reading, to reopen it there. */
export const ShelfPage = z.object({ id: Id, page: z.number().int().positive() });

/**
 * What a channel touches on disk, and why. No request carries a path: every file main reads or
 * writes is either its own (the library file, the built-in templates, the user templates folder,
 * import drafts, fonts) found from ids, or one the analyst picked in a dialog main showed, or one
 * the library records (the shelf's PDFs, whose trust is checked by the shelf's handlers).
 */
export const DISK_ACCESS = {
  /** Nothing: the library main holds in memory (`library:overview` names its file for the window to show). */
  memory: 'the library in memory',
  /** Writes the library file (a briefing's template is a template id, never a path). */
  'library-file': 'writes the library file',
  /**
   * Reads (and, for changes, writes) the built-in and user templates folders by template id, and
   * fonts; text checked or previewed comes in the request.
   */
  templates: 'the templates folders, by id',
  /** Reads or writes the file the analyst picked in main's open or save dialog (and then the library or templates folder). */
  'picked-file': "a file picked in main's dialog",
  /** Keeps an import under review as a draft file in main's import drafts folder, beside the library. */
  'import-drafts': "main's import drafts folder",
  /** Reads the PDFs the shelf records (and writes a regenerated version beside one). */
  'shelf-files': 'PDFs the shelf records',
  /** Hands a file main itself wrote or shelved to the OS to open or show. */
  os: 'hands a known file to the OS',
} as const;
export type DiskAccess = keyof typeof DISK_ACCESS;

/**
 * The handler module under main/app/handlers that answers a channel: main/app/handlers.ts
 * registers one per group, and each module's type is the table's channels of its group.
 */
export type HandlerGroup =
  | 'library'
  | 'briefings'
  | 'exports'
  | 'templates'
  | 'template-studio'
  | 'editing'
  | 'import'
  | 'shelf'
  | 'positions'
  | 'help';

/**
 * A response's type, carried by the table. Responses are written by main's own handlers, not
 * received, so they are not parsed at run time; the marker keeps their type beside the channel.
 */
export interface Returns<T> {
  readonly response?: T;
}
function returns<T>(): Returns<T> {
  return {};
}

/** One row of the table: everything about a channel. */
export interface ChannelSpec {
  /** The name of the preload's method (`window.briefbook.<method>`) that invokes the channel. */
  method: string;
  group: HandlerGroup;
  access: DiskAccess;
  /** Every request is parsed with this before a handler sees it. */
  request: z.ZodType;
  response: Returns<unknown>;
}

/**
 * THE IPC table: one row per channel. The preload's methods, the handler registration, the
 * handler modules' types and the renderer's `window.briefbook` type all come from here.
 *
 * Adding a channel: add its row, add its handler to the module of its group (a type error
 * until you do), and add its name to main/api-methods.ts (a type error below until you do; the
 * sandboxed preload reads the names from there so its bundle carries no zod and no core).
 */
export const channels = {
  // A file dropped on the window comes as its name and content (`import:open-dropped`): main
  // reads nothing the page names, so a compromised page could not make main read (and hand
  // back) any other file. The shelf's `list` looks whether each recorded PDF is still there;
  // `regenerate` lays one out again from its recorded request (its template by id only).
  'library:overview': { method: 'libraryOverview', group: 'library', access: 'memory', request: NoPayload, response: returns<LibraryOverview>() },
  'records:find': { method: 'findRecords', group: 'library', access: 'memory', request: FindRecordsRequest, response: returns<RecordPage>() },
  'record:get': { method: 'getRecord', group: 'library', access: 'memory', request: ById, response: returns<RecordWithSource>() },
  'briefings:list': { method: 'listBriefings', group: 'briefings', access: 'memory', request: NoPayload, response: returns<BriefingSummary[]>() },
  'briefing:new': { method: 'newBriefing', group: 'briefings', access: 'memory', request: NoPayload, response: returns<BriefingType>() },
  'briefing:get': { method: 'getBriefing', group: 'briefings', access: 'memory', request: ById, response: returns<BriefingType>() },
  'briefing:save': { method: 'saveBriefing', group: 'briefings', access: 'library-file', request: Briefing, response: returns<BriefingType>() },
  'briefing:delete': { method: 'deleteBriefing', group: 'briefings', access: 'library-file', request: ById, response: returns<BriefingSummary[]>() },
  'briefing:compose': { method: 'composeBriefing', group: 'briefings', access: 'memory', request: Briefing, response: returns<BriefingModel>() },
  'briefing:preview': { method: 'previewBriefing', group: 'briefings', access: 'templates', request: Briefing, response: returns<PreviewResult>() },
  'briefing:export': { method: 'exportBriefing', group: 'exports', access: 'picked-file', request: Briefing, response: returns<ExportResult>() },
  'export:open-last': { method: 'openLastExport', group: 'exports', access: 'os', request: NoPayload, response: returns<void>() },
  'export:reveal-last': { method: 'revealLastExport', group: 'exports', access: 'os', request: NoPayload, response: returns<void>() },
  // Opens one of the guides shipped with the app (named by id; main finds its file) in the system's viewer.
  'help:open-doc': {
    method: 'openHelpDoc',
    group: 'help',
    access: 'os',
    request: z.object({ doc: z.enum(['guide', 'templates', 'importer']) }),
    response: returns<void>(),
  },
  'templates:list': { method: 'listTemplates', group: 'templates', access: 'templates', request: NoPayload, response: returns<TemplateListing[]>() },
  // The paper of the analyst's region, as exports read it: what a template that names no paper prints on.
  'paper:region': { method: 'regionPaper', group: 'templates', access: 'memory', request: NoPayload, response: returns<Paper>() },
  'template:open': { method: 'openTemplate', group: 'template-studio', access: 'templates', request: TemplateById, response: returns<OpenedTemplate>() },
  'template:create': { method: 'createTemplate', group: 'template-studio', access: 'templates', request: z.object({ name: z.string().min(1).max(200), from: TemplateId }), response: returns<TemplateListing>() },
  'template:duplicate': { method: 'duplicateTemplate', group: 'template-studio', access: 'templates', request: TemplateById, response: returns<TemplateListing>() },
  'template:save': { method: 'saveTemplate', group: 'template-studio', access: 'templates', request: TemplateTextRequest, response: returns<SaveOutcome>() },
  'template:save-draft': { method: 'saveTemplateDraft', group: 'template-studio', access: 'templates', request: TemplateTextRequest, response: returns<void>() },
  'template:discard-draft': { method: 'discardTemplateDraft', group: 'template-studio', access: 'templates', request: TemplateById, response: returns<void>() },
  'template:rename': { method: 'renameTemplate', group: 'template-studio', access: 'templates', request: z.object({ id: TemplateId, name: z.string().min(1).max(200) }), response: returns<TemplateListing>() },
  'template:delete': { method: 'deleteTemplate', group: 'template-studio', access: 'templates', request: TemplateById, response: returns<TrashedTemplate>() },
  'templates:trash': { method: 'listTemplateTrash', group: 'template-studio', access: 'templates', request: NoPayload, response: returns<TrashedTemplate[]>() },
  'template:restore': { method: 'restoreTemplate', group: 'template-studio', access: 'templates', request: z.object({ trashId: TemplateTrashId }), response: returns<TemplateListing>() },
  'template:check': { method: 'checkTemplate', group: 'template-studio', access: 'templates', request: TemplateTextRequest, response: returns<TemplateProblem[]>() },
  'template:preview': { method: 'previewTemplate', group: 'template-studio', access: 'templates', request: TemplateTextRequest.extend({ briefing: Briefing }), response: returns<PreviewResult>() },
  'template:reference': { method: 'templateReference', group: 'template-studio', access: 'templates', request: NoPayload, response: returns<TemplateEditorReference>() },
  'template:import': { method: 'importTemplate', group: 'template-studio', access: 'picked-file', request: NoPayload, response: returns<TemplateImportResult>() },
  'template:export': { method: 'exportTemplate', group: 'template-studio', access: 'picked-file', request: TemplateById, response: returns<TemplateExportResult>() },
  'template:choose-logo': { method: 'chooseTemplateLogo', group: 'template-studio', access: 'picked-file', request: NoPayload, response: returns<LogoChoice>() },
  'source:get': { method: 'getSource', group: 'editing', access: 'memory', request: ById, response: returns<Source>() },
  'source:add': { method: 'addSource', group: 'editing', access: 'library-file', request: NewSource, response: returns<Source>() },
  'source:update': { method: 'updateSource', group: 'editing', access: 'library-file', request: z.object({ id: Id, fields: SourceChange }), response: returns<Source>() },
  'source:delete': { method: 'deleteSource', group: 'editing', access: 'library-file', request: ById, response: returns<SourceDeletion>() },
  'record:add': { method: 'addRecord', group: 'editing', access: 'library-file', request: NewRecord, response: returns<RecordItem>() },
  'record:update': { method: 'updateRecord', group: 'editing', access: 'library-file', request: z.object({ id: Id, fields: RecordFields }), response: returns<RecordItem>() },
  'record:delete': { method: 'deleteRecord', group: 'editing', access: 'library-file', request: ById, response: returns<RecordItem>() },
  'record:restore': { method: 'restoreRecord', group: 'editing', access: 'library-file', request: ById, response: returns<RecordItem>() },
  'topic:add': { method: 'addTopic', group: 'editing', access: 'library-file', request: TopicFields, response: returns<Topic>() },
  'topic:update': { method: 'updateTopic', group: 'editing', access: 'library-file', request: z.object({ id: Id, fields: TopicFields }), response: returns<Topic>() },
  'topic:merge': { method: 'mergeTopics', group: 'editing', access: 'library-file', request: z.object({ from: Id, into: Id }), response: returns<TopicMerge>() },
  'topic:delete': { method: 'deleteTopic', group: 'editing', access: 'library-file', request: ById, response: returns<{ trashId: string }>() },
  'trash:list': { method: 'listRecentlyDeleted', group: 'editing', access: 'memory', request: NoPayload, response: returns<RecentlyDeleted>() },
  'trash:restore': { method: 'restoreFromTrash', group: 'editing', access: 'library-file', request: ById, response: returns<Restored>() },
  'trash:empty': { method: 'emptyTrash', group: 'editing', access: 'library-file', request: NoPayload, response: returns<Emptied>() },
  'import:open-file': { method: 'importFile', group: 'import', access: 'picked-file', request: NoPayload, response: returns<ImportOpened>() },
  'import:open-dropped': { method: 'importDroppedFile', group: 'import', access: 'import-drafts', request: z.object({ name: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array) }), response: returns<ImportDraftView>() },
  'import:confirm-source': { method: 'confirmImportSource', group: 'import', access: 'import-drafts', request: ImportDraftRequest.extend({ fields: SourceFields }), response: returns<ImportDraftView>() },
  'import:decide': { method: 'decideCandidate', group: 'import', access: 'import-drafts', request: ImportDraftRequest.extend({ key: CandidateKey, decision: z.enum(['pending', 'accepted', 'rejected']) }), response: returns<ImportDraftView>() },
  'import:edit': { method: 'editCandidate', group: 'import', access: 'import-drafts', request: ImportDraftRequest.extend({ key: CandidateKey, fields: CandidateFields }), response: returns<ImportDraftView>() },
  'import:merge': { method: 'mergeCandidates', group: 'import', access: 'import-drafts', request: ImportDraftRequest.extend({ first: CandidateKey, second: CandidateKey }), response: returns<ImportDraftView>() },
  'import:split': { method: 'splitCandidate', group: 'import', access: 'import-drafts', request: ImportDraftRequest.extend({ key: CandidateKey, at: z.number().int().positive() }), response: returns<ImportDraftView>() },
  'import:commit': { method: 'commitImport', group: 'import', access: 'library-file', request: ImportDraftRequest, response: returns<AddedImport>() },
  'import:discard': { method: 'discardImport', group: 'import', access: 'import-drafts', request: ImportDraftRequest, response: returns<void>() },
  'import:pending': { method: 'pendingImport', group: 'import', access: 'import-drafts', request: NoPayload, response: returns<PendingImport>() },
  'shelf:list': { method: 'listShelf', group: 'shelf', access: 'shelf-files', request: NoPayload, response: returns<ShelfItem[]>() },
  'shelf:add-file': { method: 'addFileToShelf', group: 'shelf', access: 'picked-file', request: NoPayload, response: returns<AddFileResult>() },
  'shelf:read': { method: 'readShelved', group: 'shelf', access: 'shelf-files', request: ById, response: returns<ShelfReadResult>() },
  'shelf:staleness': { method: 'shelvedStaleness', group: 'shelf', access: 'memory', request: ById, response: returns<Staleness | null>() },
  'shelf:regenerate': { method: 'regenerateShelved', group: 'shelf', access: 'shelf-files', request: ById, response: returns<RegenerateResult>() },
  'shelf:relocate': { method: 'relocateShelved', group: 'shelf', access: 'picked-file', request: ById, response: returns<RelocateResult>() },
  'shelf:remember-page': { method: 'rememberShelvedPage', group: 'shelf', access: 'library-file', request: ShelfPage, response: returns<void>() },
  'shelf:remove': { method: 'removeFromShelf', group: 'shelf', access: 'library-file', request: ById, response: returns<void>() },
  'shelf:put-back': { method: 'putBackOnShelf', group: 'shelf', access: 'library-file', request: ById, response: returns<ShelfItem>() },
  'shelf:reveal': { method: 'revealShelved', group: 'shelf', access: 'os', request: ById, response: returns<void>() },
  'shelf:open-external': { method: 'openShelvedExternally', group: 'shelf', access: 'os', request: ById, response: returns<void>() },
  'positions:same': { method: 'samePosition', group: 'positions', access: 'memory', request: ById, response: returns<SamePositionView>() },
  'position:confirm': { method: 'confirmPosition', group: 'positions', access: 'library-file', request: z.object({ recordId: Id, otherId: Id, label: z.string().max(300).optional() }), response: returns<SamePositionView>() },
  'position:reject': { method: 'rejectPosition', group: 'positions', access: 'library-file', request: z.object({ recordId: Id, otherId: Id }), response: returns<SamePositionView>() },
  'position:leave': { method: 'leavePosition', group: 'positions', access: 'library-file', request: ById, response: returns<SamePositionView>() },
} as const satisfies Record<string, ChannelSpec>;

type Table = typeof channels;
export type Channel = keyof Table;
export type RequestOf<C extends Channel> = z.input<Table[C]['request']>;
/** What a handler receives: the request after parsing (defaults filled in). */
export type ParsedRequestOf<C extends Channel> = z.output<Table[C]['request']>;
export type ResponseOf<C extends Channel> = Table[C]['response'] extends Returns<infer T> ? T : never;
/** Response type of every channel. */
export type Responses = { [C in Channel]: ResponseOf<C> };
export type MethodName = Table[Channel]['method'];
/** The channel each preload method invokes, as the table says. */
export type ChannelOfMethod = { [C in Channel as Table[C]['method']]: C };
/** The channels whose handlers live in one module under main/app/handlers. */
export type ChannelsOfGroup<G extends HandlerGroup> = { [C in Channel]: Table[C]['group'] extends G ? C : never }[Channel];

export type { LibraryOverview, SourceSummary };

export interface RecordPage {
  total: number;
  offset: number;
  records: RecordItem[];
  /** Counts over the whole match, for the facet lists. */
  topicCounts: FacetCount[];
  sourceCounts: FacetCount[];
}

export interface RecordWithSource {
  record: RecordItem;
  source: Source;
}

export type { BriefingSummary };

export interface PreviewResult {
  pdf: Uint8Array;
  pageCount: number;
}

export type ExportResult =
  | { canceled: true }
  | {
      canceled: false;
      file: string;
      pageCount: number;
      /** Why the PDF, though written, could not be put on the reading room's shelf (a read-only library). */
      notShelved?: string;
    };

/** One document on the reading room's shelf. */
export type { ShelfItem };

/** Adding a PDF from disk (core/use-cases/shelf-files.ts), unless the analyst cancelled the open dialog. */
export type AddFileResult = { status: 'canceled' } | AddedPdf;

export type ShelfReadResult =
  /** `changed`: the file's bytes are no longer those shelved (edited or replaced outside Briefbook). */
  | { status: 'found'; pdf: Uint8Array; changed: boolean }
  | { status: 'missing'; file: string };

/** Finding a moved PDF again (core/use-cases/shelf-files.ts), unless the analyst cancelled the open dialog. */
export type RelocateResult = { status: 'canceled' } | RelocatedPdf;

export type RegenerateResult =
  /** The new version, written beside the original (or where the analyst chose, see `canceled`). */
  | { status: 'regenerated'; item: ShelfItem }
  /** The original is not where the shelf last found it, so there is no folder to write beside. */
  | { status: 'missing'; file: string }
  /** The original's folder is not one the analyst exported into, and the save dialog was cancelled. */
  | { status: 'canceled' };

/** Importing a template: the analyst may cancel the open dialog; a file with errors is not imported. */
export type TemplateImportResult = { canceled: true } | ({ canceled: false } & SaveOutcome);

export type TemplateExportResult = { canceled: true } | { canceled: false; file: string };

/** A logo for a template's page setup, from main's open dialog: the image itself, never its path. */
export type LogoChoice = { canceled: true } | { canceled: false; logo: LogoImage };
export type { AddedImport, Decision, Emptied, ImportDraftView, RecentlyDeleted, Restored, SourceDeletion, TopicMerge };
export type { CandidateView } from './core/editing/import-sessions';

/** What File > Import… opened: nothing when the analyst cancelled the dialog. */
export type ImportOpened = { canceled: true } | { canceled: false; draft: ImportDraftView };

/** An import left unfinished when the app last closed, and kept drafts that could not be read. */
export interface PendingImport {
  draft: ImportDraftView | undefined;
  problems: string[];
}

/** What went wrong, in words the analyst can act on. `code` lets the UI choose how to show it. */
export interface ApiErrorInfo {
  code: 'invalid-request' | 'unknown-sender' | 'not-found' | 'library' | 'template' | 'export' | 'internal' | 'import' | 'file';
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Field-level detail for invalid requests, e.g. `title: Required`. */
  issues?: string[];
}

/** Every handler answers with a result envelope: errors cross the process boundary intact. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };

export { methods, MENU_COMMANDS, type MenuCommand } from './api-methods';

/** Main-to-renderer events. */
export interface Events {
  'menu:command': MenuCommand;
  'export:progress': { stage: 'rendering' | 'writing' | 'done'; fraction: number };
  /** Another program (the briefbook command, another computer) changed the library file; main has reloaded it. */
  'library:changed': Record<string, never>;
}

type Method<C extends Channel> = undefined extends RequestOf<C>
  ? (request?: RequestOf<C>) => Promise<ApiResult<Responses[C]>>
  : (request: RequestOf<C>) => Promise<ApiResult<Responses[C]>>;

/** `window.briefbook` as the renderer sees it: the table's methods, plus `on` for events. */
export type BriefbookApi = { [C in Channel as Table[C]['method']]: Method<C> } & {
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void;
};

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Whether a method-to-channel map names exactly the table's methods, each on its channel. */
export type NamesMatchTable<M> =
  Same<keyof M, MethodName> extends true ? Same<{ -readonly [K in keyof M]: M[K] }, ChannelOfMethod> : false;
/**
 * The preload's names (main/api-methods.ts) are exactly the table's: the same methods, each on
 * its channel. A method missing there, left over, on another channel or named twice in the
 * table fails to type-check here; so does a menu command named like a channel.
 */
export type PreloadNamesMatchTable = Assert<NamesMatchTable<typeof methods>> & Assert<Same<Extract<MenuCommand, Channel>, never>>;
