/**
 * CPU profile of warm exports in this process, without start-up and warm-up in it: the first
 * thing to run when the warm memo or the preview after an edit misses its target.
 *
 *   npx tsx bench/profile-export.ts [--runs 25] [--edit | --fresh] [--book 100] [--out memo.cpuprofile]
 *   npx tsx bench/summarize-profile.ts memo.cpuprofile
 *
 * Exports the default memo (the default library through the built-in memo) `--warmup` times
 * untimed, then `--runs` more, profiled with the inspector when `--out` names a file, and
 * prints the median CPU time of an export (without `--out`, a quick A/B figure). With `--edit`, one record's summary changes before each export, as in the
 * benchmark's one-record edit (what the preview does after an edit). With `--fresh`, the export
 * caches are emptied before each export, so each does all its work, as in the benchmark's warm
 * figures (without it, each export is an unchanged re-export that reuses the last one's work). With `--book 100` (or
 * 500), the benchmark's synthetic book of that size instead of the memo.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newBriefing } from '../main/core/compose/new-briefing';
import { exportBriefing } from '../main/core/export-briefing';
import { emptyExportCaches } from '../main/core/pdf/export-caches';
import { loadLibraryFile } from '../main/core/library';
import { defaultResourceLayout, projectRoot } from '../main/core/resources';
import { FULL_SIZES, type BenchContext } from './context';
import { bookFixture } from './fixtures/book-library';
import { ownCpuMs } from './interleaved';
import { withEditedRecord } from './fixtures/edited-library';
import { summarize } from './stats';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '25' },
    warmup: { type: 'string', default: '5' },
    edit: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    book: { type: 'string' },
    out: { type: 'string' },
  },
});
const defaultLibrary = await loadLibraryFile(path.join(projectRoot(), 'data', 'library.json'));
const workDir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-profile-'));
const book = values.book ? FULL_SIZES.books.find((size) => size.pages === Number(values.book)) : undefined;
if (values.book && !book) throw new Error(`no book of ${values.book} pages in the benchmark; known: ${FULL_SIZES.books.map((size) => size.pages).join(', ')}`);
const context = { defaultLibrary, workDir, layout: defaultResourceLayout() } as BenchContext;
const { library, briefing, render } = book
  ? await bookFixture(context, book)
  : { library: defaultLibrary, briefing: newBriefing(defaultLibrary), render: undefined };
await rm(workDir, { recursive: true, force: true });
let revision = 0;
const exportOnce = () => exportBriefing(values.edit ? withEditedRecord(library, ++revision) : library, briefing, { render });

for (let i = 0; i < Number(values.warmup); i++) await exportOnce();
const session = values.out ? new Session() : undefined;
session?.connect();
await session?.post('Profiler.enable');
await session?.post('Profiler.setSamplingInterval', { interval: 200 });
await session?.post('Profiler.start');
const cpu: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  if (values.fresh) emptyExportCaches(context.layout);
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
