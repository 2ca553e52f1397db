import type { ReactNode } from 'react';
import { formatTime, plural } from '../shared/format';

interface StatusBarProps {
  libraryFile: string;
  /** The library file as shown: `~/…` inside the home folder (the tooltip gives it in full). */
  shownLibraryFile: string;
  libraryRecords: number;
  dirty: boolean;
  savedAt: string | undefined;
  templateId: string | undefined;
  /** Commands on the window's panes (hide and show them), first in the bar. */
  controls?: ReactNode;
}

/** Where the library lives and whether the briefing is saved. */
export function StatusBar({ libraryFile, shownLibraryFile, libraryRecords, dirty, savedAt, templateId, controls }: StatusBarProps) {
  const saveState = dirty ? 'Unsaved changes' : savedAt ? `Saved at ${formatTime(savedAt)}` : 'Not saved yet';
  return (
    <footer className="status-bar">
      {controls}
      <span title={libraryFile}>Library: {plural(libraryRecords, 'record')}</span>
      <span className="status-file" title={libraryFile}>
        {shownLibraryFile}
      </span>
      <span className="spacer" />
      {templateId && <span>Template: {templateId}</span>}
      <span className={dirty ? 'status-dirty' : ''}>{saveState}</span>
    </footer>
  );
}
