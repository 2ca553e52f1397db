import type { ReactNode } from 'react';
import type { ShelfItem } from '../../../main/api';
import { MarkingBadge } from '../shared/marking-badge';
import { ChevronLeftIcon } from '../shared/icons';

/** The reader's top bar: back to the shelf, what is open, and the document's controls. */
export function ReaderHeader({ item, onClose, children }: { item: ShelfItem; onClose(): void; children?: ReactNode }) {
  return (
    <header className="reader-header">
      <button type="button" className="button reader-back" onClick={onClose}>
        <ChevronLeftIcon />
        Shelf
      </button>
      <div className="reader-heading">
        <h2 className="reader-title" title={item.title}>
          {item.title}
        </h2>
        <p className="reader-subtitle">
          {item.marking && <MarkingBadge marking={item.marking} />}
          <span>{item.export ? `Version ${item.export.version}` : 'Added PDF'}</span>
        </p>
      </div>
      {children}
    </header>
  );
}
