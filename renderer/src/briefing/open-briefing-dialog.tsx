import { useCallback, useState } from 'react';
import type { Briefing, BriefingSummary } from '../../../main/api';
import { call } from '../api';
import { EmptyState } from '../shared/empty-state';
import { formatDate, formatTime, plural } from '../shared/format';
import { ModalDialog } from '../shared/modal-dialog';
import { useRequestEffect } from '../shared/use-request-effect';
import { deleteBriefing, duplicateBriefing, renameBriefing, restoreBriefing } from './briefing-housekeeping';

interface OpenBriefingDialogProps {
  open: boolean;
  onOpen(id: string): void;
  onClose(): void;
  onError(error: unknown): void;
  /** A saved briefing got a new title (the one being edited may need it too). */
  onRenamed?(id: string, title: string): void;
}

/** True when every word typed is in the briefing's title, date or marking. */
function matches(briefing: BriefingSummary, query: string): boolean {
  const text = `${briefing.title} ${briefing.date} ${formatDate(briefing.date)} ${briefing.marking}`.toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

/**
 * The saved briefings, newest first: choosing one opens it. They can be searched, renamed,
 * duplicated and deleted here; a delete can be taken back with Undo until the dialog closes.
 */
export function OpenBriefingDialog({ open, onOpen, onClose, onError, onRenamed }: OpenBriefingDialogProps) {
  const [briefings, setBriefings] = useState<BriefingSummary[]>();
  const [query, setQuery] = useState('');
  const [renaming, setRenaming] = useState<string>();
  const [deleted, setDeleted] = useState<Briefing>();

  const reload = useCallback(() => call('listBriefings').then(setBriefings, onError), [onError]);

  useRequestEffect(
    () => {
      if (!open) return undefined;
      setBriefings(undefined);
      setQuery('');
      setDeleted(undefined);
      return call('listBriefings');
    },
    [open, onError],
    { onResult: setBriefings, onError },
  );

  /** Runs a change to the saved briefings, then lists them again. */
  const change = (action: () => Promise<unknown>) =>
    action()
      .catch(onError)
      .finally(() => void reload());

  const shown = briefings?.filter((b) => matches(b, query));

  return (
    <ModalDialog
      title="Open briefing"
      open={open}
      onClose={onClose}
      className="open-dialog"
      closeButton={{ label: 'Cancel' }}
    >
      {briefings === undefined ? (
        <p className="muted">Loading…</p>
      ) : briefings.length === 0 && !deleted ? (
        <EmptyState title="No briefings saved yet">Save the briefing you are composing and it will be listed here.</EmptyState>
      ) : (
        <>
          <input
            type="search"
            className="briefing-search"
            aria-label="Search briefings"
            placeholder="Search by title, date or marking"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {deleted && (
            <p className="briefing-deleted" role="status">
              Deleted “{deleted.title}”.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const briefing = deleted;
                  setDeleted(undefined);
                  void change(() => restoreBriefing(briefing));
                }}
              >
                Undo
              </button>
            </p>
          )}
          {shown?.length === 0 && briefings.length > 0 && <p className="muted">No saved briefing matches “{query}”.</p>}
          <ul className="briefing-choices" aria-label="Saved briefings">
            {shown?.map((briefing) => (
              <li key={briefing.id} className="briefing-row" aria-label={briefing.title}>
                {renaming === briefing.id ? (
                  <RenameField
                    title={briefing.title}
                    onDone={(title) => {
                      setRenaming(undefined);
                      if (title && title !== briefing.title) {
                        void change(async () => {
                          await renameBriefing(briefing.id, title);
                          onRenamed?.(briefing.id, title);
                        });
                      }
                    }}
                  />
                ) : (
                  <button type="button" className="briefing-choice" onClick={() => onOpen(briefing.id)}>
                    <span className="briefing-choice-title">{briefing.title}</span>
                    <span className="briefing-choice-meta">
                      {formatDate(briefing.date)} · {briefing.marking} · {plural(briefing.records, 'record')}
                    </span>
                    <span className="briefing-choice-saved">
                      Saved {formatDate(briefing.updatedAt.slice(0, 10))}, {formatTime(briefing.updatedAt)}
                    </span>
                  </button>
                )}
                <span className="briefing-row-actions">
                  <button type="button" className="link-button" onClick={() => setRenaming(briefing.id)}>
                    Rename
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void change(() => duplicateBriefing(briefing.id, new Set(briefings.map((b) => b.title))))}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void change(async () => setDeleted(await deleteBriefing(briefing.id)))}
                  >
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </ModalDialog>
  );
}

/** The title as an input: Enter or leaving it renames, Escape keeps the old title. */
function RenameField({ title, onDone }: { title: string; onDone(title: string | undefined): void }) {
  const [value, setValue] = useState(title);
  return (
    <input
      className="briefing-rename"
      aria-label="New title"
      autoFocus
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => onDone(value.trim() || undefined)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          // Escape would close the whole dialog: here it only ends the renaming.
          event.preventDefault();
          event.stopPropagation();
          onDone(undefined);
        }
      }}
    />
  );
}
