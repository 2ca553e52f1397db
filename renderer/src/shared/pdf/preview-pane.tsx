import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { ErrorMessage } from '../error-message';
import { PageNavigator } from './page-navigator';
import type { PdfDocument } from './pdf-document';
import { PdfPage } from './pdf-page';
import { useNearPages, usePageNavigation, usePageRoom } from './page-scroller';
import type { Preview } from './use-live-pdf';

/** The briefing as it will print: every page of the real PDF, with page navigation. */
export function PreviewPane({ preview }: { preview: Preview }) {
  const { document, pageCount, error } = preview;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const { width } = usePageRoom(scrollerRef);
  const near = useNearPages(scrollerRef, pageCount);
  const { page, goTo, onScroll } = usePageNavigation(scrollerRef, pageCount);
  // Which document each page last drew: until the pages in view show the newest, it is still updating.
  const [drawn, setDrawn] = useState<ReadonlyMap<number, PdfDocument>>(new Map());
  const onDrawn = useCallback(
    (pageNumber: number, from: PdfDocument) => setDrawn((previous) => new Map(previous).set(pageNumber, from)),
    [],
  );
  const drawing = document !== undefined && [...near].some((n) => n <= pageCount && drawn.get(n) !== document);
  const updating = preview.updating || drawing;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'PageDown' && page < pageCount) goTo(page + 1);
    else if (event.key === 'PageUp' && page > 1) goTo(page - 1);
    else return;
    event.preventDefault();
  };

  return (
    <section className="preview-pane" aria-label="Preview" onKeyDown={onKeyDown}>
      <header className="pane-header">
        <h2 className="pane-title">Preview</h2>
        <span className={`updating${updating ? ' is-active' : ''}`} role="status">
          {updating ? 'Updating…' : ''}
        </span>
        <PageNavigator page={page} pageCount={pageCount} onGo={goTo} />
      </header>
      {error && <ErrorMessage className="preview-error" title="The preview could not be updated" error={error} />}
      <div
        ref={scrollerRef}
        className="preview-scroller"
        tabIndex={0}
        aria-busy={updating}
        aria-label="PDF pages (PageUp and PageDown turn pages)"
        onScroll={onScroll}
      >
        {document ? (
          Array.from({ length: pageCount }, (_, i) => (
            <PdfPage
              key={i + 1}
              document={document}
              pageNumber={i + 1}
              width={width}
              near={near.has(i + 1)}
              onDrawn={onDrawn}
            />
          ))
        ) : (
          !error && <p className="preview-placeholder">Preparing the preview…</p>
        )}
      </div>
    </section>
  );
}
