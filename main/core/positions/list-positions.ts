import type { Library, PositionStance } from '../model';

/**
 * What a position is in a briefing's words: an `agreement` when its agreeing records come from
 * more than one source, a `divergence` when a record is marked as opposing it, `one-sided`
 * otherwise (linked records all from one source).
 */
export type PositionKind = 'agreement' | 'divergence' | 'one-sided';

export interface ListedPosition {
  id: string;
  label: string;
  kind: PositionKind;
  /** The ids of the sources of its agreeing records, in library order. */
  sourceIds: string[];
  records: { id: string; sourceId: string; statement: string; summary: string; stance: PositionStance }[];
}

/** The library's positions with their records, for `briefbook list positions` and the library window. */
export function listPositions(library: Library): ListedPosition[] {
  const records = new Map(library.records.map((r) => [r.id, r]));
  for (const entry of library.trash) if (entry.kind === 'source') for (const r of entry.records) records.set(r.id, r);
  const sourceOrder = new Map(library.sources.map((s, i) => [s.id, i]));
  return library.positions.map((position) => {
    const linked = position.members.flatMap((member) => {
      const record = records.get(member.recordId);
      return record ? [{ id: record.id, sourceId: record.sourceId, statement: record.statement, summary: record.summary, stance: member.stance }] : [];
    });
    const sourceIds = [...new Set(linked.filter((r) => r.stance === 'agrees').map((r) => r.sourceId))].sort(
      (a, b) => (sourceOrder.get(a) ?? Infinity) - (sourceOrder.get(b) ?? Infinity),
    );
    return { id: position.id, label: position.label, kind: positionKind(linked, sourceIds.length), sourceIds, records: linked };
  });
}

/** See `PositionKind`. */
export function positionKind(members: readonly { stance: PositionStance }[], agreeingSources: number): PositionKind {
  if (members.some((m) => m.stance === 'opposes')) return 'divergence';
  return agreeingSources > 1 ? 'agreement' : 'one-sided';
}
