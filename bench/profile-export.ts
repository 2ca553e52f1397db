/**
 * CPU profile of warm exports in this process, without start-up and warm-up in it: the first
 * thing to run when the warm memo or the preview after an edit misses its target.
 *
 *   npx tsx bench/profile-export.ts [--runs 25] [--edit] [--out memo.cpuprofile]
 *   npx tsx bench/summarize-profile.ts memo.cpuprofile
 *
 * Exports the default memo (the default library through the built-in memo) `--warmup` times
 * untimed, then `--runs` more, profiled with the inspector when `--out` names a file, and
 * prints the median CPU time of an export (without `--out`, a quick A/B figure). With `--edit`, one record's summary changes before each export, as in the
 * benchmark's one-record edit (what the preview does after an edit).
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newBriefing } from '../main/core/compose/new-briefing';
import { exportBriefing } from '../main/core/export-briefing';
import { loadLibraryFile } from '../main/core/library';
import { projectRoot } from '../main/core/resources';
import { ownCpuMs } from './interleaved';
import { withEditedRecord } from './fixtures/edited-library';
import { summarize } from './stats';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '25' },
    warmup: { type: 'string', default: '5' },
    edit: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const library = await loadLibraryFile(path.join(projectRoot(), 'data', 'library.json'));
const briefing = newBriefing(library);
let revision = 0;
const exportOnce = () => exportBriefing(values.edit ? withEditedRecord(library, ++revision) : library, briefing);

for (let i = 0; i < Number(values.warmup); i++) await exportOnce();
const session = values.out ? new Session() : undefined;
session?.connect();
await session?.post('Profiler.enable');
await session?.post('Profiler.setSamplingInterval', { interval: 200 });
await session?.post('Profiler.start');
const cpu: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const before = ownCpuMs();
  await exportOnce();
  cpu.push(ownCpuMs() - before);
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  await writeFile(values.out!, JSON.stringify(profile));
}
const { median, min, max } = summarize(cpu);
process.stdout.write(`${cpu.length} exports: cpu median ${median.toFixed(0)} ms (${min.toFixed(0)}-${max.toFixed(0)})${values.out ? `; profile in ${values.out}` : ''}\n`);
