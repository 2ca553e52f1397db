import path from 'node:path';
import { addImportToLibrary, importFile, type ImportResult } from '../core/importer/import-source';
import type { RecordKind } from '../core/model';
import { openLibraryStore, type LibraryOptions } from './library-option';
import { counted } from './counted';

export interface ImportOptions extends LibraryOptions {
  dryRun?: boolean;
  json?: boolean;
  encoding?: string;
}

/** How many characters of each statement the readable summary shows. */
const STATEMENT_PREVIEW = 110;

/**
 * `briefbook import FILE`: proposes a source and candidate records from an article and, unless
 * `--dry-run`, adds them all to the library in one all-or-nothing change.
 *
 * `--json` prints exactly one object, `{ source, candidates }`, with the source as stored (its
 * final id included); otherwise a readable summary. Failures (unreadable, binary, wrongly
 * encoded, truncated or already imported files) leave the library untouched.
 */
export async function runImport(file: string, options: ImportOptions, print: (line: string) => void): Promise<void> {
  const store = await openLibraryStore(options);
  // Refused before the article is read: a read-only library cannot take the import anyway.
  if (!options.dryRun && store.readOnly) throw store.readOnly;

  const result = await importFile(path.resolve(file), { topics: store.data.topics, encoding: options.encoding });
  const added = options.dryRun ? undefined : await addImportToLibrary(store, result);
  const source = added ? { ...result.source, id: added.sourceId } : result.source;

  if (options.json) {
    const candidates = result.candidates.map(({ statement, section, kind, topics, location, speaker, summary, rule }) => ({
      statement,
      section,
      kind,
      topics,
      location,
      speaker,
      summary,
      rule,
    }));
    print(JSON.stringify({ source, candidates }, null, 2));
    return;
  }
  printSummary(result, source.id, print);
  print(
    added
      ? `Added source "${added.sourceId}" and ${counted(added.recordIds.length, 'record')} (tagged imported, unreviewed) to ${store.file}.`
      : 'Dry run: the library was not changed.',
  );
}

function printSummary(result: ImportResult, sourceId: string, print: (line: string) => void): void {
  const { source, candidates } = result;
  const byline = [source.authors.join(', '), source.publisher, source.date].filter(Boolean).join(', ');
  print(`${path.basename(result.file)} (${result.format}): "${source.title}" — ${byline}`);
  print(`Source id ${sourceId}; language ${source.language}${source.dialogue ? `; dialogue ${source.dialogue}` : ''}.`);
  const counts = (['recommendation', 'proposal', 'finding', 'concern'] as RecordKind[])
    .map((kind) => [kind, candidates.filter((c) => c.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => counted(n, kind));
  print(`${counted(candidates.length, 'candidate record')}${counts.length ? `: ${counts.join(', ')}` : ''}.`);
  candidates.forEach((c, i) => {
    const statement = c.statement.replace(/\s+/g, ' ');
    const preview = statement.length > STATEMENT_PREVIEW ? `${statement.slice(0, STATEMENT_PREVIEW)}…` : statement;
    print(`${String(i + 1).padStart(3)}. [${c.kind}] ${c.section}: ${preview}`);
    print(`     topics: ${c.topics.join(', ') || '(none suggested)'}`);
  });
  for (const field of result.missing) {
    print(`Check: the ${field} was not found in the document; it is set to "${source[field]}" until you correct it.`);
  }
}
