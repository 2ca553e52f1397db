import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { ShelfItem } from '../../../main/api';
import { PageNavigator } from '../shared/pdf/page-navigator';
import type { PdfDocument } from '../shared/pdf/pdf-document';
import { GUTTER, offsetIn, useNearPages, usePageNavigation, usePageRoom } from '../shared/pdf/page-scroller';
import { useEffectEvent } from '../shared/use-effect-event';
import { isTextField } from '../shared/use-undo-shortcuts';
import type { TextHit } from './find-text';
import { OutlinePanel } from './outline-panel';
import { ReaderHeader } from './reader-header';
import { ReaderPage } from './reader-page';
import { SearchField } from './search-field';
import { ThumbnailsPanel } from './thumbnails-panel';
import { useDocumentSearch } from './use-document-search';
import { useOutline, type OutlineTarget } from './use-outline';
import { ZoomControls } from './zoom-controls';
import { pageWidthFor, scaleFor, type Size, type Zoom } from './zoom';

/** How far down the view a search hit is placed when the reader goes to it. */
const HIT_FROM_TOP = 0.3;

interface DocumentReaderProps {
  item: ShelfItem;
  document: PdfDocument;
  /** The first page's size in PDF points: every page is laid out at its shape. */
  pageSize: Size;
  /** Notices about the document (out of date, changed on disk), above the pages. */
  banners: ReactNode;
  /** Buttons for the document's file, at the end of the top bar. */
  fileActions: ReactNode;
  searchRef: Ref<HTMLInputElement>;
  onClose(): void;
  /** The page being read, once the reader has gone back to where the analyst left off. */
  onPageChange(page: number): void;
}

/**
 * A PDF to read: bookmarks or page thumbnails beside the pages, find with marked hits, zoom
 * (automatic, fit width, fit page, or a scale), and page keys (PageUp/PageDown and ←/→ a page, Home/End
 * the first and last). It opens at the page last read.
 */
