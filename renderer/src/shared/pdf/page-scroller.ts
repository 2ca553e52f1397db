/**
 * Scrolling through PDF pages drawn one under another, shared by the preview and the reader:
 * how much room the pages have, which pages are near enough to draw, which page is being read,
 * and going to a page. Pages are found by their `data-page` attribute inside the scroller.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Space around the pages inside a scroller, in CSS pixels (the scrollers' padding). */
export const GUTTER = 20;

export interface ViewSize {
  width: number;
  height: number;
}

/** The room pages have inside the scroller, gutters taken off, followed as the window resizes. */
export function usePageRoom(scrollerRef: RefObject<HTMLElement | null>): ViewSize {
  const [room, setRoom] = useState<ViewSize>({ width: 0, height: 0 });
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const observer = new ResizeObserver(() =>
      setRoom({
        width: Math.max(0, Math.floor(scroller.clientWidth - 2 * GUTTER)),
        height: Math.max(0, Math.floor(scroller.clientHeight - 2 * GUTTER)),
      }),
    );
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [scrollerRef]);
  return room;
}

/** Page numbers on or within a screen's height of the view: the pages worth rendering. */
export function useNearPages(scrollerRef: RefObject<HTMLElement | null>, pageCount: number): ReadonlySet<number> {
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

/** Top of `element` in the scroller's content, wherever it sits in the scroller's subtree. */
export function offsetIn(scroller: HTMLElement, element: Element): number {
  return element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}

export interface PageNavigation {
  /** The page being read (1-based). */
  page: number;
  /** Scrolls page `target` to the top of the view, `offset` CSS pixels down into it. */
  goTo(target: number, offset?: number): void;
  /** The scroller's scroll handler. */
  onScroll(): void;
}

/**
 * The page being read, and going to a page.
 *
 * While the analyst scrolls, the current page is the last one whose top has passed 40% of the
 * way down the view. After `goTo` it is the page gone to until the analyst scrolls away, even
 * when the view shows the end of the page before it (a bookmark near a page's top) or cannot
 * scroll that far (the last pages).
 */
export function usePageNavigation(scrollerRef: RefObject<HTMLElement | null>, pageCount: number): PageNavigation {
  const [page, setPage] = useState(1);
  // Where the last goTo left the view, and the page it went to.
  const jump = useRef<{ top: number; page: number }>(undefined);

  useEffect(() => setPage((current) => Math.min(Math.max(current, 1), Math.max(pageCount, 1))), [pageCount]);

  const goTo = useCallback(
    (target: number, offset = 0) => {
      const scroller = scrollerRef.current;
      const element = scroller?.querySelector(`[data-page="${target}"]`);
      if (!scroller || !element) return;
      scroller.scrollTop = offsetIn(scroller, element) - GUTTER + offset;
      jump.current = { top: scroller.scrollTop, page: target };
      setPage(target);
    },
    [scrollerRef],
  );

  const onScroll = useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    if (jump.current && Math.abs(scroller.scrollTop - jump.current.top) < 2) return;
    jump.current = undefined;
    const line = scroller.scrollTop + scroller.clientHeight * 0.4;
    const passed = [...scroller.querySelectorAll('[data-page]')].filter((element) => offsetIn(scroller, element) <= line);
    setPage(passed.length || 1);
  }, [scrollerRef]);

  return { page, goTo, onScroll };
}
