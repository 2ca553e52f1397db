import { useState } from 'react';
import type { LibraryOverview, SourceSummary } from '../../../main/api';
import { formatDate, plural } from '../shared/format';
import { ModalDialog } from '../shared/modal-dialog';
import { ProblemBanner, type Problem } from '../shared/problem-banner';
import { SourceEditor } from './source-editor';
import type { LibraryEdits } from './use-library-edits';

interface SourcesDialogProps {
  open: boolean;
  sources: LibraryOverview['sources'];
  edits: Pick<LibraryEdits, 'deleteSource'>;
  onImport(): void;
  onClose(): void;
  problem: Problem | undefined;
  onDismissProblem(): void;
}

type Mode = { view: 'list' } | { view: 'edit'; sourceId: string | undefined } | { view: 'delete'; source: SourceSummary };

/** The library's sources: add one by hand, correct one's details or text, or delete one with its records. */
export function SourcesDialog({ open, sources, edits, onImport, onClose, problem, onDismissProblem }: SourcesDialogProps) {
  const [mode, setMode] = useState<Mode>({ view: 'list' });
  const close = () => {
    setMode({ view: 'list' });
    onClose();
  };
  const title = mode.view === 'edit' ? (mode.sourceId ? 'Edit source' : 'New source') : 'Sources';

  return (
    <ModalDialog
      title={title}
      open={open}
      onClose={close}
      className="manage-dialog sources-dialog"
      footer={
        mode.view === 'edit' ? null : (
          <>
            <button type="button" className="button" onClick={onImport}>
              Import article…
            </button>
            <button type="button" className="button" onClick={() => setMode({ view: 'edit', sourceId: undefined })}>
              New source
            </button>
          </>
        )
      }
      closeButton={mode.view === 'edit' ? undefined : { label: 'Done', primary: true }}
    >
      <ProblemBanner problem={problem} onDismiss={onDismissProblem} />
      {mode.view === 'edit' ? (
        <SourceEditor sourceId={mode.sourceId} onDone={() => setMode({ view: 'list' })} />
      ) : (
        <ul className="manage-list" aria-label="Sources">
          {sources.map((source) => (
            <li key={source.id} className="manage-row">
              <div className="manage-row-text">
                <span className="manage-row-title">{source.title}</span>
                <span className="manage-row-detail">
                  {[source.publisher, formatDate(source.date), plural(source.records, 'record')].join(' · ')}
                </span>
              </div>
              {mode.view === 'delete' && mode.source.id === source.id ? (
                <div className="manage-row-confirm" role="group" aria-label={`Delete ${source.title}`}>
                  <span>Delete it and its {plural(source.records, 'record')}? You can restore them from Recently deleted.</span>
                  <button type="button" className="button" onClick={() => setMode({ view: 'list' })}>
                    Cancel
                  </button>
                  <button
                    type="button"
                    className="button button-danger"
                    onClick={() => void edits.deleteSource(source).then(() => setMode({ view: 'list' }))}
                  >
                    Delete
                  </button>
                </div>
              ) : (
                <div className="manage-row-actions">
                  <button type="button" className="button button-small" onClick={() => setMode({ view: 'edit', sourceId: source.id })} aria-label={`Edit ${source.title}`}>
                    Edit
                  </button>
                  <button type="button" className="button button-small" onClick={() => setMode({ view: 'delete', source })} aria-label={`Delete ${source.title}`}>
                    Delete…
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
