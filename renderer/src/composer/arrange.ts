/**
 * Pure edits of a briefing's `items`: the analyst's order, inclusion and notes.
 *
 * compose prints listed items first, in list order, and everything else after them in its
 * default place. So every edit writes out the full order the composer shows: appending a single
 * item would otherwise jump that record to the top.
 */
import type { Briefing } from '../../../main/api';
import { inPrintOrder } from '../../../main/core/compose/record-order';

export type BriefingItem = Briefing['items'][number];

/** Record ids by section (topic), in the order the composer shows them. */
export type Arrangement = readonly (readonly string[])[];

/** One section of records, named by its topic. */
export interface SectionIds {
  topicId: string;
  ids: string[];
}

/**
 * The order compose prints in, from its default order and the items: listed records first, in
 * list order, the rest in their default order (compose's own rule, core/compose/record-order.ts);
 * each section where its first record falls. Computing it here keeps reordering instant instead
 * of waiting for a round trip per keystroke.
 */
export function arrange(defaultSections: readonly SectionIds[], items: readonly BriefingItem[]): SectionIds[] {
  const topicOf = new Map(defaultSections.flatMap((section) => section.ids.map((id) => [id, section.topicId] as const)));
  const ordered = inPrintOrder(
    defaultSections.flatMap((section) => section.ids),
    (id) => id,
    items,
  );
  const sections = new Map<string, SectionIds>();
  for (const id of ordered) {
    const topicId = topicOf.get(id)!;
    let section = sections.get(topicId);
    if (!section) sections.set(topicId, (section = { topicId, ids: [] }));
    section.ids.push(id);
  }
  return [...sections.values()];
}

/**
 * Items that print the records of `order` in that order, each keeping its inclusion and note.
 * Items of records outside `order` (no longer selected) follow, so their notes survive a
 * selection change and come back with it.
 */
export function itemsInOrder(order: readonly string[], items: readonly BriefingItem[]): BriefingItem[] {
  const byId = new Map(items.map((item) => [item.recordId, item]));
  const ordered = order.map((recordId) => byId.get(recordId) ?? { recordId, included: true, note: '' });
  const inOrder = new Set(order);
  return [...ordered, ...items.filter((item) => !inOrder.has(item.recordId))];
}

/** Items with one record's inclusion or note changed, in the order shown. */
export function updateItem(
  arrangement: Arrangement,
  items: readonly BriefingItem[],
  recordId: string,
  patch: Partial<Pick<BriefingItem, 'included' | 'note'>>,
): BriefingItem[] {
  return itemsInOrder(arrangement.flat(), items).map((item) => (item.recordId === recordId ? { ...item, ...patch } : item));
}

/** The order after moving a record one place up (-1) or down (+1) in its section; undefined at the edge. */
export function moveRecord(arrangement: Arrangement, recordId: string, delta: -1 | 1): string[] | undefined {
  const section = arrangement.find((ids) => ids.includes(recordId));
  if (!section) return undefined;
  const target = section[section.indexOf(recordId) + delta];
  if (target === undefined) return undefined;
  return placeRecord(arrangement, recordId, target, delta < 0 ? 'before' : 'after');
}

/**
 * The order after placing a record just before or after another record of the same section.
 * Records print under their topic, so a move across sections is refused (undefined).
 */
export function placeRecord(
  arrangement: Arrangement,
  recordId: string,
  targetId: string,
  side: 'before' | 'after',
): string[] | undefined {
  if (recordId === targetId) return undefined;
  const section = arrangement.find((ids) => ids.includes(recordId));
  if (!section?.includes(targetId)) return undefined;
  const rest = section.filter((id) => id !== recordId);
  const at = rest.indexOf(targetId) + (side === 'after' ? 1 : 0);
  const moved = [...rest.slice(0, at), recordId, ...rest.slice(at)];
  return arrangement.flatMap((ids) => (ids === section ? moved : ids));
}

/** Can `recordId` be dropped onto `targetId`? Only within one section. */
export function sameSection(arrangement: Arrangement, recordId: string, targetId: string): boolean {
  return arrangement.some((ids) => ids.includes(recordId) && ids.includes(targetId));
}

/** How many of the composed records the briefing includes (every record unless its item leaves it out). */
export function includedCount(composed: { defaultSections: readonly SectionIds[] }, items: readonly BriefingItem[]): number {
  const excluded = new Set(items.filter((item) => !item.included).map((item) => item.recordId));
  return composed.defaultSections.flatMap((section) => section.ids).filter((id) => !excluded.has(id)).length;
}
