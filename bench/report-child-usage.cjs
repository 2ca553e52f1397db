// Preloaded (node --require) into a child process a benchmark measures: on exit it writes the
// process's peak resident set size (kilobytes) and CPU time (milliseconds, user + system) as
// JSON to $BENCH_USAGE_FILE. CommonJS: an ES module preloaded with --import would start Node's
// ES module loader in every measured process, ~15-40 ms of CPU the measured command does not spend.
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
  });
}
