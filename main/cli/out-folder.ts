import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors';

/**
 * The folder of --out must exist and take new files, checked before the briefing is laid out;
 * the write itself still says plainly what went wrong when the disk fills up on the way.
 */
export async function assertWritableFolder(file: string): Promise<void> {
  const folder = path.dirname(file);
  const info = await stat(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UsageError(`--out ${file}: the folder ${folder} does not exist. Create it first, or choose another --out.`);
    if (error.code === 'ENOTDIR') throw new UsageError(`--out ${file}: ${folder} is not a folder (part of that path is a file). Choose another --out.`);
    throw new UsageError(`--out ${file}: the folder ${folder} cannot be used (${error.code ?? error.message}). Choose another --out.`);
  });
  if (!info.isDirectory()) throw new UsageError(`--out ${file}: ${folder} is a file, not a folder. Choose another --out.`);
  await access(folder, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
    const why = error.code === 'EROFS' ? 'is on a read-only disk or share' : 'is not one you may write in';
    throw new UsageError(`--out ${file}: the folder ${folder} ${why}. Choose another --out.`);
  });
}
