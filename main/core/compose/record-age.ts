/**
 * Whole months from `from` to `to` (both `YYYY-MM-DD`): 2019-10-24 to 2026-03-02 is 76. A
 * month counts once its day is reached; a `to` before `from` gives 0.
 */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}
