import { useCallback, useEffect, useRef, useState } from 'react';
import type { PdfDocument } from '../shared/pdf/pdf-document';
import { useDebouncedValue } from '../shared/use-debounced-value';
import { findInPage, normalizeQuery, type TextHit } from './find-text';
import { pageText } from './page-text';
import { useRequestEffect } from '../shared/use-request-effect';

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

/** The hits of one query, and which of them is current (-1 for none). */
interface Found {
  query: string;
  hits: TextHit[];
  current: number;
}

/**
 * Text search over a whole document. A new query starts at the first hit on or after the page
 * being read; next and previous wrap around the document.
 */
export function useDocumentSearch(document: PdfDocument, page: number): DocumentSearch {
  const [query, setQuery] = useState('');
  const settled = normalizeQuery(useDebouncedValue(query, SEARCH_DEBOUNCE_MS));
  const [found, setFound] = useState<Found>({ query: '', hits: [], current: -1 });

  // The page being read when the query settles decides where the hits start; turning pages
  // afterwards must not search again.
  const pageRef = useRef(page);
  useEffect(() => {
    pageRef.current = page;
  }, [page]);

  // A document closed mid-search is no fault: that failure is dropped.
  useRequestEffect(
    (signal) => {
      if (settled) return searchDocument(document, settled, pageRef.current, signal);
      setFound({ query: '', hits: [], current: -1 });
      return undefined;
    },
    [document, settled],
    { onResult: setFound, onError: (error) => console.error(error) },
  );

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

/** Every hit of `query` in `document`, the current one the first at or after `startPage`. */
async function searchDocument(document: PdfDocument, query: string, startPage: number, signal: AbortSignal): Promise<Found> {
  const hits: TextHit[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    hits.push(...findInPage((await pageText(document, number)).runs, query, number));
    // A newer query or another document: the rest of this one's pages are not read.
    signal.throwIfAborted();
  }
  const first = hits.findIndex((hit) => hit.page >= startPage);
  return { query, hits, current: hits.length === 0 ? -1 : Math.max(first, 0) };
}
