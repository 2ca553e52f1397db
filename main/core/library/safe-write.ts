import { lstat, open, readdir, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive } from './process-alive';
import { DurableWriteError } from './write-errors';

export { DurableWriteError } from './write-errors';

/** The tail of each file's write queue, keyed by absolute path; entries leave when their queue drains. */
const queues = new Map<string, Promise<void>>();
let tempCounter = 0;

/**
 * Replaces `file` with `contents` so that a crash at any moment leaves either the old or the new
 * contents, never a mix or an empty file.
 *
 * The bytes go to a temp file in the same directory (a rename is only atomic within one file
 * system), which is fsynced before it is renamed over `file`; the directory is fsynced afterwards
 * so the rename itself survives a power loss. Writes to one file run one at a time in call order,
 * so the last call wins, and each promise resolves only once its own write is durable. A failed
 * write removes its temp file, leaves `file` as it was and does not stop the writes queued after it.
 * The parent directory must exist. An existing file's permission bits are kept.
 *
 * A `file` that is a symbolic link is written through: its target is replaced and the link
 * stays (a library or PDF kept on another drive through a link keeps working). A link whose
 * target is missing (an unmounted share) is refused rather than replaced by a fresh file.
 * Failures are `DurableWriteError`s that name `file`, never the temp file, and say what to do.
 */
export function writeFileDurably(file: string, contents: string | Uint8Array): Promise<void> {
  const key = path.resolve(file);
  const previous = queues.get(key) ?? Promise.resolve();
  const write = previous.then(() => replaceFile(key, contents));
  // The queue must go on after a failed write; the caller still sees the failure through `write`.
  const tail = write.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return write;
}

/**
 * Deletes temp files that writers of `file` left behind when they were killed mid-write.
 *
 * Temp names carry the writer's process id, and only files whose process is gone are removed:
 * another live process (the app and the CLI on one library) may be writing right now. A reused
 * process id only means a stale file is kept a little longer. Temp files are never read, so
 * leftovers are harmless apart from the space they take.
 */
export async function removeStaleTempFiles(file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const pattern = tempNamePattern(path.basename(file));
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return; // no directory, no leftovers
  }
  for (const name of names) {
    const pid = pattern.exec(name)?.[1];
    if (pid !== undefined && !isProcessAlive(Number(pid))) await rm(path.join(dir, name), { force: true });
  }
}

async function replaceFile(file: string, contents: string | Uint8Array): Promise<void> {
  const target = await resolveWriteTarget(file);
  try {
    await replaceTarget(target, contents);
  } catch (error) {
    throw DurableWriteError.from(file, error);
  }
}

/**
 * The file a write to `file` must replace: `file` itself, or the end of its chain of links.
 * Renaming over a link would replace the link; renaming over its target writes through it.
 */
export async function resolveWriteTarget(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw DurableWriteError.from(file, error);
  }
  const link = await lstat(file).then(
    (s) => s.isSymbolicLink(),
    () => false,
  );
  // A new file: named through its folder's real path, so every writer agrees on its name.
  if (!link) return realpath(path.dirname(file)).then((dir) => path.join(dir, path.basename(file)), () => file);
  const target = path.resolve(path.dirname(file), await readlink(file));
  throw new DurableWriteError(
    file,
    'dangling-link',
    `it is a link to ${target}, which does not exist`,
    'Connect the drive or share it points to, or correct the link; nothing was written.',
  );
}

async function replaceTarget(file: string, contents: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, tempName(path.basename(file)));
  const keptMode = await stat(file).then(
    (s) => s.mode & 0o777,
    () => undefined,
  );
  try {
    const handle = await open(temp, 'wx', keptMode ?? 0o666);
    try {
      // `open` applies the umask; an existing file's bits are restored exactly.
      if (keptMode !== undefined) await handle.chmod(keptMode);
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes a rename in `dir` durable. Windows cannot open a directory, and NTFS journals renames. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A hidden name next to the target, unique per process and write: `.library.json.<pid>-<n>.tmp`. */
function tempName(base: string): string {
  tempCounter += 1;
  return `.${base}.${process.pid}-${tempCounter}.tmp`;
}

function tempNamePattern(base: string): RegExp {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${escaped}\\.(\\d+)-\\d+\\.tmp$`);
}
