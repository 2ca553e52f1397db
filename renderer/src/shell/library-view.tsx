import { useState, type ReactNode } from 'react';
import { Panel, PanelGroup } from 'react-resizable-panels';
import type { LibraryOverview, SourceSummary } from '../../../main/api';
import { RecordEditor } from '../editing/record-editor';
import type { LibraryEdits } from '../editing/use-library-edits';
import { RecordDetail } from '../library/record-detail';
import { RecordList } from '../library/record-list';
import { SamePositionPanel } from '../library/same-position-panel';
import { useDetailFollowsResults } from '../library/use-detail-follows-results';
import { useRecord } from '../library/use-record';
import type { RecordResults } from '../library/use-record-results';
import { ResizeHandle } from '../shared/resize-handle';
import { useMediaQuery } from '../shared/use-media-query';

interface LibraryViewProps {
  overview: LibraryOverview;
  results: RecordResults;
  /** Records the briefing holds. */
  inBriefing: ReadonlySet<string>;
  /** Commands that put what the list shows into the briefing. */
  briefingActions: ReactNode;
  onAddToBriefing(recordId: string): void;
  onRemoveFromBriefing(recordId: string): void;
  selectedId: string | undefined;
  onSelect(recordId: string | undefined): void;
  onClearFilters(): void;
  onError(error: unknown): void;
  edits: Pick<LibraryEdits, 'deleteRecord'>;
  /** The source a new record starts from (the one chosen in the sidebar, if just one is). */
  newRecordSourceId?: string;
}

/**
 * The records the library's filters find, beside the chosen record in full with its source passage; or,
 * while a record is written or corrected, the record editor over the whole pane.
 */
export function LibraryView(props: LibraryViewProps) {
  const { overview, results, inBriefing, selectedId, onSelect, onClearFilters, onError, edits } = props;
  const found = useRecord(selectedId, onError);
  useDetailFollowsResults(results, selectedId, () => onSelect(undefined));
  // Side by side where the window is wide enough for both; the list above the detail where not.
  const stacked = useMediaQuery('(max-width: 1280px)');
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
  const direction = stacked ? 'vertical' : 'horizontal';
  return (
    <PanelGroup key={direction} direction={direction} autoSaveId={`briefbook.library.${direction}`} className="library-view">
      <Panel id="records" order={1} minSize={20} defaultSize={stacked ? 55 : 48} className="pane-slot">
        <RecordList
          results={results}
          sources={sources}
          inBriefing={inBriefing}
          briefingActions={props.briefingActions}
          selectedId={selectedId}
          onSelect={onSelect}
          onClearFilters={onClearFilters}
          actions={
            <button type="button" className="button button-small" onClick={() => setEditing('new')} disabled={!overview.sources.length}>
              New record
            </button>
          }
        />
      </Panel>
      <ResizeHandle direction={direction} />
      <Panel id="detail" order={2} minSize={20} defaultSize={stacked ? 45 : 52} className="pane-slot">
        <RecordDetail
          found={found}
          topics={overview.topics}
          chosen={selectedId !== undefined}
          related={active && <SamePositionPanel recordId={found.record.id} onOpenRecord={onSelect} onError={onError} />}
          actions={
            active && (
              <>
                {inBriefing.has(found.record.id) ? (
                  <button type="button" className="button button-small" onClick={() => props.onRemoveFromBriefing(found.record.id)}>
                    Remove from briefing
                  </button>
                ) : (
                  <button type="button" className="button button-small button-primary" onClick={() => props.onAddToBriefing(found.record.id)}>
                    Add to briefing
                  </button>
                )}
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
      </Panel>
    </PanelGroup>
  );
}
