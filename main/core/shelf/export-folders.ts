import { mkdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../library';
import { userDataDir } from '../user-data';

/** Enough for every folder an analyst exports to; the oldest are forgotten first. */
const MAX_FOLDERS = 200;

const Record = z.object({ folders: z.array(z.string()) });

/** Where this machine's record of export folders is kept: `<user data>/export-folders.json`. */
export function exportFoldersFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDataDir(env), 'export-folders.json');
}

/**
 * The folders the analyst chose to export into on this machine: in the app's save dialog or
 * with the CLI's `--out`. A regenerated briefing is saved beside the original without asking
 * only in one of these.
 *
 * The record is kept in the user data folder, apart from the library, on purpose: a library
 * may be shared, synced or edited by hand, so a shelf entry naming a folder proves nothing
 * about whether the analyst ever wrote there. Folders are kept by their real path (symlinks
 * resolved), so a link planted inside an export folder does not lead out of it. Two processes
 * remembering at once may lose one folder; the cost is one save dialog later.
 */
export class ExportFolders {
  constructor(readonly file: string) {}

  /**
   * Records the folder of `exportedFile`, which the analyst just chose and Briefbook wrote.
   * Never fails: the export is done, and a folder not remembered only costs a dialog later.
   */
  async remember(exportedFile: string): Promise<void> {
    try {
      const folder = await realFolder(exportedFile);
      const folders = (await this.folders()).filter((known) => known !== folder);
      folders.push(folder);
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFileDurably(this.file, `${JSON.stringify({ folders: folders.slice(-MAX_FOLDERS) }, null, 2)}\n`);
    } catch {
      // A read-only user data folder, say: nothing to tell the analyst about.
    }
  }

  /** Whether `file` is directly inside a folder the analyst exported into. */
  async holds(file: string): Promise<boolean> {
    const folder = await realFolder(file).catch(() => undefined);
    return folder !== undefined && (await this.folders()).includes(folder);
  }

  /** The folders recorded; none when the record is missing or unreadable (nothing is trusted then). */
  private async folders(): Promise<string[]> {
    try {
      return Record.parse(JSON.parse(await readFile(this.file, 'utf8'))).folders;
    } catch {
      return [];
    }
  }
}

function realFolder(file: string): Promise<string> {
  return realpath(path.dirname(path.resolve(file)));
}
