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
import type { Briefing as BriefingType, PrintedField, RecordItem, Source, TemplateInfo, Topic } from './core/model';
import type { TemplateProblem } from './core/render/template-problem';
import type { ChangedRecord, EditedRecord, RemovedRecord, Staleness } from './core/shelf/staleness-report';
import type { BriefingSummary } from './core/use-cases/briefings';
import type { LibraryOverview, SourceSummary } from './core/use-cases/library-overview';
import type { ShelfItem } from './core/use-cases/shelf-listing';
import type { OpenedTemplate, SaveOutcome, TemplateEditorReference, TemplateListing, TrashedTemplate } from './core/templates/template-types';

export type { BriefingModel, BriefingType as Briefing, FacetCount, RecordItem, Source, TemplateInfo, Topic };
export type { OpenedTemplate, SaveOutcome, TemplateEditorReference, TemplateListing, TemplateProblem, TrashedTemplate };
export type { ChangedRecord, EditedRecord, PrintedField, RemovedRecord, Staleness };

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
 * Request schema of every channel.
 *
 * What touches the disk, and why. No request carries a path: every file main reads or writes is
 * either its own (the library file, the built-in templates, the user templates folder, import
 * drafts, fonts) found from ids, or one the analyst picked in a dialog main showed, or one the
 * library records (the shelf's PDFs, whose trust is checked by the shelf's handlers).
 */
export const requests = {
  // Memory only: the library main holds; `library:overview` names its file for the window to show.
  'library:overview': NoPayload,
  'records:find': FindRecordsRequest,
  'record:get': ById,
  'briefings:list': NoPayload,
  'briefing:new': NoPayload,
  'briefing:get': ById,
  // Writes the library file (a briefing's template is a template id, never a path).
  'briefing:save': Briefing,
  'briefing:delete': ById,
  // Memory only.
  'briefing:compose': Briefing,
  // Reads the briefing's template, by id, from the built-in or user templates folder (and fonts).
  'briefing:preview': Briefing,
  // As preview; then writes the PDF to the file the analyst picked in main's save dialog, and the library (shelf).
  'briefing:export': Briefing,
  // The OS opens or shows the file main itself wrote last in this session.
  'export:open-last': NoPayload,
  'export:reveal-last': NoPayload,
  // Opens one of the guides shipped with the app (named by id; main finds its file) in the system's viewer.
  'help:open-doc': z.object({ doc: z.enum(['guide', 'templates', 'importer']) }),
  // Read (and, for changes, write) the user templates folder by id, and read the built-in templates.
  'templates:list': NoPayload,
  'template:open': TemplateById,
  'template:create': z.object({ name: z.string().min(1).max(200), from: TemplateId }),
  'template:duplicate': TemplateById,
  'template:save': TemplateTextRequest,
  'template:save-draft': TemplateTextRequest,
  'template:discard-draft': TemplateById,
  'template:rename': z.object({ id: TemplateId, name: z.string().min(1).max(200) }),
  'template:delete': TemplateById,
  'templates:trash': NoPayload,
  'template:restore': z.object({ trashId: TemplateTrashId }),
  // Read the partials in the templates folders; the text checked or previewed comes in the request.
  'template:check': TemplateTextRequest,
  'template:preview': TemplateTextRequest.extend({ briefing: Briefing }),
  'template:reference': NoPayload,
  // Reads the .hbs file the analyst picked in main's open dialog, into the user templates folder.
  'template:import': NoPayload,
  // Checks the id, then writes the template to the .hbs file the analyst picked in main's save dialog.
  'template:export': TemplateById,
  // Memory, and writes of the library file.
  'source:get': ById,
  'source:add': NewSource,
  'source:update': z.object({ id: Id, fields: SourceChange }),
  'source:delete': ById,
  'record:add': NewRecord,
  'record:update': z.object({ id: Id, fields: RecordFields }),
  'record:delete': ById,
  'record:restore': ById,
  'topic:add': TopicFields,
  'topic:update': z.object({ id: Id, fields: TopicFields }),
  'topic:merge': z.object({ from: Id, into: Id }),
  'topic:delete': ById,
  'trash:list': NoPayload,
  'trash:restore': ById,
  'trash:empty': NoPayload,
  // Reads the article the analyst picked in main's open dialog; keeps the review as a draft file
  // in main's import drafts folder (beside the library), as do the review steps below.
  'import:open-file': NoPayload,
  /**
   * A file dropped on the window, as its name and content: main reads nothing the page names,
   * so a compromised page could not make main read (and hand back) any other file.
   */
  'import:open-dropped': z.object({ name: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array) }),
  'import:confirm-source': ImportDraftRequest.extend({ fields: SourceFields }),
  'import:decide': ImportDraftRequest.extend({ key: CandidateKey, decision: z.enum(['pending', 'accepted', 'rejected']) }),
  'import:edit': ImportDraftRequest.extend({ key: CandidateKey, fields: CandidateFields }),
  'import:merge': ImportDraftRequest.extend({ first: CandidateKey, second: CandidateKey }),
  'import:split': ImportDraftRequest.extend({ key: CandidateKey, at: z.number().int().positive() }),
  // Writes the library, and removes the draft file.
  'import:commit': ImportDraftRequest,
  'import:discard': ImportDraftRequest,
  // Reads main's import drafts folder.
  'import:pending': NoPayload,
  // The shelf: entries by id. `list` looks whether each recorded PDF is still there; `read`
  // reads one; `regenerate` lays it out again from its recorded request (its template by id
  // only) and writes the new version beside it; `add-file` and `relocate` read the PDF the
  // analyst picked in main's open dialog; `reveal` and `open-external` hand a recorded PDF to
  // the OS; `remember-page`, `remove` and `put-back` write the library; `staleness` is memory.
  'shelf:list': NoPayload,
  'shelf:add-file': NoPayload,
  'shelf:read': ById,
  'shelf:staleness': ById,
  'shelf:regenerate': ById,
  'shelf:relocate': ById,
  'shelf:remember-page': ShelfPage,
  'shelf:remove': ById,
  'shelf:put-back': ById,
  'shelf:reveal': ById,
  'shelf:open-external': ById,
  'positions:same': ById,
  'position:confirm': z.object({ recordId: Id, otherId: Id, label: z.string().max(300).optional() }),
  'position:reject': z.object({ recordId: Id, otherId: Id }),
  'position:leave': ById,
} as const;

