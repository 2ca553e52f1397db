import fs from 'node:fs';
import { readFile, rm, rmdir, stat } from 'node:fs/promises';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { lock as LockFunction } from 'proper-lockfile';
import { LibraryBusyError } from './errors';
import { isProcessAlive } from './process-alive';
import { DurableWriteError } from './write-errors';

/**
 * How long a lock may go without its holder refreshing it before another process may take it
 * over: a writer on another machine that died (or went to sleep) holding it blocks the others
 * this long at most. The holder refreshes it every half of this; it must exceed the longest
 * stretch a writer's event loop is busy (validating a 100k-record library takes seconds).
 */
const STALE_AFTER_MS = 10_000;

/** How long a writer waits for the lock in all: longer than a stale lock lives, and than a few big writes. */
const WAIT_MS = 30_000;

/** The lock beside a library file: a folder `<library>.lock`, so renaming the library itself is unaffected. */
export const lockPathOf = (realFile: string) => `${realFile}.lock`;

/** Who holds the lock: beside it, as proper-lockfile removes its folder with rmdir, which needs it empty. */
const ownerPathOf = (realFile: string) => `${lockPathOf(realFile)}.owner`;

/**
 * The holder of a lock, and which lock folder it made (inode and time: an inode number is often
 * reused at once), so a note left by an earlier holder never vouches for a new lock.
 */
interface LockOwner {
  host: string;
  pid: number;
  lock: string;
}

/**
 * Runs `task` holding the cross-process lock of the library at `realFile` (the resolved path, so
 * a link and its target share one lock), and releases it afterwards whatever happens.
 *
 * Every process that writes the library (the app, each `briefbook` command) takes this lock
 * around "check the file is the version I read, write, stamp", which makes that sequence atomic
 * across processes. Stale locks are recovered: one whose holder on this machine is no longer
 * running is taken over at once (a killed `briefbook` command), any other once its holder has
 * not refreshed it for STALE_AFTER_MS (proper-lockfile refreshes a held lock's time stamp, so
 * only a dead or stalled holder's lock goes stale). A place where the lock cannot be made (a
 * read-only folder) is a `DurableWriteError` about the library.
 */
export async function withLibraryLock<T>(realFile: string, task: () => Promise<T>): Promise<T> {
  const release = await acquire(realFile);
  try {
    return await task();
  } finally {
    await release().catch(() => undefined);
    // After the release, so a holder killed in between leaves an unlocked library behind (its
    // note no longer matches any lock); the next holder may have written its own note already.
    await removeOwnNote(realFile);
  }
}

/**
 * proper-lockfile, loaded by the first write: it loads signal-exit (which installs signal
 * handlers), graceful-fs and Node's assert, ~9 ms of every process that only reads a library
 * (a command-line export).
 */
async function lockFunction(): Promise<typeof LockFunction> {
  return (await import('proper-lockfile')).lock;
}

async function acquire(realFile: string): Promise<() => Promise<void>> {
  const lock = await lockFunction();
  const deadline = Date.now() + WAIT_MS;
  for (let delay = 10; ; delay = Math.min(delay * 1.5, 250)) {
    try {
      const release = await lock(realFile, {
        lockfilePath: lockPathOf(realFile),
        realpath: false,
        stale: STALE_AFTER_MS,
        // Only a holder stalled longer than STALE_AFTER_MS (a machine asleep mid-write) loses its
        // lock; the default would throw from a timer and crash the process. Its write goes ahead,
        // the one case where two writers can still overlap.
        onCompromised: () => undefined,
        fs: fileSystemNotingOwner(realFile),
      });
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw DurableWriteError.from(realFile, error);
      if (Date.now() > deadline) throw new LibraryBusyError(realFile, lockPathOf(realFile), { cause: error });
      if (await takeOverFromDeadOwner(realFile)) continue;
      await sleep(delay * (0.5 + Math.random()));
    }
  }
}

/**
 * The identity of the lock folder now, or undefined if there is none. Where the file system
 * keeps no creation time, the modification time stands in; it changes when the holder refreshes
 * the lock, after which only the stale rule recovers it.
 */
async function lockIdentity(realFile: string): Promise<string | undefined> {
  const lock = await stat(lockPathOf(realFile), { bigint: true }).catch(() => undefined);
  return lock && identityOf(lock);
}

const identityOf = (lock: fs.BigIntStats) => `${lock.ino}@${lock.birthtimeNs || lock.mtimeNs}`;

/** The note, if there is a whole one (it may be half-written, as it is written in place). */
async function readOwner(realFile: string): Promise<Partial<LockOwner> | undefined> {
  try {
    return JSON.parse(await readFile(ownerPathOf(realFile), 'utf8')) as Partial<LockOwner>;
  } catch {
    return undefined;
  }
}

/**
 * The file system proper-lockfile works through, writing the owner's note as soon as the lock
 * folder exists, in the same turn of the event loop: a holder killed before its note is written
 * leaves a lock that only the stale rule recovers, so that moment is kept as short as can be.
 */
function fileSystemNotingOwner(realFile: string): typeof fs {
  const lockPath = lockPathOf(realFile);
  const mkdir = (dir: string, callback: (error: NodeJS.ErrnoException | null) => void) =>
    fs.mkdir(dir, (error) => {
      if (!error && dir === lockPath) writeOwnerNow(realFile);
      callback(error);
    });
  return { ...fs, mkdir } as typeof fs;
}

function writeOwnerNow(realFile: string): void {
  try {
    const lock = fs.statSync(lockPathOf(realFile), { bigint: true });
    const owner: LockOwner = { host: os.hostname(), pid: process.pid, lock: identityOf(lock) };
    fs.writeFileSync(ownerPathOf(realFile), JSON.stringify(owner));
  } catch {
    // Only a shortcut: without the note, a dead holder's lock is still recovered once stale.
  }
}

async function removeOwnNote(realFile: string): Promise<void> {
  if ((await readOwner(realFile))?.pid === process.pid) await rm(ownerPathOf(realFile), { force: true });
}

/** Removes the lock if its note says a process on this machine holds it that is no longer running. */
async function takeOverFromDeadOwner(realFile: string): Promise<boolean> {
  const owner = await readOwner(realFile);
  const lock = await lockIdentity(realFile);
  if (!owner || !lock || owner.host !== os.hostname() || owner.lock !== lock) return false;
  if (typeof owner.pid !== 'number' || owner.pid === process.pid || isProcessAlive(owner.pid)) return false;
  await rmdir(lockPathOf(realFile)).catch(() => undefined);
  return true;
}
