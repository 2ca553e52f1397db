/** Summary of repeated timings, in milliseconds. */
export interface Timing {
  runs: number;
  median: number;
  min: number;
  max: number;
}

/** Median, min and max of `samples` (the median of an even count is the mean of the middle two). */
export function summarize(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error('no samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { runs: sorted.length, median, min: sorted[0]!, max: sorted.at(-1)! };
}

/** The `q` quantile (0..1) of `samples`, nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Times `runs` calls of `task` one after another, after `warmup` untimed calls that let the JIT
 * and caches settle; `beforeEach` runs untimed before every timed call. Returns the wall-time summary, the median CPU time of this process over
 * the same calls (user + system, all threads: GC and compiler threads count), and the last
 * result, so callers can report what was made.
 */
export async function timeRuns<T>(
  task: () => Promise<T> | T,
  { runs, warmup = 0, beforeEach }: { runs: number; warmup?: number; beforeEach?: () => void },
): Promise<{ timing: Timing; cpu: number; result: T }> {
  let result: T | undefined;
  for (let i = 0; i < warmup; i++) result = await task();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    result = undefined; // so that beforeEach may collect it
    beforeEach?.();
    const startCpu = process.cpuUsage();
    const start = performance.now();
    result = await task();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { timing: summarize(wall), cpu: summarize(cpu).median, result: result as T };
}
