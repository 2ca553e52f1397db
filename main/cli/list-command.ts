import { findRecords } from '../core/library/query';
import { sourcesWithCounts, topicsWithCounts } from '../core/use-cases/library-overview';
import type { Library } from '../core/model';
import { listPositions } from '../core/positions';
import { listShelf } from '../core/use-cases/shelf-listing';
import { UsageError } from './errors';
import { LISTABLE } from './listable';
import { printTable } from './table';
import { openLibrary, selectionFrom, type LibraryOptions, type SelectionOptions } from './library-option';


export interface ListOptions extends LibraryOptions, SelectionOptions {
  json?: boolean;
}

/** `briefbook list topics|sources|records|shelf|positions`: what the library holds, as text or JSON. */
export async function runList(what: string, options: ListOptions, print: (line: string) => void): Promise<void> {
  if (!(LISTABLE as readonly string[]).includes(what)) {
    throw new UsageError(`cannot list "${what}"; choose one of: ${LISTABLE.join(', ')}`);
  }
  const { library } = await openLibrary(options);
  if (what === 'shelf') return printShelf(library, options, print);
  if (what === 'positions') return listLinkedPositions(library, options, print);
  const records = findRecords(library, selectionFrom(library, options));

  if (what === 'topics') {
    const rows = topicsWithCounts(library, records);
    if (options.json) return print(JSON.stringify(rows, null, 2));
    return printTable(print, ['TOPIC', 'RECORDS', 'LABEL'], rows.map((r) => [r.id, String(r.records), r.label]));
  }
  if (what === 'sources') {
    const rows = sourcesWithCounts(library, records);
    if (options.json) return print(JSON.stringify(rows, null, 2));
    return printTable(
      print,
      ['SOURCE', 'DATE', 'RECORDS', 'PUBLISHER', 'TITLE'],
      rows.map((s) => [s.id, s.date, String(s.records), s.publisher, s.title]),
    );
  }
  if (options.json) return print(JSON.stringify(records, null, 2));
  printTable(print, ['RECORD', 'KIND', 'TOPICS', 'SUMMARY'], records.map((r) => [r.id, r.kind, r.topics.join(','), r.summary]));
}

/** How a shelved document stands now: its file gone, out of date with the library, or current. */
type ShelfState = 'missing' | 'out of date' | 'current' | 'added';

/** The reading room's shelf: each document with its state, and for an out-of-date briefing what changed. */
async function printShelf(library: Library, options: ListOptions, print: (line: string) => void): Promise<void> {
  const rows = (await listShelf(library)).map(({ entry, missing, staleness }) => {
    const state: ShelfState = missing ? 'missing' : !staleness ? 'added' : staleness.stale ? 'out of date' : 'current';
    const { origin, ...shown } = entry;
    const version = origin.kind === 'export' ? origin.version : undefined;
    return { ...shown, kind: origin.kind, version, state, ...(staleness?.stale ? { changes: staleness } : {}) };
  });
  if (options.json) return print(JSON.stringify(rows, null, 2));
  printTable(
    print,
    ['STATE', 'VERSION', 'PAGES', 'MARKING', 'ADDED', 'TITLE', 'FILE'],
    rows.map((r) => [r.state, r.version ? `v${r.version}` : '-', String(r.pages), r.marking || '-', r.addedAt.slice(0, 10), r.title, r.file]),
  );
}

/** Positions: each with its label and kind, then its records (id, source, statement). */
function listLinkedPositions(library: Library, options: ListOptions, print: (line: string) => void): void {
  const positions = listPositions(library).map(({ records, ...position }) => ({
    ...position,
    records: records.map(({ id, sourceId, statement, stance }) => ({ id, sourceId, stance, statement })),
  }));
  if (options.json) return print(JSON.stringify(positions, null, 2));
  for (const position of positions) {
    print(`${position.id} (${position.kind}): ${position.label}`);
    printTable((line) => print(`  ${line}`), ['RECORD', 'SOURCE', 'STANCE', 'STATEMENT'], position.records.map((r) => [r.id, r.sourceId, r.stance, r.statement]));
  }
  if (positions.length === 0) print('No positions yet: `briefbook suggest-positions` lists records that may call for the same thing.');
}
