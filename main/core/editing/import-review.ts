import type { Source, Topic } from '../model';
import type { DocumentFormat } from '../importer/document';
import type { Candidate } from '../importer/extract';
import type { ImportResult, MissingField } from '../importer/import-source';
import { proposeSummary } from '../importer/propose-summary';
import { sourceIdFor } from '../ids';
import { NotFoundError } from '../errors';
import { EditError } from './errors';
import { CandidateFields, SourceFields, type CandidateFieldsInput, type SourceFieldsInput } from './forms';
import { trimLocation } from './locate-passage';
import { requireTopics } from './lookup';
import { resolvePassage } from './passage';

/** The analyst's verdict on a candidate; only accepted ones become records. */
export type Decision = 'pending' | 'accepted' | 'rejected';

/** A candidate under review: what the importer proposed, as the analyst has shaped it. */
export interface ReviewCandidate extends Candidate {
  /** Stable within its import, across edits, merges and splits (`c1`, `c2`...). */
  key: string;
  decision: Decision;
  /** How the analyst changed it, if at all. */
  revised?: 'edited' | 'merged' | 'split';
}

/**
 * An import under review, held in main's memory until it is committed or discarded: the
 * proposed source (its details confirmed by the analyst before anything is saved) and every
 * candidate, in the order of the text.
 */
export interface ImportDraft {
  id: string;
  /** The file's name, without its folder. */
  fileName: string;
  format: DocumentFormat;
  source: Source;
  /** Details the document did not give; they hold placeholders until the analyst confirms the source. */
  missing: MissingField[];
  sourceConfirmed: boolean;
  candidates: ReviewCandidate[];
  /** The number the next new candidate's key takes. */
  nextKey: number;
}

/** A fresh review of an import: every candidate pending, the source not yet confirmed. */
export function startReview(id: string, fileName: string, result: ImportResult): ImportDraft {
  const candidates = result.candidates.map((candidate, i) => ({ ...candidate, key: `c${i + 1}`, decision: 'pending' as const }));
  return {
    id,
    fileName,
    format: result.format,
    source: result.source,
    missing: [...result.missing],
    sourceConfirmed: false,
    candidates: inTextOrder(candidates),
    nextKey: candidates.length + 1,
  };
}

/**
 * The source with the analyst's details; its id follows them (`elbe-group-2019`). The importer
 * named speakers after the dialogue (or publisher) it proposed; candidates the analyst has not
 * edited are renamed after the confirmed one ("Unknown publisher" becomes "Elbe Group").
 */
export function confirmSource(draft: ImportDraft, input: SourceFieldsInput): ImportDraft {
  const fields = SourceFields.parse(input);
  const proposed = draft.source.dialogue || draft.source.publisher;
  const confirmed = fields.dialogue || fields.publisher;
  const candidates = draft.candidates.map((candidate) =>
    candidate.revised === 'edited' || !proposed || !candidate.speaker.includes(proposed)
      ? candidate
      : { ...candidate, speaker: candidate.speaker.split(proposed).join(confirmed) },
  );
  return { ...draft, source: { ...draft.source, ...fields, id: sourceIdFor(fields) }, candidates, missing: [], sourceConfirmed: true };
}

/** Accepts, rejects or reopens one candidate. */
export function decide(draft: ImportDraft, key: string, decision: Decision): ImportDraft {
  return replace(draft, key, (candidate) => ({ ...candidate, decision }));
}

/**
 * Changes a candidate's passage, kind, summary, speaker, section or topics, and accepts it:
 * editing a candidate is deciding to keep it. The passage must be the source's exact words (see
 * `resolvePassage`), and the topics the library's.
 */
export function editCandidate(draft: ImportDraft, key: string, input: CandidateFieldsInput, topics: readonly Topic[]): ImportDraft {
  const fields = CandidateFields.parse(input);
  requireTopics(topics, fields.topics);
  const location = resolvePassage(draft.source.text, fields.statement, fields.location);
  return replace(draft, key, (candidate) => ({
    ...candidate,
    ...fields,
    statement: draft.source.text.slice(location.start, location.end),
    location,
    decision: 'accepted',
    revised: 'edited',
  }));
}

/**
 * Joins two neighbouring candidates into one passage running from the start of the first to the
 * end of the second (the words between them included, so it stays one exact passage). The
 * result keeps the first's kind, speaker and section, takes the topics of both, gets a fresh
 * summary, and is accepted only if both were.
 */
export function mergeCandidates(draft: ImportDraft, firstKey: string, secondKey: string): ImportDraft {
  const a = indexOf(draft, firstKey);
  const b = indexOf(draft, secondKey);
  if (Math.abs(a - b) !== 1) throw new EditError('invalid', 'Only neighbouring candidates can be merged: merge them one pair at a time.');
  const [first, second] = a < b ? [draft.candidates[a]!, draft.candidates[b]!] : [draft.candidates[b]!, draft.candidates[a]!];
  const location = { start: Math.min(first.location.start, second.location.start), end: Math.max(first.location.end, second.location.end) };
  const statement = draft.source.text.slice(location.start, location.end);
  const merged: ReviewCandidate = {
    ...first,
    key: `c${draft.nextKey}`,
    statement,
    location,
    topics: [...new Set([...first.topics, ...second.topics])],
    summary: proposeSummary(statement),
    decision: first.decision === 'accepted' && second.decision === 'accepted' ? 'accepted' : 'pending',
    revised: 'merged',
  };
  const candidates = draft.candidates.filter((c) => c !== first && c !== second).concat(merged);
  return { ...draft, candidates: inTextOrder(candidates), nextKey: draft.nextKey + 1 };
}

/**
 * Cuts a candidate in two at character `at` of its statement. Each part keeps the candidate's
 * kind, speaker, section, topics and decision, without the spaces at the cut, and gets a summary
 * of its own; both must keep some words.
 */
export function splitCandidate(draft: ImportDraft, key: string, at: number): ImportDraft {
  const candidate = draft.candidates[indexOf(draft, key)]!;
  const { text } = draft.source;
  const cut = candidate.location.start + at;
  const head = trimLocation(text, candidate.location.start, cut);
  const tail = trimLocation(text, cut, candidate.location.end);
  if (at <= 0 || at >= candidate.statement.length || !head || !tail) {
    throw new EditError('invalid', 'Choose a point inside the passage with words on both sides of it.', 'at');
  }
  const part = (location: { start: number; end: number }, n: number): ReviewCandidate => {
    const statement = text.slice(location.start, location.end);
    return { ...candidate, key: `c${draft.nextKey + n}`, statement, location, summary: proposeSummary(statement), revised: 'split' };
  };
  const candidates = draft.candidates.filter((c) => c !== candidate).concat(part(head, 0), part(tail, 1));
  return { ...draft, candidates: inTextOrder(candidates), nextKey: draft.nextKey + 2 };
}

function replace(draft: ImportDraft, key: string, change: (candidate: ReviewCandidate) => ReviewCandidate): ImportDraft {
  const at = indexOf(draft, key);
  const candidates = draft.candidates.map((c, i) => (i === at ? change(c) : c));
  return { ...draft, candidates: inTextOrder(candidates) };
}

function indexOf(draft: ImportDraft, key: string): number {
  const at = draft.candidates.findIndex((c) => c.key === key);
  if (at < 0) throw new NotFoundError(`This import has no candidate "${key}"; it may have been merged or split.`);
  return at;
}

function inTextOrder(candidates: ReviewCandidate[]): ReviewCandidate[] {
  return [...candidates].sort((a, b) => a.location.start - b.location.start || a.location.end - b.location.end);
}
