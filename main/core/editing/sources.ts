import { releaseFromBriefings } from './briefings-release-records';
import type { Library, RecordItem, Source } from '../model';
import { normalizeText } from '../importer/normalize-text';
import { pageStartsAfterEdit } from './page-starts-after-edit';
import { sourceIdFor, uniqueId } from '../ids';
import { EditError } from './errors';
import { NewSource, SourceChange, type NewSourceInput, type SourceChangeInput } from './forms';
import { replaceById, requireSource, type EditableLibrary } from './lookup';
import { idsInUse, nextTrashId } from './trash-ids';

/** How many characters of a passage a message quotes. */
const QUOTE_LENGTH = 70;

/**
 * Adds a source typed or pasted by the analyst. Its text is stored in the same normalized form
 * imports use (see `normalizeText`), since record locations point into it; its id is made from
 * the dialogue or title and the year (`elbe-group-2019`). A text the library already holds is
 * refused: its records belong to the existing source.
 */
export async function addSource(store: EditableLibrary, input: NewSourceInput): Promise<Source> {
  const { text, ...fields } = NewSource.parse(input);
  let added: Source | undefined;
  await store.update((library) => {
    const normalized = normalizeText(text);
    refuseKnownText(library, normalized);
    const id = uniqueId(sourceIdFor(fields), idsInUse(library, 'source'));
    added = { id, ...fields, text: normalized };
    library.sources.push(added);
  });
  return added!;
}

/**
 * Changes a source's details and, when given, its text. Records keep their provenance through a
 * change of text: each passage is found again in the new text (nearest its old place when it
 * occurs more than once) and its location moves with it; if any passage is no longer in the
 * text, nothing changes and the message quotes the records that would lose their words. A PDF
 * source's page starts move with the text around them (see `pageStartsAfterEdit`).
 */
export async function updateSource(store: EditableLibrary, id: string, input: SourceChangeInput, now: Date): Promise<Source> {
  const { text, ...fields } = SourceChange.parse(input);
  let updated: Source | undefined;
  await store.update((library) => {
    const source = requireSource(library, id);
    const newText = text === undefined ? source.text : normalizeText(text);
    if (newText !== source.text) {
      refuseKnownText(library, newText, id);
      library.records = relocateRecords(library.records, id, newText, now);
    }
    const { pageStarts, ...kept } = source;
    const pages = pageStarts && newText !== source.text ? pageStartsAfterEdit(pageStarts, source.text, newText) : pageStarts;
    updated = { ...kept, ...fields, text: newText, ...(pages && { pageStarts: pages }) };
    replaceById(library.sources, id, updated);
  });
  return updated!;
}

/** What deleting a source did. */
export interface SourceDeletion {
  /** The trash entry that restores the source with its records. */
  trashId: string;
  /** Active records that went with it. */
  records: number;
  /** Every record that went with it, deleted ones included (briefings must let go of them). */
  recordIds: string[];
}

/**
 * Deletes a source with every record drawn from it, recoverably: both go to the trash together.
 * Saved briefings stop choosing the source and drop its records (the library may hold no
 * reference to what is not in it); restoring brings the source and records back, not those
 * choices.
 */
export async function deleteSource(store: EditableLibrary, id: string, now: Date): Promise<SourceDeletion> {
  let deletion: SourceDeletion | undefined;
  await store.update((library) => {
    const source = requireSource(library, id);
    const records = library.records.filter((r) => r.sourceId === id);
    const gone = new Set(records.map((r) => r.id));
    library.records = library.records.filter((r) => r.sourceId !== id);
    library.sources = library.sources.filter((s) => s.id !== id);
    for (const briefing of library.briefings) briefing.selection.sources = briefing.selection.sources.filter((s) => s !== id);
    releaseFromBriefings(library, gone);
    const trashId = nextTrashId(library);
    library.trash.push({ id: trashId, kind: 'source', deletedAt: now.toISOString(), source, records });
    deletion = { trashId, records: records.filter((r) => r.status === 'active').length, recordIds: [...gone] };
  });
  return deletion!;
}

/** `text` (normalized) must not be a text the library holds already, however that one is spaced. */
function refuseKnownText(library: Library, text: string, exceptId?: string): void {
  const same = library.sources.find((s) => s.id !== exceptId && (s.text === text || normalizeText(s.text) === text));
  if (same) throw new EditError('conflict', `The library already holds this text as the source “${same.title}”.`, 'text');
}

/** The records of `sourceId` with locations in `text`; an `EditError` on `text` naming those whose passage is gone. */
function relocateRecords(records: RecordItem[], sourceId: string, text: string, now: Date): RecordItem[] {
  const lost: RecordItem[] = [];
  const relocated = records.map((record) => {
    const { start, end } = record.location;
    if (record.sourceId !== sourceId || text.slice(start, end) === record.statement) return record;
    // Only the record's exact words will do: a loosely matching passage would change what it quotes.
    const at = nearestOccurrence(text, record.statement, start);
    if (at === undefined) lost.push(record);
    return at === undefined ? record : { ...record, location: { start: at, end: at + record.statement.length }, updatedAt: now.toISOString() };
  });
  if (lost.length) {
    const quotes = lost.slice(0, 3).map((r) => `${r.id} (“${quote(r.statement)}”)`);
    throw new EditError(
      'conflict',
      `The new text no longer holds the passage${lost.length === 1 ? '' : 's'} of ${lost.length} record${lost.length === 1 ? '' : 's'}: ` +
        `${quotes.join('; ')}${lost.length > 3 ? '; …' : ''}. Keep those words in the text, or edit or delete those records first.`,
      'text',
    );
  }
  return relocated;
}

/** Where `passage` occurs in `text` nearest to offset `near`, or undefined when it does not occur. */
function nearestOccurrence(text: string, passage: string, near: number): number | undefined {
  let best: number | undefined;
  for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
    if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH)}…` : flat;
}
