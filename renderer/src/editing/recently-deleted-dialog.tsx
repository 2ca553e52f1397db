import { useEffect, useState, type ReactNode } from 'react';
import type { RecentlyDeleted } from '../../../main/api';
import { EmptyState } from '../shared/empty-state';
import { formatDate, formatTime, plural } from '../shared/format';
import { KindBadge } from '../shared/kind-badge';
import { ModalDialog } from '../shared/modal-dialog';
import { call, describeFailure } from '../api';
import { useLibraryRevision } from '../shared/library-revision';
import { ProblemBanner, type Problem } from '../shared/problem-banner';
import type { LibraryEdits } from './use-library-edits';
import { useRequestEffect } from '../shared/use-request-effect';

interface RecentlyDeletedDialogProps {
  open: boolean;
  edits: Pick<LibraryEdits, 'restoreRecord' | 'restoreFromTrash' | 'emptyTrash'>;
  onClose(): void;
  problem: Problem | undefined;
  onDismissProblem(): void;
}

/**
 * Deleted records, sources and topics, newest first, each with Restore; and, after asking,
 * Empty, which removes them all for good (for what must not stay on the machine).
 */
export function RecentlyDeletedDialog({ open, edits, onClose, problem, onDismissProblem }: RecentlyDeletedDialogProps) {
  const [deleted, setDeleted] = useState<RecentlyDeleted>();
  const [listing, setListing] = useState<Problem>();
  const [askingEmpty, setAskingEmpty] = useState(false);
  const revision = useLibraryRevision();

  useEffect(() => {
    if (!open) setAskingEmpty(false);
  }, [open]);

  useRequestEffect(() => (open ? call('listRecentlyDeleted') : undefined), [open, revision], {
    onResult: setDeleted,
    onError: (error) => setListing({ title: 'Recently deleted could not be listed', error: describeFailure(error) }),
  });

  const count = deleted ? deleted.records.length + deleted.sources.length + deleted.topics.length : 0;
  const empty = deleted && count === 0;
  const emptyTrash = () => void edits.emptyTrash().then(() => setAskingEmpty(false));
  return (
    <ModalDialog
      title="Recently deleted"
      open={open}
      onClose={onClose}
      className="manage-dialog recently-deleted-dialog"
      footer={
        askingEmpty ? (
          <div className="discard-question" role="alertdialog" aria-label="Delete for good?">
            <span>Delete {plural(count, 'item')} for good? This cannot be undone.</span>
            <button type="button" className="button" onClick={() => setAskingEmpty(false)}>
              Keep them
            </button>
            <button type="button" className="button button-danger" onClick={emptyTrash}>
              Delete for good
            </button>
          </div>
        ) : (
          <button type="button" className="button" disabled={!count} onClick={() => setAskingEmpty(true)}>
            Empty…
          </button>
        )
      }
      closeButton={askingEmpty ? undefined : { label: 'Done', primary: true }}
    >
      <ProblemBanner problem={problem ?? listing} onDismiss={problem ? onDismissProblem : () => setListing(undefined)} />
      {!deleted ? (
        listing ? null : <p className="muted">Loading…</p>
      ) : empty ? (
        <EmptyState title="Nothing deleted">Records, sources and topics you delete wait here until you restore them.</EmptyState>
      ) : (
        <>
          <DeletedGroup title="Records" count={deleted.records.length}>
            {deleted.records.map((record) => (
              <DeletedRow
                key={record.id}
                label={record.summary}
                detail={`${record.sourceTitle} · deleted ${when(record.deletedAt)}`}
                badge={<KindBadge kind={record.kind} />}
                onRestore={() => void edits.restoreRecord(record.id)}
              />
            ))}
          </DeletedGroup>
          <DeletedGroup title="Sources" count={deleted.sources.length}>
            {deleted.sources.map((source) => (
              <DeletedRow
                key={source.trashId}
                label={source.title}
                detail={`${source.publisher}, ${formatDate(source.date)} · ${plural(source.records, 'record')} · deleted ${when(source.deletedAt)}`}
                onRestore={() => void edits.restoreFromTrash(source.trashId)}
              />
            ))}
          </DeletedGroup>
          <DeletedGroup title="Topics" count={deleted.topics.length}>
            {deleted.topics.map((topic) => (
              <DeletedRow
                key={topic.trashId}
                label={topic.label}
                detail={`${topic.mergedInto ? `merged into ${topic.mergedInto} (${plural(topic.moved, 'record')})` : 'deleted'} ${when(topic.deletedAt)}`}
                onRestore={() => void edits.restoreFromTrash(topic.trashId)}
              />
            ))}
          </DeletedGroup>
        </>
      )}
    </ModalDialog>
  );
}

function DeletedGroup({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section className="deleted-group" aria-label={`Deleted ${title.toLowerCase()}`}>
      <h3 className="section-label">{title}</h3>
      <ul className="manage-list">{children}</ul>
    </section>
  );
}

interface DeletedRowProps {
  label: string;
  detail: string;
  badge?: ReactNode;
  onRestore(): void;
}

function DeletedRow({ label, detail, badge, onRestore }: DeletedRowProps) {
  return (
    <li className="manage-row">
      <div className="manage-row-text">
        <span className="manage-row-title">
          {badge} {label}
        </span>
        <span className="manage-row-detail">{detail}</span>
      </div>
      <div className="manage-row-actions">
        <button type="button" className="button button-small" onClick={onRestore} aria-label={`Restore ${label}`}>
          Restore
        </button>
      </div>
    </li>
  );
}

function when(timestamp: string): string {
  return `${formatDate(timestamp.slice(0, 10))}, ${formatTime(timestamp)}`;
}
