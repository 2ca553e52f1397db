/**
 * Records as one string per batch, for handing them to the search worker. Structured cloning
 * copies an object per record, a key and a value per field; one long string it copies at
 * memory speed (at 100k records: ~1.7 s of CPU for the objects, both sides counted).
 */
import { searchRecordOf, type SearchRecord } from '../searchable-library';

/** Records and their positions; `records` holds their fields in `FIELDS` order, each ended by END, lists joined by ITEM. */
export type PackedRecords = { positions: Int32Array; fields: string } | { positions: Int32Array; records: SearchRecord[] };

const END = '\u0000';
const ITEM = '\u0001';
/** Whether a value holds either separator: then its batch goes as objects instead. */
const holdsSeparator = (value: string) => value.includes(END) || value.includes(ITEM);
const TEXT_FIELDS = ['id', 'sourceId', 'kind', 'status', 'statement', 'summary', 'speaker', 'section'] as const;
const LIST_FIELDS = ['tags', 'addressees', 'topics'] as const;
const PER_RECORD = TEXT_FIELDS.length + LIST_FIELDS.length;

export function packRecords(records: ReadonlyArray<readonly [number, SearchRecord]>): PackedRecords {
  const positions = Int32Array.from(records, ([position]) => position);
  const parts: string[] = [];
  // Values are joined by END, list items by ITEM: a value holding either would not split back apart.
  let separable = true;
  for (const [, record] of records) {
    for (const field of TEXT_FIELDS) {
      separable &&= !holdsSeparator(record[field]);
      parts.push(record[field]);
    }
    for (const field of LIST_FIELDS) {
      separable &&= !record[field].some(holdsSeparator);
      parts.push(record[field].join(ITEM));
    }
  }
  return separable ? { positions, fields: parts.join(END) } : { positions, records: records.map(([, record]) => searchRecordOf(record)) };
}

export function unpackRecords(packed: PackedRecords): Array<[number, SearchRecord]> {
  const { positions } = packed;
  if ('records' in packed) return packed.records.map((record, i) => [positions[i]!, record]);
  const values = packed.fields.split(END);
  const list = (value: string) => (value === '' ? [] : value.split(ITEM));
  return Array.from(positions, (position, i): [number, SearchRecord] => {
    const at = i * PER_RECORD;
    return [
      position,
      {
        id: values[at]!,
        sourceId: values[at + 1]!,
        kind: values[at + 2] as SearchRecord['kind'],
        status: values[at + 3] as SearchRecord['status'],
        statement: values[at + 4]!,
        summary: values[at + 5]!,
        speaker: values[at + 6]!,
        section: values[at + 7]!,
        tags: list(values[at + 8]!),
        addressees: list(values[at + 9]!),
        topics: list(values[at + 10]!),
      },
    ];
  });
}
