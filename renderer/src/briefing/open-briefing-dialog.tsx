import { useState } from 'react';
import type { BriefingSummary } from '../../../main/api';
import { call } from '../api';
import { EmptyState } from '../shared/empty-state';
import { formatDate, formatTime, plural } from '../shared/format';
import { ModalDialog } from '../shared/modal-dialog';
import { useRequestEffect } from '../shared/use-request-effect';

interface OpenBriefingDialogProps {
  open: boolean;
  onOpen(id: string): void;
  onClose(): void;
  onError(error: unknown): void;
}

/** The saved briefings, newest first; choosing one opens it. */
export function OpenBriefingDialog({ open, onOpen, onClose, onError }: OpenBriefingDialogProps) {
  const [briefings, setBriefings] = useState<BriefingSummary[]>();

  useRequestEffect(
    () => {
      if (!open) return undefined;
      setBriefings(undefined);
      return call('listBriefings');
    },
    [open, onError],
    { onResult: setBriefings, onError },
  );

  return (
    <ModalDialog
      title="Open briefing"
      open={open}
      onClose={onClose}
      className="open-dialog"
      footer={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      {briefings === undefined ? (
        <p className="muted">Loading…</p>
      ) : briefings.length === 0 ? (
        <EmptyState title="No briefings saved yet">Save the briefing you are composing and it will be listed here.</EmptyState>
      ) : (
        <ul className="briefing-choices" aria-label="Saved briefings">
          {briefings.map((briefing) => (
            <li key={briefing.id}>
              <button type="button" className="briefing-choice" onClick={() => onOpen(briefing.id)}>
                <span className="briefing-choice-title">{briefing.title}</span>
                <span className="briefing-choice-meta">
                  {formatDate(briefing.date)} · {briefing.marking} · {plural(briefing.records, 'record')}
                </span>
                <span className="briefing-choice-saved">
                  Saved {formatDate(briefing.updatedAt.slice(0, 10))}, {formatTime(briefing.updatedAt)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
