import { plural } from '../shared/format';
import { KindBadge } from '../shared/kind-badge';
import type { ModelRecord } from './composed-records';
import { recordSourceLine } from './record-source-line';

interface UnreviewedRecordsProps {
  /** Unreviewed records the rule or the analyst put in the briefing and its exports leave out. */
  leftOut: readonly ModelRecord[];
  /** How many unreviewed records the briefing prints (when it includes them). */
  printed: number;
  /** Whether the briefing prints unreviewed records (the CLI's --include-unreviewed). */
  included: boolean;
  onInclude(include: boolean): void;
  /** Opens the record in the library, with its source passage, to check it. */
  onOpen(recordId: string): void;
  onReviewed(record: ModelRecord): void;
}

/**
 * Records `briefbook import` added without review, shown apart from the briefing's records:
 * their source's publisher, date and speaker are the importer's guesses, so exports leave them
 * out unless the briefing includes them (printed marked UNREVIEWED IMPORT). Each can be opened
 * in the library to check it, and marked reviewed.
 */
export function UnreviewedRecords({ leftOut, printed, included, onInclude, onOpen, onReviewed }: UnreviewedRecordsProps) {
  if (!included && leftOut.length === 0) return null;
  const includeSwitch = (
    <label className="unreviewed-include">
      <input type="checkbox" checked={included} onChange={(event) => onInclude(event.target.checked)} /> Include unreviewed records in exports (printed
      marked UNREVIEWED IMPORT)
    </label>
  );

  if (included) {
    return (
      <section className="unreviewed-records is-included" aria-label="Unreviewed records">
        {includeSwitch}
        <p className="muted">
          {printed ? `${plural(printed, 'unreviewed record')} printed, each marked as not reviewed.` : 'No unreviewed records in this briefing.'}
        </p>
      </section>
    );
  }

  const title = 'Not reviewed — left out of exports';
  return (
    <section className="unreviewed-records" aria-label={title}>
      <h3 className="composed-section-title">
        {title}
        <span className="composed-section-count">{plural(leftOut.length, 'record')}</span>
      </h3>
      <p className="unreviewed-explanation">
        Added by import without review: their source’s publisher, date and speaker are the importer’s guesses. Open one to check it against its
        source, then mark it reviewed.
      </p>
      {includeSwitch}
      <ul className="unreviewed-list">
        {leftOut.map((record) => (
          <li key={record.id} className="unreviewed-record" aria-label={record.summary}>
            <div className="composed-record-head">
              <KindBadge kind={record.kind} />
              <span className="composed-record-speaker">{record.speaker}</span>
              <span className="composed-record-actions">
                <button type="button" className="button button-small" aria-label={`Open to review: ${record.summary}`} onClick={() => onOpen(record.id)}>
                  Open to review
                </button>
                <button type="button" className="button button-small" aria-label={`Mark reviewed: ${record.summary}`} onClick={() => onReviewed(record)}>
                  Mark reviewed
                </button>
              </span>
            </div>
            <p className="unreviewed-record-summary">{record.summary}</p>
            <p className="unreviewed-record-source">{recordSourceLine(record)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
