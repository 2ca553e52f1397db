import { spawn } from 'node:child_process';
import path from 'node:path';
import type { BenchContext } from '../context';
import { timingRow, type Row } from '../report';
import { timeRuns } from '../stats';

/**
 * Wall time of the command as a new process: what an analyst waits for in a terminal or a
 * script. The runner builds dist/cli.js before any case runs.
 */
export async function cliColdExport(context: BenchContext): Promise<Row[]> {
  const { root } = context;
  const out = path.join(context.workDir, 'cli-memo.pdf');
  const args = [path.join(root, 'bin/briefbook.js'), 'export', '--library', context.defaultLibraryFile, '--out', out];
  // One untimed run fills the OS file cache, as on any machine that has run the command before.
  const { timing } = await timeRuns(() => run(process.execPath, args), { runs: context.sizes.runs.cli, warmup: 1 });
  return [timingRow('memo.cold', 'memo export, cold CLI process', timing, { target: 1500, note: 'node bin/briefbook.js export --library data/library.json' })];
}

/** Runs a command to completion; rejects with its stderr when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} exited with ${code}: ${stderr.trim()}`))));
  });
}
