import type { LibraryOverview } from '../../../main/api';
import { ImportSheet } from '../import/import-sheet';
import { ImportIcon } from '../shell/icons';
import { RecentlyDeletedDialog } from './recently-deleted-dialog';
import { SourcesDialog } from './sources-dialog';
import { TopicsDialog } from './topics-dialog';
import type { LibraryEditing } from './use-library-editing';

/** The library's dialogs, the import sheet, and what the window shows while a file is dragged over it. */
export function LibraryPanels({ editing, overview }: { editing: LibraryEditing; overview: LibraryOverview }) {
  const { managing, manage, edits, onError } = editing;
  const close = () => manage(undefined);
  return (
    <>
      <SourcesDialog open={managing === 'sources'} sources={overview.sources} edits={edits} onImport={editing.startImport} onClose={close} />
      <TopicsDialog open={managing === 'topics'} topics={overview.topics} edits={edits} onClose={close} />
      <RecentlyDeletedDialog
        open={managing === 'deleted'}
        edits={edits}
        onClose={close}
        onError={(error) => onError('Recently deleted could not be listed', error)}
      />
      <ImportSheet review={editing.review} topics={overview.topics} onCommitted={editing.onCommitted} onError={onError} />
      {editing.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">
            <ImportIcon />
            <p className="drop-overlay-title">Drop to import</p>
            <p className="muted">A text, Markdown, web page or PDF file. You check every record before it is added.</p>
          </div>
        </div>
      )}
    </>
  );
}
