import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { Library, LIBRARY_SCHEMA_VERSION } from '../model';
import { sha256 } from './library-version';

/**
 * Revision of the library rules that JSON Schema cannot express: the integrity checks
 * (integrity.ts) and zod refinements. Raise it whenever one of them changes, so stamps written
 * under the old rules stop vouching for files (the schema's own changes are noticed by themselves).
 */
const UNEXPRESSED_RULES_REVISION = 2; // 2: a briefing's date is a day of the calendar; PDF page starts fit their text

/**
 * A note beside a library file (`library.json.checked`) that the store wrote these exact bytes
 * after validating them under these exact rules: the SHA-256 of the file, and a fingerprint of
 * the rules (schema version, the zod schema as JSON Schema, {@link UNEXPRESSED_RULES_REVISION}).
 *
 * Validating a big library costs more than reading it (at 100k records, the schema and the
 * integrity check take about as long as reading and parsing together), and the store only ever
 * writes libraries that passed both. A file whose bytes or rules do not match its stamp, a
 * missing or unreadable stamp, is validated in full as before, with the same errors: a
 * hand-edited file is never trusted. The stamp guards against accidents, not attacks: whoever
 * can rewrite the stamp can rewrite the library.
 */
export interface CheckedStamp {
  sha256: string;
  rules: string;
}

export const stampFileOf = (libraryFile: string) => `${libraryFile}.checked`;

let rules: string | undefined;

/** The fingerprint of what validation means in this build. */
function rulesFingerprint(): string {
  rules ??= sha256(JSON.stringify([LIBRARY_SCHEMA_VERSION, UNEXPRESSED_RULES_REVISION, z.toJSONSchema(Library, { unrepresentable: 'any' })]));
  return rules;
}

/** Whether the stamp beside `libraryFile` vouches for the bytes whose SHA-256 is `digest`, under the current rules. */
export async function isStamped(libraryFile: string, digest: string): Promise<boolean> {
  let stamp: Partial<CheckedStamp>;
  try {
    stamp = JSON.parse(await readFile(stampFileOf(libraryFile), 'utf8')) as Partial<CheckedStamp>;
  } catch {
    return false;
  }
  return stamp.rules === rulesFingerprint() && stamp.sha256 === digest;
}

/**
 * Records that the bytes whose SHA-256 is `digest`, now in `libraryFile`, passed validation.
 * Call only after the bytes are durably in place, under the library lock (store.ts), so two
 * writers never leave one's stamp beside the other's file; even then a stale stamp is harmless,
 * as it never matches the file. A failure is ignored: without a stamp the next load validates
 * in full, and a torn stamp never matches.
 */
export async function writeStamp(libraryFile: string, digest: string): Promise<void> {
  const stamp: CheckedStamp = { sha256: digest, rules: rulesFingerprint() };
  await writeFile(stampFileOf(libraryFile), `${JSON.stringify(stamp)}\n`).catch(() => undefined);
}
