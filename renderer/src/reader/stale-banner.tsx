import type { ReactNode } from 'react';
import type { ChangedRecord, EditedRecord, FieldChange, PrintedField, RemovedRecord, Staleness } from '../../../main/api';
import { formatDate, formatTime, plural } from '../shared/format';
import { AlertIcon, RegenerateIcon } from '../shared/icons';
import { TextDiff } from './text-diff';

interface StaleBannerProps {
  staleness: Staleness;
  exportedAt: string;
  regenerating: boolean;
  onRegenerate(): void;
}

const FIELD_NAMES: Record<PrintedField, string> = {
  statement: 'statement',
  summary: 'summary',
  speaker: 'speaker',
  section: 'source section',
  topics: 'topics',
  kind: 'kind',
  note: 'note',
};

/** Says that the records behind an exported briefing have changed, lists how, and offers a new version. */
export function StaleBanner({ staleness, exportedAt, regenerating, onRegenerate }: StaleBannerProps) {
  const { added, removed, edited } = staleness;
  const counts = [
    added.length > 0 && `${plural(added.length, 'record')} added`,
    removed.length > 0 && `${removed.length} removed`,
    edited.length > 0 && `${edited.length} edited`,
  ].filter(Boolean);
  return (
    <section className="stale-banner" aria-label="Out of date">
      <AlertIcon />
      <div className="stale-body">
        <p className="stale-title">
          Out of date: the library has changed since this briefing was exported on {formatDate(exportedAt.slice(0, 10))},{' '}
          {formatTime(exportedAt)}.
        </p>
        <p className="stale-counts">{counts.join(' · ')}</p>
        <div className="stale-changes">
          <ChangeList title="Added" hint="the briefing’s selection finds these now" records={added} />
          <ChangeList title="Removed" hint="printed, but" records={removed} describe={(record: RemovedRecord) => (record.reason === 'deleted' ? 'deleted' : 'no longer selected')} />
          <ChangeList
            title="Edited"
            hint="changed since: struck-through words were printed, underlined words are in the library now"
            records={edited}
            details={(record: EditedRecord) => <FieldChanges changes={record.changes} />}
          />
        </div>
      </div>
      <button type="button" className="button button-primary stale-regenerate" disabled={regenerating} onClick={onRegenerate}>
        <RegenerateIcon />
        {regenerating ? 'Regenerating…' : 'Regenerate as new version'}
      </button>
    </section>
  );
}

interface ChangeListProps<R extends ChangedRecord> {
  title: string;
  hint: string;
  records: readonly R[];
  /** Said after the record's summary. */
  describe?(record: R): string;
  /** Shown under the record's summary. */
  details?(record: R): ReactNode;
}

function ChangeList<R extends ChangedRecord>({ title, hint, records, describe, details }: ChangeListProps<R>) {
  if (records.length === 0) return null;
  return (
    <div className={`stale-group${details ? ' has-details' : ''}`}>
      <p className="stale-group-title" title={hint}>
        {title} ({records.length})
      </p>
      <ul aria-label={title}>
        {records.map((record) => {
          const detail = describe?.(record);
          return (
            <li key={record.id}>
              <span className="stale-record">{record.summary}</span>
              {detail && <span className="stale-detail"> — {detail}</span>}
              {details?.(record)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Each changed field of an edited record, its printed text to its text now; or, for an export that kept no copy, only that it changed. */
function FieldChanges({ changes }: { changes: readonly FieldChange[] }) {
  return (
    <dl className="stale-edits">
      {changes.map(({ field, diff }) => (
        <div key={field} className="stale-edit" data-field={field}>
          <dt>{FIELD_NAMES[field]}</dt>
          <dd>{diff ? <TextDiff parts={diff} /> : <span className="stale-detail">changed; this export kept no copy of the old text, so it is not available</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
