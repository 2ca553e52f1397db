import { useState } from 'react';
import type { LibraryOverview, SourceSummary } from '../../../main/api';
import { RecordEditor } from '../editing/record-editor';
import type { LibraryEdits } from '../editing/use-library-edits';
import { RecordDetail } from '../library/record-detail';
import { RecordList } from '../library/record-list';
import { SamePositionPanel } from '../library/same-position-panel';
import { useRecord } from '../library/use-record';
import type { RecordResults } from '../library/use-record-results';

interface LibraryViewProps {
  overview: LibraryOverview;
  results: RecordResults;
  excluded: ReadonlySet<string>;
  selectedId: string | undefined;
  onSelect(recordId: string | undefined): void;
  onClearFilters(): void;
  onError(error: unknown): void;
  edits: Pick<LibraryEdits, 'deleteRecord'>;
  /** The source a new record starts from (the one chosen in the sidebar, if just one is). */
  newRecordSourceId?: string;
}

/**
 * The records the selection finds, above the chosen record in full with its source passage; or,
 * while a record is written or corrected, the record editor over the whole pane.
 */
export function LibraryView(props: LibraryViewProps) {
  const { overview, results, excluded, selectedId, onSelect, onClearFilters, onError, edits } = props;
  const found = useRecord(selectedId, onError);
  const [editing, setEditing] = useState<'new' | 'selected'>();
  const sources = new Map<string, SourceSummary>(overview.sources.map((s) => [s.id, s]));

  if (editing && (editing === 'new' || found)) {
    return (
      <div className="library-view">
        <RecordEditor
          key={editing === 'new' ? 'new' : found?.record.id}
          editing={editing === 'new' ? undefined : found}
          sources={overview.sources}
          initialSourceId={props.newRecordSourceId}
          topics={overview.topics}
          onSaved={(record) => {
            setEditing(undefined);
            onSelect(record.id);
          }}
          onCancel={() => setEditing(undefined)}
        />
      </div>
    );
  }

  const active = found?.record.status === 'active';
  return (
    <div className="library-view">
      <RecordList
        results={results}
        sources={sources}
        excluded={excluded}
        selectedId={selectedId}
        onSelect={onSelect}
        onClearFilters={onClearFilters}
        actions={
          <button type="button" className="button button-small" onClick={() => setEditing('new')} disabled={!overview.sources.length}>
            New record
          </button>
        }
      />
      <RecordDetail
        found={found}
        topics={overview.topics}
        chosen={selectedId !== undefined}
        related={active && <SamePositionPanel recordId={found.record.id} onOpenRecord={onSelect} onError={onError} />}
        actions={
          active && (
            <>
              <button type="button" className="button button-small" onClick={() => setEditing('selected')}>
                Edit
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() => void edits.deleteRecord(found.record.id).then((deleted) => deleted && onSelect(undefined))}
              >
                Delete
              </button>
            </>
          )
        }
      />
    </div>
  );
}
