import path from 'node:path';
import type { Library, RecordItem, Source, SourceKind, Topic } from '../model';
import { Source as SourceSchema } from '../model';
import type { DocumentFormat, ReadDocument } from './document';
import { ImportError } from './errors';
import { extractCandidates, type Candidate } from './extract';
import { proposeDialogue, proposeMetadata } from './propose-metadata';
import { parseDocument, readDocument, type ReadOptions } from './read-document';
import { sourceIdFor, uniqueId } from '../ids';

export interface ImportOptions extends ReadOptions {
  /** The library's taxonomy, for topic suggestions. */
  topics: readonly Topic[];
  /** Source fields the analyst already knows; they win over what the document suggests. */
  source?: Partial<Omit<Source, 'text'>>;
  /** Whether the author writes as the dialogue itself; detected when not given (see `extractCandidates`). */
  authorSpeaksForDialogue?: boolean;
  /** Today's date, for a source whose date cannot be found (tests pass a fixed one). */
  today?: Date;
}

/** Source fields the document did not give; they hold placeholders the analyst must replace. */
export type MissingField = 'title' | 'publisher' | 'date';

/** An imported document: its proposed source and the records proposed from it. */
export interface ImportResult {
  file: string;
  format: DocumentFormat;
  source: Source;
  candidates: Candidate[];
  missing: MissingField[];
}

/**
 * Most candidate records one file may propose. An article yields tens, a long report hundreds;
 * thousands are a file that is not one document, and no analyst would review them one by one.
 */
export const MAX_CANDIDATES_PER_FILE = 5000;

/** Placeholder publisher until the analyst names the real one. */
export const UNKNOWN_PUBLISHER = 'Unknown publisher';

/** The topic records without a suggested topic are filed under until the analyst sorts them. */
export const UNSORTED_TOPIC: Topic = {
  id: 'unsorted',
  label: 'Unsorted imports',
  description: 'Imported records no topic was suggested for: give each its topics, then they leave this one.',
};

/** Tags that mark imported records as proposals the analyst has not yet checked. */
export const IMPORT_TAGS = ['imported', 'unreviewed'];

/**
 * Reads a document and proposes a source and candidate records from it; changes nothing.
 *
 * The source carries the full normalized text, so every candidate's location points into it,
 * and the metadata the document declares or shows (title, authors, date, language, dialogue,
 * track); fields it lacks get placeholders listed in `missing`.
 */
export async function importFile(file: string, options: ImportOptions): Promise<ImportResult> {
  return proposeImport(await readDocument(file, options), file, options);
}

/**
 * `importFile` for a file already in memory (one dropped on the app's window): `name` is the
 * file's name, for its format and for messages. Changes nothing.
 */
export async function importBytes(bytes: Uint8Array, name: string, options: ImportOptions): Promise<ImportResult> {
  return proposeImport(await parseDocument(bytes, name, options), name, options);
}

/** The source and candidates proposed from a document read from `file`. */
function proposeImport(document: ReadDocument, file: string, options: ImportOptions): ImportResult {
  const given = options.source ?? {};
  const proposed = proposeMetadata(document.text, document.headings, document.metadata);
  const dialogue = given.dialogue ?? proposeDialogue(document.text) ?? '';
  const missing: MissingField[] = [];
  const orPlaceholder = <T>(field: MissingField, value: T | undefined, placeholder: T): T => {
    if (value !== undefined && value !== '') return value;
    missing.push(field);
    return placeholder;
  };

  const title = orPlaceholder('title', given.title ?? proposed.title, path.basename(file, path.extname(file)));
  const date = orPlaceholder('date', given.date ?? proposed.date, (options.today ?? new Date()).toISOString().slice(0, 10));
  const publisher = orPlaceholder('publisher', given.publisher ?? proposed.publisher ?? hostOf(proposed.url), UNKNOWN_PUBLISHER);
  const language = given.language ?? proposed.language ?? 'en';
  const source = SourceSchema.parse({
    id: given.id ?? sourceIdFor({ title, dialogue, date }),
    title,
    publisher,
    container: given.container ?? proposed.container ?? '',
    authors: given.authors ?? proposed.authors ?? [],
    date,
    url: given.url ?? proposed.url ?? '',
    kind: given.kind ?? guessKind(document.text, proposed.container ?? ''),
    language,
    dialogue,
    track: given.track ?? guessTrack(document.text),
    text: document.text,
    // A PDF's pages, so citations of its passages give the page.
    ...(document.pageStarts && { pageStarts: document.pageStarts }),
  });

  const candidates = extractCandidates(document.text, {
    topics: options.topics,
    headings: document.headings,
    language,
    dialogue: dialogue || publisher,
    authorSpeaksForDialogue: options.authorSpeaksForDialogue,
  });
  if (candidates.length > MAX_CANDIDATES_PER_FILE) {
    const count = candidates.length.toLocaleString('en-US');
    const limit = MAX_CANDIDATES_PER_FILE.toLocaleString('en-US');
    throw new ImportError('too-large', file, `it yields ${count} candidate records, more than the ${limit} one import may propose`);
  }
  return { file, format: document.format, source, candidates, missing };
}

