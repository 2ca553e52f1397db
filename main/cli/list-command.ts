import { countBySource, countByTopic, findRecords } from '../core/library/query';
import { UsageError } from './errors';
import { openLibrary, selectionFrom, type LibraryOptions, type SelectionOptions } from './library-option';

export const LISTABLE = ['topics', 'sources', 'records'] as const;
export type Listable = (typeof LISTABLE)[number];

export interface ListOptions extends LibraryOptions, SelectionOptions {
  json?: boolean;
}

/** `briefbook list topics|sources|records`: what the library holds, as text or JSON. */
export async function runList(what: string, options: ListOptions, print: (line: string) => void): Promise<void> {
  if (!(LISTABLE as readonly string[]).includes(what)) {
    throw new UsageError(`cannot list "${what}"; choose one of: ${LISTABLE.join(', ')}`);
  }
  const { library } = await openLibrary(options);
  const records = findRecords(library, selectionFrom(library, options));

  if (what === 'topics') {
    const counts = new Map(countByTopic(library, records).map((c) => [c.id, c.count]));
    const rows = library.topics.map((t) => ({ ...t, records: counts.get(t.id) ?? 0 }));
    if (options.json) return print(JSON.stringify(rows, null, 2));
    return printTable(print, ['TOPIC', 'RECORDS', 'LABEL'], rows.map((r) => [r.id, String(r.records), r.label]));
  }
  if (what === 'sources') {
    const counts = new Map(countBySource(library, records).map((c) => [c.id, c.count]));
    const rows = library.sources.map(({ text: _text, ...source }) => ({ ...source, records: counts.get(source.id) ?? 0 }));
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

/** Left-aligned columns; the last column runs on so long summaries stay readable. */
function printTable(print: (line: string) => void, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  print(line(header));
  for (const row of rows) print(line(row));
}
