import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import type { Library } from '../model';
import { projectRoot } from '../resources';
import { loadLibraryFile } from './library-file';
import { removeStaleTempFiles } from './safe-write';

const ROOT = projectRoot();
const WRITER = path.join(ROOT, 'test', 'fixtures', 'rewrite-library.ts');
const KILLS = 15;
/** Upper bound of the random pause between the writer's first write and the kill. */
const MAX_DELAY_MS = 40;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefbook-crash-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The library the writer writes on its even and odd rounds. */
function libraryWith(briefingId: string): Library {
  return { ...makeLibrary(), briefings: [makeBriefing(briefingId)] };
}

/** Starts the writer on `file`, lets it rewrite for `delayMs` after its first write, then SIGKILLs it. */
async function writeThenKill(file: string, delayMs: number): Promise<void> {
  // `--import tsx` lets the child run the TypeScript sources; cwd lets it find tsx.
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the writer stopped by itself (exit code ${code}): ${stderr}`)));
  });
  await sleep(delayMs);
  child.kill('SIGKILL');
  await exited;
}

it(`leaves a complete library after each of ${KILLS} SIGKILLs in the middle of rewriting it`, async () => {
  const even = libraryWith('even');
  const odd = libraryWith('odd');
  const file = path.join(dir, 'library.json');
  writeFileSync(file, JSON.stringify(even, null, 2));

  const seen = new Set<string>();
  for (let kill = 1; kill <= KILLS; kill += 1) {
    const delayMs = Math.floor(Math.random() * MAX_DELAY_MS);
    await writeThenKill(file, delayMs);
    const text = readFileSync(file, 'utf8');
    const when = `after kill ${kill} (${delayMs} ms into the loop)`;
    expect(text, when).not.toBe('');
    let parsed: unknown;
    expect(() => (parsed = JSON.parse(text)), when).not.toThrow();
    expect([even, odd], when).toContainEqual(parsed);
    await expect(loadLibraryFile(file), when).resolves.toBeDefined();
    seen.add((parsed as Library).briefings[0]!.id);
  }
  // Kills landed at different points of the loop, not always after the same write.
  expect([...seen].sort()).toEqual(['even', 'odd']);
  // A kill mid-write may leave a temp file; the next open clears it away. It may also leave the
  // write lock of the killed writer, which the next writer takes over (library-lock.ts).
  await removeStaleTempFiles(file);
  expect(readdirSync(dir).filter((name) => !name.startsWith('library.json.lock'))).toEqual(['library.json', 'library.json.checked']);
}, 90_000);
