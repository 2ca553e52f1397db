/**
 * The order a briefing prints its records in, the one rule for compose (main) and the composer
 * (the window, which reorders without a round trip per keystroke): records the analyst's items
 * list come first, in list order; the rest keep their default place. A pure module with no
 * imports, so the renderer bundles it as it is.
 */

/** The records in print order; `defaultRank` places the records the items do not list (ties keep the given order). */
export function inPrintOrder<T>(
  records: readonly T[],
  idOf: (record: T) => string,
  items: readonly { recordId: string }[],
  defaultRank: (record: T) => number = () => 0,
): T[] {
  const position = new Map(items.map((item, i) => [item.recordId, i]));
  const listed = (record: T) => position.get(idOf(record)) ?? Infinity;
  // Array.prototype.sort is stable: records equal on both counts keep the order they came in.
  return [...records].sort((a, b) => listed(a) - listed(b) || defaultRank(a) - defaultRank(b));
}
