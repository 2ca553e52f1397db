import type { Library, RecordItem } from '../model';
import { listPositions, type ListedPosition } from './list-positions';
import { suggestPositions, type PositionSuggestion } from './suggest-positions';

/** A record of another source that may call for the same thing, as the library window shows it. */
export interface SameRecordSuggestion extends PositionSuggestion {
  /** The other record of the pair. */
  other: Pick<RecordItem, 'id' | 'sourceId' | 'summary' | 'statement' | 'kind'>;
  /** Its source's short name: the dialogue, else the publisher. */
  otherSource: string;
}

/** What the "Same position elsewhere" panel of one record shows. */
export interface SamePositionView {
  /** The position the record is in, with its records, or null. */
  position: ListedPosition | null;
  /** Suggested records of other sources, best first. */
  suggestions: SameRecordSuggestion[];
}

/** How many suggestions the panel offers at most. */
const PANEL_LIMIT = 5;

/** The record's position and the suggestions to confirm or reject, for the library window. */
export function samePositionView(library: Library, recordId: string): SamePositionView {
  const position = listPositions(library).find((p) => p.records.some((r) => r.id === recordId)) ?? null;
  const records = new Map(library.records.map((r) => [r.id, r]));
  const sources = new Map(library.sources.map((s) => [s.id, s.dialogue || s.publisher]));
  const suggestions = suggestPositions(library, { recordId, limit: PANEL_LIMIT }).map((suggestion) => {
    const other = records.get(suggestion.recordIds[0] === recordId ? suggestion.recordIds[1] : suggestion.recordIds[0])!;
    const { id, sourceId, summary, statement, kind } = other;
    return { ...suggestion, other: { id, sourceId, summary, statement, kind }, otherSource: sources.get(sourceId) ?? sourceId };
  });
  return { position, suggestions };
}
