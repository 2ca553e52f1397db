import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const USAGE_REPORTER = path.join(import.meta.dirname, 'report-child-usage.cjs');

/** What a finished child process used, as it reported on exit. */
export interface ChildUsage {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

/**
 * Runs `node <args>` to completion with the usage reporter preloaded, and returns its wall
 * time (from spawn to exit), CPU time and peak memory. Rejects with its stderr when it fails.
 */
export async function runNode(args: string[], usageFile: string): Promise<ChildUsage> {
  const start = performance.now();
  await run(process.execPath, ['--require', USAGE_REPORTER, ...args], { ...process.env, BENCH_USAGE_FILE: usageFile });
  const wallMs = performance.now() - start;
  const { maxRssKb, cpuMs } = JSON.parse(await readFile(usageFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
  return { wallMs, cpuMs, maxRssMb: maxRssKb / 1024 };
}

/** Runs a command to completion and returns what it printed; rejects with its stderr when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr.trim()}`))));
  });
}
