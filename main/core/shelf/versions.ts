import path from 'node:path';
import type { SupersededVersion } from '../compose/briefing-model';
import type { ExportOrigin, ShelfEntry } from '../model';

/** The version the next export of `briefingId` gets: one more than the highest on `shelf`. */
export function nextVersion(shelf: readonly ShelfEntry[], briefingId: string): number {
  const versions = shelf.flatMap((entry) =>
    entry.origin.kind === 'export' && entry.origin.briefingId === briefingId ? [entry.origin.version] : [],
  );
  return Math.max(0, ...versions) + 1;
}

/**
 * The version a new export `version` of `briefingId` replaces: the highest earlier one on
 * `shelf`, with the date its DATE line printed; undefined for a first version.
 */
export function supersededVersion(shelf: readonly ShelfEntry[], briefingId: string, version: number): SupersededVersion | undefined {
  const earlier = shelf
    .map((entry) => entry.origin)
    .filter((origin): origin is ExportOrigin => origin.kind === 'export' && origin.briefingId === briefingId && origin.version < version);
  const latest = earlier.reduce<ExportOrigin | undefined>((best, origin) => (best && best.version >= origin.version ? best : origin), undefined);
  return latest && { version: latest.version, date: latest.request.date };
}

/**
 * The newest version on `shelf` of the briefing `entry` exported, when it is newer than `entry`:
 * the version that supersedes it. Undefined for the newest version and for PDFs added from disk.
 */
export function supersedingVersion(shelf: readonly ShelfEntry[], entry: ShelfEntry): number | undefined {
  if (entry.origin.kind !== 'export') return undefined;
  const newest = nextVersion(shelf, entry.origin.briefingId) - 1;
  return newest > entry.origin.version ? newest : undefined;
}

/** `…/Memo.pdf` or `…/Memo (v2).pdf` as version 3: `…/Memo (v3).pdf`, in the same folder. */
export function versionFile(original: string, version: number): string {
  const extension = path.extname(original) || '.pdf';
  const stem = path.basename(original, path.extname(original)).replace(/ \(v\d+\)$/, '');
  return path.join(path.dirname(original), `${stem} (v${version})${extension}`);
}

/**
 * The first version from `version` on whose file beside `original` does not exist yet, and
 * that file. A regenerated briefing never replaces a file, whoever wrote it.
 */
export function freeVersionFile(original: string, version: number, exists: (file: string) => boolean): { version: number; file: string } {
  let next = version;
  while (exists(versionFile(original, next))) next += 1;
  return { version: next, file: versionFile(original, next) };
}
