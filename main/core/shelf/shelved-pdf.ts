import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { FileAccessError } from '../file-access-error';

/**
 * The file of a shelf entry is not trusted as a path: a library is edited by hand, shared and
 * synced, so an entry may name `/etc/passwd`, a program, a folder or a named pipe as well as a
 * PDF. Briefbook reads, opens or shows only a regular file named `.pdf` whose bytes start with
 * `%PDF-`; anything else is refused with a {@link ShelvedFileError}, without reading it.
 */
const PDF_SIGNATURE = '%PDF-';

const HINT = 'Remove it from the shelf, then add the PDF again with File > Open PDF…, or find it with Relocate if it moved.';

/** A shelf entry's file that is gone (`missing`: relocate it) or is not a PDF Briefbook will touch. */
export class ShelvedFileError extends FileAccessError {
  constructor(
    file: string,
    readonly missing: boolean,
    problem: string,
    options?: ErrorOptions,
  ) {
    super(file, problem, missing ? 'Find it again with Relocate, or remove it from the shelf.' : HINT, options);
  }
}

/** The whole of the PDF at `file`, once it has shown itself to be one. */
export async function readShelvedPdf(file: string): Promise<Uint8Array> {
  return withShelvedPdf(file, async (handle) => new Uint8Array(await handle.readFile()));
}

/** Resolves when `file` is a PDF Briefbook may hand to the system viewer or file manager. */
export async function checkShelvedPdf(file: string): Promise<void> {
  await withShelvedPdf(file, async () => undefined);
}

/**
 * Opens `file` only if it is a regular `.pdf` file, checks that it starts like a PDF, and runs
 * `use` on it. The type is checked before opening (a FIFO would block the open, a device might
 * act on it), then again on the open handle, so a file swapped in between is caught too; the
 * open itself never waits (O_NONBLOCK) and does not take a terminal as the process's own.
 */
async function withShelvedPdf<T>(file: string, use: (handle: FileHandle) => Promise<T>): Promise<T> {
  if (path.extname(file).toLowerCase() !== '.pdf') {
    throw new ShelvedFileError(file, false, `${file} is not a PDF (its name does not end in .pdf), so Briefbook will not open it.`);
  }
  const before = await stat(file).catch((error: unknown) => {
    throw unreachable(file, error);
  });
  assertRegularFile(file, before);
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY).catch((error: unknown) => {
    throw unreachable(file, error);
  });
  try {
    const opened = await handle.stat();
    assertRegularFile(file, opened);
    const head = Buffer.alloc(PDF_SIGNATURE.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (head.subarray(0, bytesRead).toString('latin1') !== PDF_SIGNATURE) {
      throw new ShelvedFileError(file, false, `${file} is not a PDF (it does not start with %PDF-), so Briefbook will not open it.`);
    }
    return await use(handle);
  } finally {
    await handle.close();
  }
}

function assertRegularFile(file: string, info: { isFile(): boolean; isDirectory(): boolean }): void {
  if (info.isDirectory()) throw new ShelvedFileError(file, false, `${file} is a folder, not a PDF, so Briefbook will not open it.`);
  if (!info.isFile()) {
    throw new ShelvedFileError(file, false, `${file} is not a regular file (it is a pipe, socket or device), so Briefbook will not open it.`);
  }
}

/** The file is not there, or cannot be opened at all. */
function unreachable(file: string, error: unknown): ShelvedFileError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ShelvedFileError(file, true, `${file} is not there any more.`, { cause: error });
  const why = code === 'EACCES' || code === 'EPERM' ? 'you do not have permission to read it' : `the system reported ${code ?? String(error)}`;
  return new ShelvedFileError(file, false, `${file} cannot be read: ${why}.`, { cause: error });
}
