import { useCallback, useState } from 'react';
import type { Responses } from '../../../main/api';
import { call } from '../api';
import { useLibraryRevision } from '../shared/library-revision';
import { useRequestEffect } from '../shared/use-request-effect';

type SamePositionView = Responses['positions:same'];

interface SamePositionPanelProps {
  recordId: string;
  /** Opens another record of the library (a linked or suggested one). */
  onOpenRecord(recordId: string): void;
  onError(error: unknown): void;
}

/**
 * "Same position elsewhere": the position the record is in, if any, and records of other
 * sources that may call for the same thing, each to confirm or reject. A rejected suggestion
 * is not offered again. Every change answers with the panel as it now stands.
 */
export function SamePositionPanel({ recordId, onOpenRecord, onError }: SamePositionPanelProps) {
  const [view, setView] = useState<SamePositionView>();
  const [busy, setBusy] = useState(false);
  const revision = useLibraryRevision();

  useRequestEffect(() => call('samePosition', { id: recordId }), [recordId, revision, onError], { onResult: setView, onError });

  const change = useCallback(
    (request: () => Promise<SamePositionView>) => {
      setBusy(true);
      request()
        .then(setView, onError)
        .finally(() => setBusy(false));
    },
    [onError],
  );

  if (!view) return null;
  const others = view.position?.records.filter((r) => r.id !== recordId) ?? [];
  return (
    <section className="same-position" aria-label="Same position elsewhere">
      <h3>Same position elsewhere</h3>
      {view.position && (
        <div className="same-position-linked">
          <p>
            <b>{view.position.label}</b> <span className="muted">({view.position.kind})</span>
          </p>
          <ul>
            {others.map((record) => (
              <li key={record.id}>
                <button type="button" className="link-button" onClick={() => onOpenRecord(record.id)}>
                  {record.summary}
                </button>{' '}
                <span className="muted">{record.sourceId}</span>
              </li>
            ))}
          </ul>
          <button type="button" className="button button-small" disabled={busy} onClick={() => change(() => call('leavePosition', { id: recordId }))}>
            Take this record out
          </button>
        </div>
      )}
      {view.suggestions.length > 0 ? (
        <ul className="same-position-suggestions" aria-label="Suggested records">
          {view.suggestions.map((s) => (
            <li key={s.other.id} data-record-id={s.other.id}>
              <p>
                <button type="button" className="link-button" onClick={() => onOpenRecord(s.other.id)}>
                  {s.other.summary}
                </button>
              </p>
              <p className="muted">
                {s.otherSource} · {Math.round(s.score * 100)}% alike
                {s.sharedTopics.length > 0 && ` · ${s.sharedTopics.length} shared ${s.sharedTopics.length === 1 ? 'topic' : 'topics'}`}
              </p>
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={() => change(() => call('confirmPosition', { recordId, otherId: s.other.id }))}
              >
                Same position
              </button>{' '}
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={() => change(() => call('rejectPosition', { recordId, otherId: s.other.id }))}
              >
                Not the same
              </button>
            </li>
          ))}
        </ul>
      ) : (
        !view.position && <p className="muted">No record of another source seems to call for the same thing.</p>
      )}
    </section>
  );
}
