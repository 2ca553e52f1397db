import type { ShelfItem } from '../../../main/api';
import { formatDate, formatTime, plural } from '../shared/format';
import { DocumentIcon, TrashIcon } from '../shared/icons';
import { MarkingBadge } from '../shared/marking-badge';
import { fileName } from '../shared/file-path';

interface ShelfRowProps {
  item: ShelfItem;
  onOpen(id: string): void;
  /** Takes it off the shelf (its file stays where it is). */
  onRemove(item: ShelfItem): void;
}

/** One document on the shelf: what it is, its marking, when it was made, its length and state. */
export function ShelfRow({ item, onOpen, onRemove }: ShelfRowProps) {
  const made = `${formatDate(item.addedAt.slice(0, 10))}, ${formatTime(item.addedAt)}`;
  return (
    <tr className={`shelf-row${item.missing ? ' is-missing' : ''}`} onClick={() => onOpen(item.id)}>
      <td className="shelf-cell-title">
        <span className={`shelf-doc-icon${item.export ? ' is-briefing' : ''}`} aria-hidden="true">
          <DocumentIcon />
        </span>
        <span className="shelf-title-text">
          <button
            type="button"
            className="shelf-open"
            onClick={(event) => {
              // The row opens it too; once is enough.
              event.stopPropagation();
              onOpen(item.id);
            }}
          >
            {item.title}
          </button>
          <span className="shelf-file" title={item.file}>
            {fileName(item.file)}
          </span>
        </span>
      </td>
      <td>{item.marking ? <MarkingBadge marking={item.marking} /> : <span className="muted">—</span>}</td>
      <td>
        <span className="shelf-date">{made}</span>
        <span className="shelf-how">{item.export ? `Exported · ${item.export.templateId} template` : 'Added from disk'}</span>
      </td>
      <td className="shelf-pages">
        {plural(item.pages, 'page')}
        {item.lastPage > 1 && <span className="shelf-how">read to p. {item.lastPage}</span>}
      </td>
      <td>
        <span className="shelf-states">
          {item.export && <span className="chip">v{item.export.version}</span>}
          {/* A superseded version is read as the record it is: whether it is out of date is the newer one's question. */}
          {item.supersededBy ? (
            <span className="state-chip is-superseded">Superseded by v{item.supersededBy}</span>
          ) : (
            item.stale && <span className="state-chip is-stale">Out of date</span>
          )}
          {item.missing && <span className="state-chip is-missing">File missing</span>}
          {item.export && !item.supersededBy && !item.stale && !item.missing && <span className="state-chip is-current">Current</span>}
        </span>
      </td>
      <td className="shelf-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove “${item.title}” from the shelf`}
          title="Remove from the shelf (the file stays on disk)"
          onClick={(event) => {
            event.stopPropagation();
            onRemove(item);
          }}
        >
          <TrashIcon />
        </button>
      </td>
    </tr>
  );
}
