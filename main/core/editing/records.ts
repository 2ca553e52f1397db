import type { RecordItem } from '../model';
import { uniqueId } from '../ids';
import { EditError } from './errors';
import { NewRecord, RecordFields, type NewRecordInput, type RecordFieldsInput } from './forms';
import { replaceById, requireRecord, requireSource, requireTopics, type EditableLibrary } from './lookup';
import { resolvePassage } from './passage';

/**
 * Adds a record drawn from one of the library's sources.
 *
 * Its passage is the source's exact words: the location the analyst selected, or the one place
 * the typed statement is found (see `resolvePassage`). Its id is the source's id and the next
 * free number (`elbe-2019-17`).
 */
export async function addRecord(store: EditableLibrary, input: NewRecordInput, now: Date): Promise<RecordItem> {
  const { sourceId, ...fields } = NewRecord.parse(input);
  let added: RecordItem | undefined;
  await store.update((library) => {
    const source = requireSource(library, sourceId);
    requireTopics(library.topics, fields.topics);
    const location = resolvePassage(source.text, fields.statement, fields.location);
    const timestamp = now.toISOString();
    added = {
      ...fields,
      id: nextRecordId(sourceId, library.records),
      sourceId,
      statement: source.text.slice(location.start, location.end),
      location,
      key: fields.key ?? false,
      status: 'active',
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    library.records.push(added);
  });
  return added!;
}

/** Changes what a record says (its passage, summary, speaker, topics...); it stays with its source. */
export async function updateRecord(store: EditableLibrary, id: string, input: RecordFieldsInput, now: Date): Promise<RecordItem> {
  const fields = RecordFields.parse(input);
  let updated: RecordItem | undefined;
  await store.update((library) => {
    const record = requireRecord(library, id);
    const source = requireSource(library, record.sourceId);
    requireTopics(library.topics, fields.topics);
    const location = resolvePassage(source.text, fields.statement, fields.location);
    updated = {
      ...record,
      ...fields,
      statement: source.text.slice(location.start, location.end),
      location,
      key: fields.key ?? record.key,
      updatedAt: now.toISOString(),
    };
    replaceById(library.records, id, updated);
  });
  return updated!;
}

/**
 * Deletes a record recoverably: it is marked `deleted`, which hides it from every query and
 * briefing, and listed under Recently deleted until restored.
 */
export async function deleteRecord(store: EditableLibrary, id: string, now: Date): Promise<RecordItem> {
  return setStatus(store, id, 'deleted', now);
}

/** Brings a deleted record back into the library, as it was. */
export async function restoreRecord(store: EditableLibrary, id: string, now: Date): Promise<RecordItem> {
  return setStatus(store, id, 'active', now);
}

async function setStatus(store: EditableLibrary, id: string, status: RecordItem['status'], now: Date): Promise<RecordItem> {
  let changed: RecordItem | undefined;
  await store.update((library) => {
    const record = requireRecord(library, id);
    if (record.status === status) {
      throw new EditError('conflict', status === 'deleted' ? 'This record is already deleted.' : 'This record is not deleted.');
    }
    changed = { ...record, status, updatedAt: now.toISOString() };
    replaceById(library.records, id, changed);
  });
  return changed!;
}

/** `<sourceId>-NN`, one past the highest number the source's records use (ids are never reused). */
function nextRecordId(sourceId: string, records: readonly RecordItem[]): string {
  const pattern = new RegExp(`^${sourceId}-(\\d+)$`);
  const highest = records.reduce((max, r) => Math.max(max, Number(pattern.exec(r.id)?.[1] ?? 0)), 0);
  return uniqueId(`${sourceId}-${String(highest + 1).padStart(2, '0')}`, new Set(records.map((r) => r.id)));
}
