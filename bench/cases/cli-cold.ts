import path from 'node:path';
import type { BenchContext } from '../context';
import { runNode, type ChildUsage } from '../child-process';
import type { Row } from '../report';
import { summarize } from '../stats';

/**
 * Wall time of the command as a new process: what an analyst waits for in a terminal or a
 * script. The runner builds dist/cli.js before any case runs.
 */
export async function cliColdExport(context: BenchContext): Promise<Row[]> {
  const args = [path.join(context.root, 'bin/briefbook.js'), 'export', '--library', context.defaultLibraryFile, '--out', path.join(context.workDir, 'cli-memo.pdf')];
  const usageFile = path.join(context.workDir, 'cli-usage.json');
  // One untimed run fills the OS file cache, as on any machine that has run the command before.
  await runNode(args, usageFile);
  const runs: ChildUsage[] = [];
  for (let i = 0; i < context.sizes.runs.cli; i++) runs.push(await runNode(args, usageFile));
  return [
    {
      id: 'memo.cold',
      label: 'memo export, cold CLI process',
      unit: 'ms',
      ...summarize(runs.map((r) => r.wallMs)),
      cpu: summarize(runs.map((r) => r.cpuMs)).median,
      target: 1500,
      note: 'node bin/briefbook.js export --library data/library.json',
    },
  ];
}
