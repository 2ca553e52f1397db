import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';

/**
 * Which bytes of a library file a store last read or wrote: enough to tell, under the library
 * lock, whether another process (the CLI, the app, another machine on a shared folder) has
 * replaced the file since.
 *
 * Every writer replaces the file by renaming a temp file over it, so a change of any kind gives
 * a new inode or size or modification time; `sha256` settles the rare case where those differ
 * but the bytes do not (a copy, a `touch`), so only a real change counts as one.
 */
export interface LibraryVersion {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  sha256: string;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The version of `bytes`, read from or written to a file whose status is `stats`. */
export function libraryVersion(stats: BigIntStats, digest: string): LibraryVersion {
  return { ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs, sha256: digest };
}

/**
 * Whether `file` certainly still holds `version`, judged by its status alone (cheap even for a
 * big library). False means "maybe changed": compare the content to be sure.
 */
export async function statMatches(file: string, version: LibraryVersion): Promise<boolean> {
  const stats = await stat(file, { bigint: true }).catch(() => undefined);
  return stats !== undefined && stats.ino === version.ino && stats.size === version.size && stats.mtimeNs === version.mtimeNs;
}
