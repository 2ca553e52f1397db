import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../library';
import { RecordKind, Source, TextLocation } from '../model';
import type { ImportDraft } from './import-review';

/**
 * What a kept import draft must hold to be reviewed again. The importer's rule names and the
 * like are checked only as strings: the point is to refuse a file that is not a draft, not to
 * second-guess one this module wrote.
 */
const KeptDraft = z.object({
  id: z.string().regex(/^import-[\da-f-]{1,36}$/),
  fileName: z.string().min(1),
  format: z.enum(['text', 'markdown', 'html', 'pdf']),
  source: Source,
  missing: z.array(z.enum(['title', 'publisher', 'date'])),
  sourceConfirmed: z.boolean(),
  candidates: z.array(
    z.object({
      key: z.string().min(1),
      decision: z.enum(['pending', 'accepted', 'rejected']),
      revised: z.enum(['edited', 'merged', 'split']).optional(),
      statement: z.string(),
      section: z.string(),
      kind: RecordKind,
      topics: z.array(z.string()),
      location: TextLocation,
      summary: z.string(),
      speaker: z.string(),
      rule: z.string(),
    }),
  ),
  nextKey: z.number().int().positive(),
});

/** Drafts read back from the folder, and what could not be (each set aside, never deleted). */
export interface KeptDrafts {
  drafts: ImportDraft[];
  problems: string[];
}

/** A new draft id, unique across restarts (kept drafts keep theirs). */
export function newDraftId(): string {
  return `import-${randomUUID()}`;
}

/**
 * Imports under review, kept on disk as the analyst works (one JSON file per draft, written
 * durably after every step), so a crash or a quit in the middle of a long review loses nothing.
 * A draft leaves the folder when it is added to the library or discarded.
 */
export class ImportDraftFiles {
  constructor(readonly folder: string) {}

  async save(draft: ImportDraft): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileDurably(this.fileOf(draft.id), `${JSON.stringify(draft)}\n`);
  }

  async remove(id: string): Promise<void> {
    await rm(this.fileOf(id), { force: true });
  }

  /**
   * Every kept draft, least recently changed first. A file that is not a readable draft is renamed to
   * `….unreadable` (kept for whoever wants to look) and reported with its reason.
   */
  async loadAll(): Promise<KeptDrafts> {
    const names = await readdir(this.folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const kept: { draft: ImportDraft; modified: number }[] = [];
    const problems: string[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const file = path.join(this.folder, name);
      try {
        const text = await readFile(file, 'utf8');
        const draft = KeptDraft.parse(JSON.parse(text)) as ImportDraft;
        if (this.fileOf(draft.id) !== file) throw new Error(`it names the draft ${draft.id}, not ${name}`);
        kept.push({ draft, modified: (await stat(file)).mtimeMs });
      } catch (error) {
        await rename(file, `${file}.unreadable`).catch(() => undefined);
        problems.push(`${file}: ${reason(error)}. It was kept as ${name}.unreadable.`);
      }
    }
    return { drafts: kept.sort((a, b) => a.modified - b.modified).map((k) => k.draft), problems };
  }

  private fileOf(id: string): string {
    return path.join(this.folder, `${id}.json`);
  }
}

function reason(error: unknown): string {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0]!;
    return `not an import draft (${issue.path.join('.') || 'the file'}: ${issue.message})`;
  }
  if (error instanceof SyntaxError) return `not valid JSON (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}
