import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { ErrorMessage } from '../shared/error-message';
import { PageNavigator } from './page-navigator';
import type { PdfDocument } from './pdf-document';
import { PdfPage } from './pdf-page';
import type { Preview } from './use-preview';

/** Space around the pages inside the scroller, in CSS pixels (matches .preview-scroller padding). */
const GUTTER = 20;

/** The briefing as it will print: every page of the real PDF, with page navigation. */
export function PreviewPane({ preview }: { preview: Preview }) {
  const { document, pageCount, error } = preview;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const width = usePageWidth(scrollerRef);
  const near = useNearPages(scrollerRef, pageCount);
  const [page, setPage] = useState(1);
  // Which document each page last drew: until the pages in view show the newest, it is still updating.
  const [drawn, setDrawn] = useState<ReadonlyMap<number, PdfDocument>>(new Map());
  const onDrawn = useCallback(
    (pageNumber: number, from: PdfDocument) => setDrawn((previous) => new Map(previous).set(pageNumber, from)),
    [],
  );
  const drawing = document !== undefined && [...near].some((n) => n <= pageCount && drawn.get(n) !== document);
  const updating = preview.updating || drawing;

  useEffect(() => setPage((current) => Math.min(Math.max(current, 1), Math.max(pageCount, 1))), [pageCount]);

  const goTo = useCallback((target: number) => {
    const scroller = scrollerRef.current;
    const element = scroller?.querySelector<HTMLElement>(`[data-page="${target}"]`);
    if (!scroller || !element) return;
    scroller.scrollTop = element.offsetTop - GUTTER;
    setPage(target);
  }, []);

  const onScroll = () => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    // The current page is the last one whose top has passed 40% of the way down the view.
    const line = scroller.scrollTop + scroller.clientHeight * 0.4;
    const tops = [...scroller.querySelectorAll<HTMLElement>('[data-page]')].filter((el) => el.offsetTop <= line);
    setPage(tops.length || 1);
  };

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

/** The width pages are drawn at: the scroller's inner width, followed as the window resizes. */
function usePageWidth(scrollerRef: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(0, Math.floor(scroller.clientWidth - 2 * GUTTER))));
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [scrollerRef]);
  return width;
}

/** Page numbers on or within a screen's height of the view: the pages worth rendering. */
function useNearPages(scrollerRef: RefObject<HTMLDivElement | null>, pageCount: number): ReadonlySet<number> {
  const [near, setNear] = useState<ReadonlySet<number>>(new Set([1]));
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || pageCount === 0) return;
    const observer = new IntersectionObserver(
      (entries) =>
        setNear((previous) => {
          const next = new Set(previous);
          for (const entry of entries) {
            const number = Number((entry.target as HTMLElement).dataset.page);
            if (entry.isIntersecting) next.add(number);
            else next.delete(number);
          }
          return next;
        }),
      { root: scroller, rootMargin: '100% 0px' },
    );
    scroller.querySelectorAll('[data-page]').forEach((page) => observer.observe(page));
    return () => observer.disconnect();
  }, [scrollerRef, pageCount]);
  return near;
}