/** What `addImportToLibrary` added. */
export interface AddedImport {
  sourceId: string;
  recordIds: string[];
}

/** The part of `LibraryStore` an import needs: one validated, all-or-nothing change. */
export interface LibraryUpdater {
  update(change: (draft: Library) => void | Promise<void>): Promise<Library>;
}

/**
 * Adds an imported source and all its candidates as records, in one store update: the import
 * either lands whole or, if anything is wrong, the library stays exactly as it was.
 *
 * Ids are made unique against the library (`elbe-group-2019`, `elbe-group-2019-2`...; records
 * `<source>-01`...). Records are tagged with `tags` (by default `imported` and `unreviewed`; the
 * app's review queue passes its own, having had each one reviewed), their summaries are the
 * candidates' ones, and records without a suggested topic go to the `unsorted` topic (created if
 * needed), since every record needs one. A text already in the library is refused.
 */
export async function addImportToLibrary(
  store: LibraryUpdater,
  result: ImportResult,
  now = new Date(),
  tags: readonly string[] = IMPORT_TAGS,
): Promise<AddedImport> {
  let added: AddedImport | undefined;
  await store.update((draft) => {
    const same = draft.sources.find((s) => s.text === result.source.text);
    if (same) throw new ImportError('duplicate', result.file, `the library already holds this text as source "${same.id}"`);
    const sourceId = uniqueId(result.source.id, new Set(draft.sources.map((s) => s.id)));
    const recordIdsInUse = new Set(draft.records.map((r) => r.id));
    const width = String(result.candidates.length).length < 2 ? 2 : String(result.candidates.length).length;
    const timestamp = now.toISOString();
    const records: RecordItem[] = result.candidates.map((candidate, i) => {
      const id = uniqueId(`${sourceId}-${String(i + 1).padStart(width, '0')}`, recordIdsInUse);
      recordIdsInUse.add(id);
      return {
        id,
        sourceId,
        kind: candidate.kind,
        statement: candidate.statement,
        summary: candidate.summary,
        speaker: candidate.speaker,
        addressees: [],
        section: candidate.section,
        location: { ...candidate.location },
        topics: candidate.topics.length ? [...candidate.topics] : [UNSORTED_TOPIC.id],
        tags: [...tags],
        key: false,
        status: 'active',
        createdAt: timestamp,
        updatedAt: timestamp,
      };
    });
    if (records.some((r) => r.topics.includes(UNSORTED_TOPIC.id)) && !draft.topics.some((t) => t.id === UNSORTED_TOPIC.id)) {
      draft.topics.push({ ...UNSORTED_TOPIC });
    }
    draft.sources.push({ ...result.source, id: sourceId });
    // One push per record: spreading a large array into push() overflows the call stack.
    for (const record of records) draft.records.push(record);
    added = { sourceId, recordIds: records.map((r) => r.id) };
  });
  return added!;
}

/** Commentary, joint statement, report or article, from how the document names itself. */
function guessKind(text: string, container: string): SourceKind {
  const head = `${container}\n${text.slice(0, 600)}`;
  if (/\bjoint statement\b|совместное заявление/i.test(head)) return 'joint-statement';
  if (/\b(?:commentary|op-ed|opinion)\b|комментарий|мнение/i.test(head) || /\bthis commentary\b/i.test(text)) return 'commentary';
  if (/\breport\b|доклад|отчет|отчёт/i.test(head)) return 'report';
  if (/\btranscript\b|стенограмма/i.test(head)) return 'transcript';
  return 'article';
}

/** The diplomatic track the text says the dialogue is on ("Track 2", "Track 1.5"), if any. */
function guessTrack(text: string): Source['track'] {
  if (/track[\s-]*(?:1\.5|one and a half)|трек[\s-]*1[.,]5/i.test(text)) return '1.5';
  if (/track[\s-]*(?:2|ii|two)\b|(?:второй|второго) трек|трек[\s-]*2/i.test(text)) return '2';
  return '';
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}
