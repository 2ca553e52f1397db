import type { ReactNode } from 'react';
import { call } from '../api';
import { ExternalIcon, OpenIcon } from '../shared/icons';

interface FileActionsProps {
  id: string;
  onFail(title: string, error: unknown): void;
}

interface FileAction {
  label: string;
  title: string;
  icon: ReactNode;
  run(id: string): Promise<void>;
  failure: string;
}

const ACTIONS: FileAction[] = [
  {
    label: 'Open in your PDF viewer',
    title: 'Open in your PDF viewer (to print it)',
    icon: <ExternalIcon />,
    run: (id) => call('openShelvedExternally', { id }),
    failure: 'The PDF could not be opened',
  },
  { label: 'Show in folder', title: 'Show the file in its folder', icon: <OpenIcon />, run: (id) => call('revealShelved', { id }), failure: 'The file could not be shown' },
];

/** The open document's file: in the system's PDF viewer (to print it, say), or in its folder. */
export function FileActions({ id, onFail }: FileActionsProps) {
  return (
    <div className="reader-file-actions">
      {ACTIONS.map((action) => (
        <button
          key={action.label}
          type="button"
          className="icon-button"
          aria-label={action.label}
          title={action.title}
          onClick={() => void action.run(id).catch((error: unknown) => onFail(action.failure, error))}
        >
          {action.icon}
        </button>
      ))}
    </div>
  );
}
