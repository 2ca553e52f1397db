import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, seedFile } from './run-cli';

/** Runs `script` in a new Node in the project folder and returns what it printed. */
function node(script: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(process.execPath, ['-e', script], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
}

/** Whether Node's child_process module had been loaded when the process exited, printed last. */
const REPORT_CHILD_PROCESS = "process.on('exit', () => process.stdout.write(String(process.moduleLoadList.includes('NativeModule child_process'))));";

describe('the commander patch: child_process loaded by the first executable subcommand', () => {
  it('leaves child_process unloaded when commander loads and parses', () => {
    const printed = node(`${REPORT_CHILD_PROCESS} const { Command } = require('commander'); new Command().option('--out <file>').parse(['--out', 'x.pdf'], { from: 'user' });`);
    expect(printed).toBe('false');
  });

  it('still runs an executable subcommand, in a process of its own', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-commander-'));
    const sub = path.join(dir, 'hello.js');
    await writeFile(sub, "process.stdout.write(`hello from ${process.pid} with ${process.argv.slice(2).join(' ')}`);");
    // A file, not `node -e`: commander starts a .js subcommand with the parent's own Node
    // options, and `-e SCRIPT` among them would run the parent again instead.
    const parent = path.join(dir, 'parent.cjs');
    const commander = createRequire(import.meta.url).resolve('commander');
    await writeFile(parent, `const { Command } = require(${JSON.stringify(commander)}); new Command().command('hello', 'greets', { executableFile: ${JSON.stringify(sub)} }).parse(['hello', 'a', 'b'], { from: 'user' }); process.stdout.write('parent ' + process.pid + ' / ');`);
    const printed = execFileSync(process.execPath, [parent], { encoding: 'utf8', timeout: 20_000 });
    const [parentPid, childPid] = [/parent (\d+)/.exec(printed)?.[1], /hello from (\d+) with a b/.exec(printed)?.[1]];
    expect(childPid).toBeDefined();
    expect(childPid).not.toBe(parentPid);
  });

  it('is not loaded by a command-line export', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-commander-export-'));
    const run = `${REPORT_CHILD_PROCESS} process.argv = [process.argv[0], 'bin/briefbook.js', 'export', '--library', ${JSON.stringify(seedFile)}, '--out', ${JSON.stringify(path.join(home, 'memo.pdf'))}]; require('./bin/briefbook.js');`;
    expect(node(run, { BRIEFBOOK_HOME: home })).toMatch(/false$/);
  });
});
