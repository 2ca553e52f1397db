// Preloaded (node --import) into a child process a benchmark measures: on exit it writes the
// process's peak resident set size (kilobytes) and CPU time (milliseconds, user + system) as
// JSON to $BENCH_USAGE_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
  });
}
