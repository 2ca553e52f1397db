// `npm start`: builds Briefbook, writes briefing.pdf from the default library with no window,
// then opens the desktop app. Build output is shown only when the build fails, and when the
// Electron binary is missing and cannot be fetched (a machine without access to its download
// host), the start ends with one line that says so and where briefing.pdf is, not a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** How long fetching the Electron binary may take before the start gives up on the window. */
const FETCH_LIMIT_MS = 120_000;

/** Runs an npm script with its output held back, shown only if it fails. */
function runQuietly(script, what) {
  process.stdout.write(`${what}…\n`);
  const result = spawnSync(npm, ['run', '--silent', script], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`briefbook: ${what.toLowerCase()} failed (npm run ${script}); its output is above.`);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

/** The Electron executable, fetching it first if it is not there; undefined with the reason if it cannot be had. */
function electronExecutable() {
  const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    process.stdout.write('Fetching the Electron binary (first start)…\n');
    const fetched = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8', timeout: FETCH_LIMIT_MS });
    if (fetched.status !== 0 || !existsSync(pathFile)) {
      const said = `${fetched.stderr ?? ''}\n${fetched.stdout ?? ''}`.split('\n').find((line) => /error|ENOTFOUND|ETIMEDOUT|ECONNREFUSED/i.test(line));
      const reason = fetched.error?.code === 'ETIMEDOUT' ? `no answer within ${FETCH_LIMIT_MS / 1000} s` : (said?.trim() ?? `exit code ${fetched.status}`);
      return { reason: `the Electron binary could not be downloaded (${reason.slice(0, 160)})` };
    }
  }
  const executable = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? { executable } : { reason: `the Electron binary is missing (${executable})` };
}

runQuietly('build', 'Building the app');
process.stdout.write(runQuietly('brief', 'Writing briefing.pdf from the default library'));
const briefing = path.join(root, 'briefing.pdf');
const electron = electronExecutable();
if (!electron.executable) {
  console.error(`briefbook: the desktop window cannot open: ${electron.reason}. The briefing was written to ${briefing}.`);
  process.exit(1);
}
const app = spawn(electron.executable, [root], { stdio: 'inherit' });
app.on('close', (code) => process.exit(code ?? 1));
