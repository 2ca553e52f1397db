import { useEffect, useRef } from 'react';
import type { PdfDocument } from '../shared/pdf/pdf-document';
import { PdfPage } from '../shared/pdf/pdf-page';
import { offsetIn, useNearPages } from '../shared/pdf/page-scroller';

/** Width of a page thumbnail, in CSS pixels. */
const THUMBNAIL_WIDTH = 116;

interface ThumbnailsPanelProps {
  document: PdfDocument;
  aspect: number;
  /** The page being read: marked, and kept in view. */
  page: number;
  onGo(page: number): void;
}

/** Every page small, drawn as it scrolls into view; choosing one goes there. */
export function ThumbnailsPanel({ document, aspect, page, onGo }: ThumbnailsPanelProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const near = useNearPages(listRef, document.numPages);

  useEffect(() => {
    const list = listRef.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current) return;
    const top = offsetIn(list, current);
    if (top < list.scrollTop) list.scrollTop = top - 8;
    else if (top + current.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + current.offsetHeight - list.clientHeight + 8;
  }, [page]);

  return (
    <ol ref={listRef} className="thumbnails" aria-label="Page thumbnails">
      {Array.from({ length: document.numPages }, (_, i) => i + 1).map((number) => (
        <li key={number}>
          <button
            type="button"
            className="thumbnail"
            aria-label={`Page ${number}`}
            aria-current={number === page ? 'page' : undefined}
            onClick={() => onGo(number)}
          >
            <PdfPage document={document} pageNumber={number} width={THUMBNAIL_WIDTH} near={near.has(number)} aspect={aspect} onDrawn={ignoreDrawn} />
            <span className="thumbnail-number">{number}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

/** Thumbnails need not know when they are drawn. */
function ignoreDrawn(): void {}
