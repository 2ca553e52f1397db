import path from 'node:path';
import { FileAccessError } from './file-access-error';
import { writeFileDurably } from './library';

/** How a file is written durably; a seam so tests can make the disk fill up. */
export type FileWriter = (file: string, contents: string | Uint8Array) => Promise<void>;

/**
 * Saves to a file the analyst chose (an exported or regenerated PDF, an exported template), crash-safely, and
 * says in words why it could not: the disk is full, the folder is read-only or gone. The
 * message names `file`, never the temp file the bytes went to first, which the analyst never saw.
 */
export async function saveUserFile(file: string, contents: string | Uint8Array, write: FileWriter = writeFileDurably): Promise<void> {
  try {
    await write(file, contents);
  } catch (error) {
    throw describeWriteFailure(error, file);
  }
}

/** What went wrong writing `file`, for the analyst: any error that is not one of the file system's passes through. */
function describeWriteFailure(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return error;
  const folder = path.dirname(file);
  const elsewhere = 'Save it in another folder.';
  const saying = (problem: string, hint: string) => new FileAccessError(file, `${file} was not saved: ${problem}.`, hint, { cause: error });
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return saying(`there is not enough space left on the disk that holds ${folder}`, 'Free some space on that disk, or save it on another one.');
    case 'EACCES':
    case 'EPERM':
      return saying(`you do not have permission to write in ${folder}`, `${elsewhere} Or ask for permission to write in that one.`);
    case 'EROFS':
      return saying(`${folder} is on a read-only disk or share`, elsewhere);
    case 'ENOENT':
      return saying(`the folder ${folder} does not exist`, `Create the folder first, or save it in another one.`);
    case 'ENOTDIR':
      return saying(`${folder} is not a folder (a file has that name)`, elsewhere);
    case 'EISDIR':
      return saying('that name is a folder, not a file', 'Choose a file name inside the folder instead.');
    case 'ENAMETOOLONG':
      return saying('the name is too long for the disk', 'Choose a shorter name or a folder nearer the top of the disk.');
    default:
      return saying(`the system reported ${code}`, 'Try again, or save it in another folder.');
  }
}
