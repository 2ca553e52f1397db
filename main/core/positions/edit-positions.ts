import type { Library, Position, PositionStance } from '../model';
import { EditError } from '../editing/errors';
import { NotFoundError } from '../errors';
import { requireRecord, type EditableLibrary } from '../editing/lookup';
import { positionIdFor } from '../ids';
import { linkKey } from './link-key';

/**
 * Confirms that two records call for the same thing. Neither in a position: a new position,
 * labelled `label` (default: the first record's summary). One already in a position: the other
 * joins it. Two records in different positions are refused: a record belongs to at most one,
 * and merging two positions is the analyst's decision, not a side effect. A rejection of the
 * pair, if any, is withdrawn.
 */
export async function confirmLink(store: EditableLibrary, firstId: string, secondId: string, now: Date, label?: string): Promise<Position> {
  if (firstId === secondId) throw new EditError('invalid', 'A record cannot be linked to itself.');
  let positionId = '';
  const saved = await store.update((library) => {
    const first = requireRecord(library, firstId);
    requireRecord(library, secondId);
    const timestamp = now.toISOString();
    const inFirst = positionOf(library, firstId);
    const inSecond = positionOf(library, secondId);
    if (inFirst && inSecond) {
      throw new EditError(
        'conflict',
        inFirst === inSecond
          ? `Records "${firstId}" and "${secondId}" are already linked in “${inFirst.label}”.`
          : `Record "${firstId}" is in “${inFirst.label}” and "${secondId}" in “${inSecond.label}”; take one out of its position first.`,
      );
    }
    const joined = inFirst ?? inSecond;
    if (joined) {
      joined.members.push({ recordId: inFirst ? secondId : firstId, stance: 'agrees' });
      joined.updatedAt = timestamp;
      positionId = joined.id;
    } else {
      const text = label?.trim() || first.summary;
      const created: Position = {
        id: positionIdFor(text, new Set(library.positions.map((p) => p.id))),
        label: text,
        members: [
          { recordId: firstId, stance: 'agrees' },
          { recordId: secondId, stance: 'agrees' },
        ],
        createdAt: timestamp,
        updatedAt: timestamp,
      };
      library.positions.push(created);
      positionId = created.id;
    }
    const key = linkKey(firstId, secondId);
    library.rejectedLinks = library.rejectedLinks.filter((link) => linkKey(...link.recordIds) !== key);
  });
  return savedPosition(saved, positionId);
}

/** Records that a suggested link is wrong, so it is not suggested again. Rejecting twice changes nothing. */
export async function rejectLink(store: EditableLibrary, firstId: string, secondId: string, now: Date): Promise<void> {
  if (firstId === secondId) throw new EditError('invalid', 'A record cannot be linked to itself.');
  await store.update((library) => {
    requireRecord(library, firstId);
    requireRecord(library, secondId);
    const key = linkKey(firstId, secondId);
    if (library.rejectedLinks.some((link) => linkKey(...link.recordIds) === key)) return;
    const recordIds: [string, string] = firstId < secondId ? [firstId, secondId] : [secondId, firstId];
    library.rejectedLinks.push({ recordIds, rejectedAt: now.toISOString() });
  });
}

/** Takes a record out of its position; a position left with fewer than two records, or none agreeing, is dissolved. */
export async function leavePosition(store: EditableLibrary, recordId: string, now: Date): Promise<void> {
  await store.update((library) => {
    if (!positionOf(library, recordId)) throw new NotFoundError(`Record "${recordId}" is in no position.`);
    releaseRecords(library, [recordId], now);
  });
}

/** Marks a record of a position as agreeing with it or opposing it (which makes the position a divergence). */
export async function setStance(store: EditableLibrary, recordId: string, stance: PositionStance, now: Date): Promise<Position> {
  let positionId = '';
  const saved = await store.update((library) => {
    const position = positionOf(library, recordId);
    if (!position) throw new NotFoundError(`Record "${recordId}" is in no position.`);
    const member = position.members.find((m) => m.recordId === recordId)!;
    if (stance === 'opposes' && position.members.every((m) => m.recordId === recordId || m.stance === 'opposes')) {
      throw new EditError('invalid', `“${position.label}” needs at least one record that agrees with it.`);
    }
    member.stance = stance;
    position.updatedAt = now.toISOString();
    positionId = position.id;
  });
  return savedPosition(saved, positionId);
}

/** Renames a position. */
export async function renamePosition(store: EditableLibrary, positionId: string, label: string, now: Date): Promise<Position> {
  const text = label.trim();
  if (!text) throw new EditError('invalid', 'Give the position a label: what its records call for.', 'label');
  const saved = await store.update((library) => {
    const position = library.positions.find((p) => p.id === positionId);
    if (!position) throw new NotFoundError(`There is no position "${positionId}" in the library.`);
    position.label = text;
    position.updatedAt = now.toISOString();
  });
  return savedPosition(saved, positionId);
}

/** Position `id` as `library` (what a change saved) holds it: the change's own draft is gone once the change is made. */
function savedPosition(library: Library, id: string): Position {
  const position = library.positions.find((p) => p.id === id);
  if (!position) throw new NotFoundError(`There is no position "${id}" in the library.`);
  return position;
}

/**
 * Takes records out of their positions in `library` (a draft being changed), dissolving the
 * positions that are left with fewer than two records or none that agrees. For records leaving
 * the library for good.
 */
export function releaseRecords(library: Library, recordIds: Iterable<string>, now: Date): void {
  const gone = new Set(recordIds);
  library.positions = library.positions.flatMap((position) => {
    if (!position.members.some((m) => gone.has(m.recordId))) return [position];
    const members = position.members.filter((m) => !gone.has(m.recordId));
    if (members.length < 2 || !members.some((m) => m.stance === 'agrees')) return [];
    return [{ ...position, members, updatedAt: now.toISOString() }];
  });
}

function positionOf(library: Library, recordId: string): Position | undefined {
  return library.positions.find((p) => p.members.some((m) => m.recordId === recordId));
}