export type Channel = keyof typeof requests;
export type RequestOf<C extends Channel> = z.input<(typeof requests)[C]>;

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

/** Adding a PDF from disk: `added` also when those very bytes were on the shelf already. */
export type AddFileResult =
  | { status: 'canceled' }
  | { status: 'added'; item: ShelfItem }
  | { status: 'unreadable'; file: string; reason: string };

export type ShelfReadResult =
  /** `changed`: the file's bytes are no longer those shelved (edited or replaced outside Briefbook). */
  | { status: 'found'; pdf: Uint8Array; changed: boolean }
  | { status: 'missing'; file: string };

export type RelocateResult =
  | { status: 'canceled' }
  | { status: 'relocated'; item: ShelfItem }
  /** The chosen file is not the same document (its SHA-256 differs); the shelf is unchanged. */
  | { status: 'mismatch'; file: string };

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
export type { AddedImport, Decision, Emptied, ImportDraftView, RecentlyDeleted, Restored, SourceDeletion, TopicMerge };
export type { CandidateView } from './core/editing/import-sessions';

/** What File > Import… opened: nothing when the analyst cancelled the dialog. */
export type ImportOpened = { canceled: true } | { canceled: false; draft: ImportDraftView };

/** An import left unfinished when the app last closed, and kept drafts that could not be read. */
export interface PendingImport {
  draft: ImportDraftView | undefined;
  problems: string[];
}

/** Response type of every channel. */
export interface Responses {
  'library:overview': LibraryOverview;
  'records:find': RecordPage;
  'record:get': RecordWithSource;
  'briefings:list': BriefingSummary[];
  'briefing:new': BriefingType;
  'briefing:get': BriefingType;
  'briefing:save': BriefingType;
  'briefing:delete': BriefingSummary[];
  'briefing:compose': BriefingModel;
  'briefing:preview': PreviewResult;
  'briefing:export': ExportResult;
  'export:open-last': void;
  'export:reveal-last': void;
  'help:open-doc': void;
  'templates:list': TemplateListing[];
  'template:open': OpenedTemplate;
  'template:create': TemplateListing;
  'template:duplicate': TemplateListing;
  'template:save': SaveOutcome;
  'template:save-draft': void;
  'template:discard-draft': void;
  'template:rename': TemplateListing;
  'template:delete': TrashedTemplate;
  'templates:trash': TrashedTemplate[];
  'template:restore': TemplateListing;
  'template:check': TemplateProblem[];
  'template:preview': PreviewResult;
  'template:reference': TemplateEditorReference;
  'template:import': TemplateImportResult;
  'template:export': TemplateExportResult;
  'source:get': Source;
  'source:add': Source;
  'source:update': Source;
  'source:delete': SourceDeletion;
  'record:add': RecordItem;
  'record:update': RecordItem;
  'record:delete': RecordItem;
  'record:restore': RecordItem;
  'topic:add': Topic;
  'topic:update': Topic;
  'topic:merge': TopicMerge;
  'topic:delete': { trashId: string };
  'trash:list': RecentlyDeleted;
  'trash:restore': Restored;
  'trash:empty': Emptied;
  'import:open-file': ImportOpened;
  'import:open-dropped': ImportDraftView;
  'import:confirm-source': ImportDraftView;
  'import:decide': ImportDraftView;
  'import:edit': ImportDraftView;
  'import:merge': ImportDraftView;
  'import:split': ImportDraftView;
  'import:commit': AddedImport;
  'import:discard': void;
  'import:pending': PendingImport;
  'shelf:list': ShelfItem[];
  'shelf:add-file': AddFileResult;
  'shelf:read': ShelfReadResult;
  /** Null for a PDF that Briefbook did not export. */
  'shelf:staleness': Staleness | null;
  'shelf:regenerate': RegenerateResult;
  'shelf:relocate': RelocateResult;
  'shelf:remember-page': void;
  'shelf:remove': void;
  'shelf:put-back': ShelfItem;
  'shelf:reveal': void;
  'shelf:open-external': void;
  /** A record's position and suggested records of other sources for it ("Same position elsewhere"). */
  'positions:same': SamePositionView;
  'position:confirm': SamePositionView;
  'position:reject': SamePositionView;
  /** `id` is the record that leaves its position. */
  'position:leave': SamePositionView;
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

/** `window.briefbook` as the renderer sees it. */
export type BriefbookApi = { [M in keyof typeof methods]: Method<(typeof methods)[M]> } & {
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void;
};