export function DocumentReader({ item, document, pageSize, banners, fileActions, searchRef, onClose, onPageChange }: DocumentReaderProps) {
  const pageCount = document.numPages;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const room = usePageRoom(scrollerRef);
  const near = useNearPages(scrollerRef, pageCount);
  const navigation = usePageNavigation(scrollerRef, pageCount);
  const { page, goTo } = navigation;
  const [zoom, setZoom] = useState<Zoom>({ mode: 'auto' });
  const scale = scaleFor(zoom, pageSize, room);
  const width = room.width > 0 ? pageWidthFor(zoom, pageSize, room) : 0;
  const aspect = pageSize.height / pageSize.width;
  /** CSS pixels per PDF point at the current zoom. */
  const pixels = width / pageSize.width;

  const outline = useOutline(document);
  const [panel, setPanel] = useState<'outline' | 'pages'>('outline');
  useEffect(() => {
    if (outline?.length === 0) setPanel('pages');
  }, [outline]);

  const search = useDocumentSearch(document, page);
  const hitsByPage = useMemo(() => groupByPage(search.hits), [search.hits]);
  const currentHit = search.hits[search.current];

  // Zooming or resizing keeps the same place of the same page in view.
  const anchor = useRef<{ page: number; fraction: number }>(undefined);

  // Back to the page last read, once the pages have their size.
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current || width === 0) return;
    restored.current = true;
    const lastPage = Math.min(Math.max(item.lastPage, 1), pageCount);
    anchor.current = { page: lastPage, fraction: 0 };
    goTo(lastPage);
  }, [width, goTo, item.lastPage, pageCount]);

  useEffect(() => {
    if (restored.current) onPageChange(page);
  }, [page, onPageChange]);

  const rememberAnchor = useCallback(() => {
    const scroller = scrollerRef.current;
    const element = scroller?.querySelector<HTMLElement>(`[data-page="${navigation.page}"]`);
    if (!scroller || !element) return;
    anchor.current = { page: navigation.page, fraction: (scroller.scrollTop + GUTTER - offsetIn(scroller, element)) / element.offsetHeight };
  }, [navigation.page]);
  const keepAnchorInView = useEffectEvent(() => {
    if (!restored.current || !anchor.current || width === 0) return;
    goTo(anchor.current.page, anchor.current.fraction * width * aspect);
  });
  // Only a change of width moves the pages under the analyst; the rest is read as it is then.
  useLayoutEffect(() => keepAnchorInView(), [width]);

  const goToTarget = useCallback((target: OutlineTarget) => goTo(target.page, target.top * pixels), [goTo, pixels]);

  const showHit = useEffectEvent((hit: typeof currentHit) => {
    if (!hit) return;
    const view = scrollerRef.current?.clientHeight ?? 0;
    goTo(hit.page, hit.top * pixels - view * HIT_FROM_TOP);
  });
  // Only a new current hit moves the view here; a new zoom keeps the anchor instead.
  useEffect(() => showHit(currentHit), [currentHit]);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as Element;
    if (isTextField(target) || target instanceof HTMLSelectElement || event.altKey || event.ctrlKey || event.metaKey) return;
    const wanted = {
      PageDown: page + 1,
      ArrowRight: page + 1,
      PageUp: page - 1,
      ArrowLeft: page - 1,
      Home: 1,
      End: pageCount,
    }[event.key];
    if (wanted === undefined) return;
    event.preventDefault();
    goTo(Math.min(Math.max(wanted, 1), pageCount));
  };

  return (
    <section className="reader" aria-label="Reader" onKeyDown={onKeyDown}>
      <ReaderHeader item={item} onClose={onClose}>
        <SearchField search={search} inputRef={searchRef} onDone={() => scrollerRef.current?.focus()} />
        <ZoomControls zoom={zoom} scale={scale} onZoom={setZoom} />
        <PageNavigator page={page} pageCount={pageCount} onGo={goTo} />
        {fileActions}
      </ReaderHeader>
      {banners}
      <div className="reader-body">
        <aside className="reader-sidebar" aria-label="Navigation">
          <div className="reader-sidebar-tabs" role="tablist" aria-label="Show">
            <SidebarTab name="outline" label="Contents" panel={panel} onChoose={setPanel} />
            <SidebarTab name="pages" label="Pages" panel={panel} onChoose={setPanel} />
          </div>
          <div className="reader-sidebar-panel" role="tabpanel" id={`reader-panel-${panel}`} aria-labelledby={`reader-tab-${panel}`}>
            {panel === 'outline' ? (
              <OutlinePanel outline={outline} page={page} onGo={goToTarget} />
            ) : (
              <ThumbnailsPanel document={document} aspect={aspect} page={page} onGo={goTo} />
            )}
          </div>
        </aside>
        <div
          ref={scrollerRef}
          className="reader-scroller"
          tabIndex={0}
          aria-label="Pages (PageUp, PageDown, ← and → turn pages; Home and End go to the first and last)"
          onScroll={() => {
            navigation.onScroll();
            rememberAnchor();
          }}
        >
          {/* Every page is there from the start, without a size until the room is measured: the
              near-page observer watches the elements it finds when the document opens. */}
          {Array.from({ length: pageCount }, (_, i) => i + 1).map((number) => (
            <ReaderPage
              key={number}
              document={document}
              pageNumber={number}
              width={width}
              aspect={aspect}
              near={near.has(number)}
              hits={hitsByPage.get(number) ?? NO_HITS}
              currentHit={currentHit?.page === number ? currentHit : undefined}
            />
          ))}
        </div>
      </div>
    </section>
  );
}

function SidebarTab({ name, label, panel, onChoose }: { name: 'outline' | 'pages'; label: string; panel: string; onChoose(name: 'outline' | 'pages'): void }) {
  return (
    <button
      type="button"
      role="tab"
      id={`reader-tab-${name}`}
      aria-selected={panel === name}
      aria-controls={`reader-panel-${name}`}
      className="reader-sidebar-tab"
      onClick={() => onChoose(name)}
    >
      {label}
    </button>
  );
}

const NO_HITS: readonly TextHit[] = [];

function groupByPage(hits: readonly TextHit[]): Map<number, TextHit[]> {
  const byPage = new Map<number, TextHit[]>();
  for (const hit of hits) byPage.set(hit.page, [...(byPage.get(hit.page) ?? []), hit]);
  return byPage;
}
