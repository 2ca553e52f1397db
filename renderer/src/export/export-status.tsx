import type { Events } from '../../../main/api';
import { ErrorMessage } from '../shared/error-message';
import { plural } from '../shared/format';
import { CheckIcon, CloseIcon } from '../shared/icons';
import { TOAST_MS, useToastTimeout } from '../shared/use-toast-timeout';
import type { ExportState } from './use-export';

interface ExportStatusProps {
  state: ExportState;
  onOpen(): void;
  onReveal(): void;
  onDismiss(): void;
}

const stageLabels: Record<Events['export:progress']['stage'], string> = {
  rendering: 'Laying out pages',
  writing: 'Writing the file',
  done: 'Finishing',
};

/** The export in progress, its result with Open / Show in folder, or its failure. */
export function ExportStatus({ state, onOpen, onReveal, onDismiss }: ExportStatusProps) {
  // A running export stays in view; its result goes after a while, like any other toast.
  const timing = useToastTimeout(state.phase === 'done' || state.phase === 'failed' ? TOAST_MS.result : undefined, onDismiss, state);
  if (state.phase === 'idle') return null;

  if (state.phase === 'running') {
    const fraction = state.progress?.fraction ?? 0;
    return (
      <div className="toast export-toast" role="status" aria-label="Export">
        <div className="toast-body">
          <p className="toast-title">Exporting PDF…</p>
          <p className="toast-text">{state.progress ? stageLabels[state.progress.stage] : 'Waiting for a file name'}</p>
          <progress className="export-progress" max={1} value={state.progress ? fraction : undefined} aria-label="Export progress" />
        </div>
      </div>
    );
  }

  if (state.phase === 'failed') {
    return (
      <div className="toast toast-error export-toast" aria-label="Export" {...timing}>
        <ErrorMessage title="The PDF was not exported" error={state.error} />
        <DismissButton onDismiss={onDismiss} />
      </div>
    );
  }

  return (
    <div className="toast toast-success export-toast" role="status" aria-label="Export" {...timing}>
      <CheckIcon />
      <div className="toast-body">
        <p className="toast-title">Exported {plural(state.pageCount, 'page')}</p>
        <p className="toast-text file-name" title={state.file}>
          {fileName(state.file)}
        </p>
        {state.notShelved && <p className="toast-text">Not put on the reading room’s shelf: {state.notShelved}</p>}
        <div className="toast-actions">
          <button type="button" className="button button-primary" onClick={onOpen}>
            Open
          </button>
          <button type="button" className="button" onClick={onReveal}>
            Show in folder
          </button>
        </div>
      </div>
      <DismissButton onDismiss={onDismiss} />
    </div>
  );
}

function DismissButton({ onDismiss }: { onDismiss(): void }) {
  return (
    <button type="button" className="icon-button toast-close" aria-label="Dismiss" onClick={onDismiss}>
      <CloseIcon />
    </button>
  );
}

/** The last part of a path, on Windows or POSIX. */
function fileName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}
