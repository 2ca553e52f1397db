import { useState } from 'react';
import type { PdfDocument } from '../shared/pdf/pdf-document';
import { useRequestEffect } from '../shared/use-request-effect';

/** Where a bookmark leads: a page, and how far down it, in PDF points from the page's top. */
export interface OutlineTarget {
  page: number;
  top: number;
}

/** One bookmark of the document's outline, with the ones under it. */
export interface OutlineEntry {
  title: string;
  /** Undefined for a bookmark that leads nowhere in the document (a web link, a broken destination). */
  target: OutlineTarget | undefined;
  children: OutlineEntry[];
}

type PdfOutline = Awaited<ReturnType<PdfDocument['getOutline']>>;

/** The document's bookmarks with their destinations resolved; undefined while they load. */
export function useOutline(document: PdfDocument): OutlineEntry[] | undefined {
  const [outline, setOutline] = useState<OutlineEntry[]>();
  // A document closed while its bookmarks were resolving is no fault: that failure is dropped.
  useRequestEffect(
    () => {
      setOutline(undefined);
      return document.getOutline().then((items) => resolveEntries(document, items ?? []));
    },
    [document],
    {
      onResult: setOutline,
      onError: (error) => {
        console.error(error);
        setOutline([]);
      },
    },
  );
  return outline;
}

function resolveEntries(document: PdfDocument, items: NonNullable<PdfOutline>): Promise<OutlineEntry[]> {
  return Promise.all(
    items.map(async (item) => ({
      title: item.title,
      target: await resolveDestination(document, item.dest),
      children: await resolveEntries(document, item.items),
    })),
  );
}

/**
 * A destination as a page and a height on it. Named destinations are looked up; `XYZ` and
 * `FitH`/`FitBH` give a height (PDF space, from the bottom), other fits mean the page's top.
 */
async function resolveDestination(document: PdfDocument, dest: string | unknown[] | null): Promise<OutlineTarget | undefined> {
  const explicit = typeof dest === 'string' ? await document.getDestination(dest) : dest;
  if (!Array.isArray(explicit) || explicit.length === 0) return undefined;
  const [ref, fit, ...args] = explicit as [unknown, { name?: string } | undefined, ...unknown[]];
  const pageIndex =
    typeof ref === 'number' ? ref : await document.getPageIndex(ref as Parameters<PdfDocument['getPageIndex']>[0]).catch(() => -1);
  if (pageIndex < 0 || pageIndex >= document.numPages) return undefined;
  const y = fit?.name === 'XYZ' ? args[1] : fit?.name === 'FitH' || fit?.name === 'FitBH' ? args[0] : undefined;
  if (typeof y !== 'number') return { page: pageIndex + 1, top: 0 };
  const viewport = (await document.getPage(pageIndex + 1)).getViewport({ scale: 1 });
  return { page: pageIndex + 1, top: Math.max(0, viewport.convertToViewportPoint(0, y)[1]!) };
}
