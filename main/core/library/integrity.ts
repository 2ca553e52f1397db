import type { Library, RecordItem, Source } from '../model';
import type { JsonPathSegment } from './json-text';

/** A broken reference or inconsistency in a library that passed schema validation. */
export interface IntegrityIssue {
  /** JSON path of the offending field, e.g. `['records', 3, 'sourceId']`. */
  path: JsonPathSegment[];
  message: string;
}

/** How much of a mismatching passage an issue quotes. */
const QUOTE_LENGTH = 60;

/**
 * Finds what the schema cannot see: ids used twice, references to topics, sources or records
 * that do not exist, and records whose location or statement disagree with their source's text
 * (the provenance an analyst relies on to verify every line), and PDF page starts that do not
 * fit their source's text. Empty when the library is sound.
 */
export function checkLibraryIntegrity(library: Library): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const topicIds = indexIds('topics', library.topics, issues);
  const sources = new Map(library.sources.map((source) => [source.id, source]));
  indexIds('sources', library.sources, issues);
  const recordIds = indexIds('records', library.records, issues);
  indexIds('briefings', library.briefings, issues);
  indexIds('shelf', library.shelf, issues);
  indexIds('positions', library.positions, issues);

  library.sources.forEach((source, s) => issues.push(...checkPageStarts(source, s)));
  library.records.forEach((record, r) => {
    const source = sources.get(record.sourceId);
    if (!source) {
      issues.push({ path: ['records', r, 'sourceId'], message: `no source has the id "${record.sourceId}"` });
    } else {
      issues.push(...checkProvenance(record, r, source));
    }
    record.topics.forEach((topicId, t) => {
      if (!topicIds.has(topicId)) {
        issues.push({ path: ['records', r, 'topics', t], message: `no topic has the id "${topicId}"` });
      }
    });
  });

  library.briefings.forEach((briefing, b) => {
    briefing.selection.topics.forEach((topicId, t) => {
      if (!topicIds.has(topicId)) {
        issues.push({ path: ['briefings', b, 'selection', 'topics', t], message: `no topic has the id "${topicId}"` });
      }
    });
    briefing.selection.sources.forEach((sourceId, s) => {
      if (!sources.has(sourceId)) {
        issues.push({ path: ['briefings', b, 'selection', 'sources', s], message: `no source has the id "${sourceId}"` });
      }
    });
    briefing.items.forEach((item, i) => {
      if (!recordIds.has(item.recordId)) {
        issues.push({ path: ['briefings', b, 'items', i, 'recordId'], message: `no record has the id "${item.recordId}"` });
      }
    });
    briefing.selection.added.forEach((recordId, i) => {
      if (!recordIds.has(recordId)) {
        issues.push({ path: ['briefings', b, 'selection', 'added', i], message: `no record has the id "${recordId}"` });
      }
    });
  });
  issues.push(...checkPositions(library, recordIds));
  return issues;
}

/**
 * Positions link records that exist (live, or waiting in the trash with their source, so that
 * deleting and restoring a source keeps its links), each record in at most one position, and
 * each position has at least one record that calls for the thing.
 */
function checkPositions(library: Library, liveRecordIds: ReadonlySet<string>): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const known = new Set(liveRecordIds);
  for (const entry of library.trash) if (entry.kind === 'source') entry.records.forEach((r) => known.add(r.id));
  const placedIn = new Map<string, number>();
  library.positions.forEach((position, p) => {
    if (!position.members.some((m) => m.stance === 'agrees')) {
      issues.push({ path: ['positions', p, 'members'], message: 'a position needs at least one record that agrees with it' });
    }
    position.members.forEach((member, m) => {
      const path = ['positions', p, 'members', m, 'recordId'];
      const first = placedIn.get(member.recordId);
      if (!known.has(member.recordId)) issues.push({ path, message: `no record has the id "${member.recordId}"` });
      else if (first !== undefined) {
        issues.push({ path, message: `record "${member.recordId}" is already in positions[${first}]; a record belongs to at most one position` });
      } else placedIn.set(member.recordId, p);
    });
  });
  return issues;
}

/** Collects the ids of one collection, reporting each repeat at the later entry. */
function indexIds(
  collection: 'topics' | 'sources' | 'records' | 'briefings' | 'shelf' | 'positions',
  entries: readonly { id: string }[],
  issues: IntegrityIssue[],
): Set<string> {
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = firstIndex.get(entry.id);
    if (first === undefined) firstIndex.set(entry.id, index);
    else issues.push({ path: [collection, index, 'id'], message: `the id "${entry.id}" is already used by ${collection}[${first}]` });
  });
  return new Set(firstIndex.keys());
}

/** A PDF source's page starts (`pageStarts`, pages 2, 3…) run in order and lie inside its text, or a note would cite a wrong page. */
function checkPageStarts(source: Source, s: number): IntegrityIssue[] {
  const starts = source.pageStarts ?? [];
  const wrong = starts.findIndex((start, i) => start > source.text.length || start < (starts[i - 1] ?? 0));
  if (wrong < 0) return [];
  const start = starts[wrong]!;
  const page = wrong + 2;
  return [
    {
      path: ['sources', s, 'pageStarts', wrong],
      message:
        start > source.text.length
          ? `page ${page} starts at character ${start}, but the text has only ${source.text.length} characters`
          : `page ${page} starts at character ${start}, before page ${page - 1} (at ${starts[wrong - 1]}): pages start in order`,
    },
  ];
}

/** A record's location must lie inside its source's text, and its statement must be that passage. */
function checkProvenance(record: RecordItem, r: number, source: Source): IntegrityIssue[] {
  const { start, end } = record.location;
  if (end > source.text.length) {
    return [
      {
        path: ['records', r, 'location', 'end'],
        message: `ends at character ${end}, but the text of source "${source.id}" has only ${source.text.length} characters`,
      },
    ];
  }
  const passage = source.text.slice(start, end);
  if (record.statement === passage) return [];
  return [
    {
      path: ['records', r, 'statement'],
      message: `differs from the text of source "${source.id}" at characters ${start}–${end}, which reads "${quote(passage)}"`,
    },
  ];
}

function quote(text: string): string {
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
}
