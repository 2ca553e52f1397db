import path from 'node:path';
import type { Library } from '../model';
import { ImportError } from '../importer/errors';
import { addImportToLibrary, type AddedImport, type ImportResult } from '../importer/import-source';
import { findDuplicate, type DuplicateMatch } from './duplicates';
import { NotFoundError } from '../errors';
import { EditError } from './errors';
import { newDraftId } from './import-draft-files';
import { startReview, type ImportDraft, type ReviewCandidate } from './import-review';
import type { EditableLibrary } from './lookup';

/** Tags of records added through the review queue: imported, and each one seen by the analyst. */
export const REVIEWED_IMPORT_TAGS = ['imported'];

/** A candidate as the review queue shows it: flagged when the library already holds its statement. */
export interface CandidateView extends ReviewCandidate {
  duplicate?: DuplicateMatch;
}

/** An import under review as the window sees it. */
export interface ImportDraftView extends Omit<ImportDraft, 'candidates'> {
  candidates: CandidateView[];
}

/**
 * The imports under review, held in memory (the app also keeps each on disk after every step,
 * see ImportDraftFiles): nothing of an import enters the library until
 * `commit`, which adds the confirmed source and the accepted candidates in one all-or-nothing
 * store update. A commit that fails leaves both the library and the draft as they were, so the
 * analyst can correct what is wrong and commit again.
 */
export class ImportSessions {
  private readonly drafts = new Map<string, ImportDraft>();

  constructor(private readonly store: EditableLibrary) {}

  /**
   * Holds an imported document for review, every candidate pending (see `startReview`). A text
   * the library already holds is refused at once: its records belong to the existing source.
   */
  open(result: ImportResult): ImportDraftView {
    const same = this.store.data.sources.find((s) => s.text === result.source.text);
    if (same) throw new ImportError('duplicate', result.file, `the library already holds this text as the source “${same.title}”`);
    const draft = startReview(newDraftId(), path.basename(result.file), result);
    this.drafts.set(draft.id, draft);
    return this.view(draft.id);
  }

  /** The draft with its candidates flagged against the library as it is now. */
  view(id: string): ImportDraftView {
    const draft = this.require(id);
    const library = this.store.data;
    return { ...draft, candidates: draft.candidates.map((candidate) => flagDuplicate(library, candidate)) };
  }

  /** Applies one review step (accept, edit, merge, split...) to a draft; a step that throws changes nothing. */
  change(id: string, step: (draft: ImportDraft, library: Library) => ImportDraft): ImportDraftView {
    const changed = step(this.require(id), this.store.data);
    // Re-inserted, so the map's order is the order of last change.
    this.drafts.delete(id);
    this.drafts.set(id, changed);
    return this.view(id);
  }

  /**
   * Adds the confirmed source and the accepted candidates to the library in one update, then
   * forgets the draft. Refused until the analyst has confirmed the source's details.
   */
  async commit(id: string, now: Date): Promise<AddedImport> {
    const draft = this.require(id);
    if (!draft.sourceConfirmed) throw new EditError('invalid', 'Confirm the source’s details before adding it to the library.', 'source');
    const accepted = draft.candidates.filter((c) => c.decision === 'accepted');
    const result: ImportResult = { file: draft.fileName, format: draft.format, source: draft.source, candidates: accepted, missing: [] };
    const added = await addImportToLibrary(this.store, result, now, REVIEWED_IMPORT_TAGS);
    this.drafts.delete(id);
    return added;
  }

  /** Takes up a draft kept from before (see ImportDraftFiles), as it was left. */
  adopt(draft: ImportDraft): void {
    this.drafts.set(draft.id, draft);
  }

  /** The draft itself, to keep it. */
  draft(id: string): ImportDraft {
    return this.require(id);
  }

  /** The import changed most recently, if any is open: the one to go back to. */
  latest(): ImportDraftView | undefined {
    const id = [...this.drafts.keys()].at(-1);
    return id === undefined ? undefined : this.view(id);
  }

  /** Forgets a draft; the library was never touched by it. */
  discard(id: string): void {
    this.drafts.delete(id);
  }

  private require(id: string): ImportDraft {
    const draft = this.drafts.get(id);
    if (!draft) throw new NotFoundError('This import is no longer open; import the file again.');
    return draft;
  }
}

function flagDuplicate(library: Library, candidate: ReviewCandidate): CandidateView {
  const duplicate = findDuplicate(library, candidate.statement);
  return duplicate ? { ...candidate, duplicate } : candidate;
}
