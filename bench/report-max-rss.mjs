// Preloaded (node --import) into a child process whose peak memory a benchmark measures:
// on exit it writes the process's peak resident set size, in kilobytes, to $BENCH_MAX_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
