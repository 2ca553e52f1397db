import type { LibraryOverview } from '../../../main/api';
import { ImportSheet } from '../import/import-sheet';
import { ImportIcon } from '../shared/icons';
import { RecentlyDeletedDialog } from '../editing/recently-deleted-dialog';
import { SourcesDialog } from '../editing/sources-dialog';
import { TopicsDialog } from '../editing/topics-dialog';
import { useDialogEdits } from '../editing/use-dialog-edits';
import type { LibraryEditing } from './use-library-editing';

/** The library's dialogs, the import sheet, and what the window shows while a file is dragged over it. */
export function LibraryPanels({ editing, overview }: { editing: LibraryEditing; overview: LibraryOverview }) {
  const { managing, manage } = editing;
  // One dialog is open at a time, so they share where their failures are said.
  const { edits, problem, dismissProblem } = useDialogEdits(editing.followLibrary);
  const failure = { problem, onDismissProblem: dismissProblem };
  const close = () => {
    dismissProblem();
    manage(undefined);
  };
  return (
    <>
      <SourcesDialog
        open={managing === 'sources'}
        sources={overview.sources}
        edits={edits}
        onImport={editing.startImport}
        onClose={close}
        {...failure}
      />
      <TopicsDialog open={managing === 'topics'} topics={overview.topics} edits={edits} onClose={close} {...failure} />
      <RecentlyDeletedDialog open={managing === 'deleted'} edits={edits} onClose={close} {...failure} />
      <ImportSheet review={editing.review} topics={overview.topics} onCommitted={editing.onCommitted} />
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
