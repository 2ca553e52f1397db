import type { Timing } from './stats';

/** One line of the results table: a figure, how it was spread over runs, and its target. */
export interface Row {
  /** Stable key, e.g. `memo.warm`, for comparing results files. */
  id: string;
  label: string;
  unit: 'ms' | 'MB' | '×';
  median: number;
  min?: number;
  max?: number;
  runs?: number;
  /**
   * Median CPU time of the measured process over the same runs, in ms. On a machine shared
   * with other work, wall time waits for the CPU and this does not.
   */
  cpu?: number;
  /** The figure must be at most this to meet its target. */
  target?: number;
  /** Anything a reader needs to interpret the figure (page counts, sizes, what was compared). */
  note?: string;
}

/** A row from repeated timings. */
export function timingRow(id: string, label: string, timing: Timing, extra: Partial<Row> = {}): Row {
  return { id, label, unit: 'ms', ...timing, ...extra };
}

/** A row from `timeRuns`: wall times and the median CPU time. */
export function timedRow(id: string, label: string, { timing, cpu }: { timing: Timing; cpu: number }, extra: Partial<Row> = {}): Row {
  return timingRow(id, label, timing, { cpu, ...extra });
}

/** Whether the row meets its target; undefined when it has none. */
export function meetsTarget(row: Row): boolean | undefined {
  return row.target === undefined ? undefined : row.median <= row.target;
}

/** The rows as a plain-text table, one figure per line. */
export function formatTable(rows: readonly Row[]): string {
  const number = (value: number | undefined, unit: Row['unit']) =>
    value === undefined ? '' : unit === '×' ? value.toFixed(2) : value >= 100 ? value.toFixed(0) : value.toFixed(1);
  const header = ['measure', 'median', 'min', 'max', 'runs', 'cpu', 'unit', 'target', 'ok', 'note'];
  const lines = rows.map((row) => {
    const ok = meetsTarget(row);
    return [
      row.label,
      number(row.median, row.unit),
      number(row.min, row.unit),
      number(row.max, row.unit),
      row.runs === undefined ? '' : String(row.runs),
      number(row.cpu, row.unit),
      row.unit,
      row.target === undefined ? '' : `≤ ${number(row.target, row.unit)}`,
      ok === undefined ? '' : ok ? 'yes' : 'NO',
      row.note ?? '',
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [format(header), ...lines.map(format)].join('\n');
}
