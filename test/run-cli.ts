import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export const root = path.resolve(import.meta.dirname, '..');
export const seedFile = path.join(root, 'data', 'library.json');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const run = promisify(execFile);

/**
 * Runs the real `briefbook` entry point (the bundle vitest's global setup built) in `cwd`,
 * with `home` as its user data folder and `env` over this process's environment; resolves with
 * the exit code and output.
 */
export async function runBriefbook(options: { cwd: string; home: string; env?: NodeJS.ProcessEnv }, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'bin', 'briefbook.js'), ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, BRIEFBOOK_HOME: options.home },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
