import { formatDate } from '../shared/format';
import { sourceLabel } from '../shared/source-label';
import type { ModelRecord } from './composed-records';

/** Where a record comes from, in a line: "Elbe Group, 12 March 2019 · Recommendations". */
export function recordSourceLine(record: Pick<ModelRecord, 'source' | 'section'>): string {
  return `${sourceLabel(record.source)}, ${formatDate(record.source.date)}${record.section ? ` · ${record.section}` : ''}`;
}
