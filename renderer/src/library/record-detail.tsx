import type { ReactNode } from 'react';
import type { LibraryOverview, RecordWithSource } from '../../../main/api';
import { EmptyState } from '../shared/empty-state';
import { formatDate } from '../shared/format';
import { KindBadge } from '../shared/kind-badge';
import { Provenance } from './provenance';

interface RecordDetailProps {
  found: RecordWithSource | undefined;
  topics: LibraryOverview['topics'];
  chosen: boolean;
  /** Commands on the record (Edit, Delete), shown beside its kind. */
  actions?: ReactNode;
  /** Shown under the record's facts: the "Same position elsewhere" panel. */
  related?: ReactNode;
}

/** One record in full: what it says, whose view it is, whom it addresses, and where it comes from. */
export function RecordDetail({ found, topics, chosen, actions, related }: RecordDetailProps) {
  if (!found) {
    return (
      <section className="record-detail is-empty" aria-label="Record detail">
        {chosen ? (
          <p className="muted">Loading…</p>
        ) : (
          <EmptyState title="No record chosen">Choose a record to read it with its source passage.</EmptyState>
        )}
      </section>
    );
  }
  const { record, source } = found;
  const topicLabels = new Map(topics.map((t) => [t.id, t.label]));

  return (
    <section className="record-detail" aria-label="Record detail">
      <div className="record-detail-body">
        <div className="record-detail-kind">
          <KindBadge kind={record.kind} />
          <span className="muted">{record.id}</span>
          {record.status === 'deleted' && <span className="tag">Deleted</span>}
          {actions && <span className="record-detail-actions">{actions}</span>}
        </div>
        <h2 className="record-detail-summary">{record.summary}</h2>
        <blockquote className="record-detail-statement" lang={source.language}>
          {record.statement}
        </blockquote>
        <dl className="record-facts">
          <dt>Speaker</dt>
          <dd>{record.speaker}</dd>
          <dt>Addressees</dt>
          <dd>{record.addressees.length ? record.addressees.join('; ') : <span className="muted">None named</span>}</dd>
          <dt>Topics</dt>
          <dd className="chips">
            {record.topics.map((id) => (
              <span key={id} className="chip">
                {topicLabels.get(id) ?? id}
              </span>
            ))}
          </dd>
          <dt>Source</dt>
          <dd>
            <cite className="source-title">{source.title}</cite>
            <span className="muted">
              {' '}
              — {[source.authors.join(', '), source.publisher, formatDate(source.date)].filter(Boolean).join(', ')}
            </span>
          </dd>
        </dl>
        {related}
      </div>
      <Provenance record={record} source={source} />
    </section>
  );
}
