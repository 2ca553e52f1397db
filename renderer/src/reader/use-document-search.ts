import { useCallback, useEffect, useRef, useState } from 'react';
import type { PdfDocument } from '../shared/pdf/pdf-document';
import { useDebouncedValue } from '../shared/use-debounced-value';
import { findInPage, normalizeQuery, type TextHit } from './find-text';
import { pageText } from './page-text';

/** Typing settles for this long before the document is searched. */
const SEARCH_DEBOUNCE_MS = 200;

export interface DocumentSearch {
  query: string;
  setQuery(query: string): void;
  /** Every hit in the document, in reading order; empty while searching or without a query. */
  hits: readonly TextHit[];
  /** Index into `hits` of the hit shown, or -1. */
  current: number;
  searching: boolean;
  next(): void;
  previous(): void;
}

/**
 * Text search over a whole document. A new query starts at the first hit on or after the page
 * being read; next and previous wrap around the document.
 */
export function useDocumentSearch(document: PdfDocument, page: number): DocumentSearch {
  const [query, setQuery] = useState('');
  const settled = normalizeQuery(useDebouncedValue(query, SEARCH_DEBOUNCE_MS));
  const [found, setFound] = useState<{ query: string; hits: TextHit[]; current: number }>({ query: '', hits: [], current: -1 });

  // The page being read when the query settles decides where the hits start; turning pages
  // afterwards must not search again.
  const pageRef = useRef(page);
  useEffect(() => {
    pageRef.current = page;
  }, [page]);

  useEffect(() => {
    const startPage = pageRef.current;
    let live = true;
    if (!settled) {
      setFound({ query: '', hits: [], current: -1 });
      return;
    }
    (async () => {
      const hits: TextHit[] = [];
      for (let number = 1; number <= document.numPages; number++) {
        hits.push(...findInPage((await pageText(document, number)).runs, settled, number));
        if (!live) return;
      }
      const first = hits.findIndex((hit) => hit.page >= startPage);
      setFound({ query: settled, hits, current: hits.length === 0 ? -1 : Math.max(first, 0) });
    })().catch((error: unknown) => {
      // A document closed mid-search is no fault.
      if (live) console.error(error);
    });
    return () => {
      live = false;
    };
  }, [document, settled]);

  const step = useCallback(
    (by: number) =>
      setFound((shown) =>
        shown.hits.length === 0 ? shown : { ...shown, current: (shown.current + by + shown.hits.length) % shown.hits.length },
      ),
    [],
  );

  // Until the query as typed has been searched, the hits of an older one are not shown.
  const wanted = normalizeQuery(query);
  const current = found.query === wanted ? found : { hits: [], current: -1 };
  return {
    query,
    setQuery,
    hits: current.hits,
    current: current.current,
    searching: wanted !== '' && found.query !== wanted,
    next: useCallback(() => step(1), [step]),
    previous: useCallback(() => step(-1), [step]),
  };
}
