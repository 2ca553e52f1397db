import type { Row } from './report';
import { summarize } from './stats';

/** One side of a side-by-side measurement. */
export interface Contender {
  run(): Promise<unknown> | unknown;
  /**
   * CPU time (ms) used so far by whatever does this contender's work, when that is not this
   * process (Chromium's processes); this process's own CPU time otherwise.
   */
  cpuClock?: () => number | undefined;
}

/** Wall and CPU times of one contender, run by run (ms). */
export interface Measured {
  wall: number[];
  cpu: number[];
}

/**
 * Runs every contender once per round, in turn, for `runs` rounds, so that a change in the
 * machine's load (it is shared) falls on all of them alike; `beforeEach` runs untimed before
 * each timed call. Returns each contender's times in round order, so rounds can be paired.
 */
export async function interleavedRuns<Name extends string>(
  contenders: Record<Name, Contender>,
  runs: number,
  beforeEach?: (name: Name) => void | Promise<void>,
): Promise<Record<Name, Measured>> {
  const names = Object.keys(contenders) as Name[];
  const measured = Object.fromEntries(names.map((name) => [name, { wall: [], cpu: [] }])) as unknown as Record<Name, Measured>;
  for (let round = 0; round < runs; round++) {
    for (const name of names) {
      const { run, cpuClock = ownCpuMs } = contenders[name];
      await beforeEach?.(name);
      const cpuBefore = cpuClock();
      const start = performance.now();
      await run();
      measured[name].wall.push(performance.now() - start);
      const cpuAfter = cpuClock();
      if (cpuBefore !== undefined && cpuAfter !== undefined) measured[name].cpu.push(cpuAfter - cpuBefore);
    }
  }
  return measured;
}

/** CPU time (user + system, all threads) this process has used so far, in ms. */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** A timing row from one contender's runs: wall median, min and max, and the median CPU time. */
export function measuredRow(id: string, label: string, measured: Measured, extra: Partial<Row> = {}): Row {
  return { id, label, unit: 'ms', ...summarize(measured.wall), ...(measured.cpu.length ? { cpu: summarize(measured.cpu).median } : {}), ...extra };
}

/**
 * Ours against a peer, by CPU time (what the targets are set in: on a shared machine wall
 * times wait for a core): the ratio of the CPU medians, min and max over the paired rounds.
 * The `cpu` column repeats it; the note gives the ratio of the wall medians beside it.
 */
export function cpuRatioRow(id: string, label: string, ours: Measured, theirs: Measured, extra: Partial<Row> = {}): Row {
  const median = (samples: number[]) => summarize(samples).median;
  const paired = ours.cpu.map((cpu, round) => cpu / theirs.cpu[round]!);
  const ratio = median(ours.cpu) / median(theirs.cpu);
  return {
    id,
    label,
    unit: '×',
    median: ratio,
    min: Math.min(...paired),
    max: Math.max(...paired),
    runs: paired.length,
    cpu: ratio,
    note: `by CPU time, ratio of medians, min/max over paired runs; by wall time ${(median(ours.wall) / median(theirs.wall)).toFixed(2)}`,
    ...extra,
  };
}
