import { TextLayer } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { isCancelledRender, type PdfDocument } from '../shared/pdf/pdf-document';
import { PdfPage } from '../shared/pdf/pdf-page';
import type { TextHit } from './find-text';
import { pageText } from './page-text';
import { RecordLinkLayer } from './record-link-layer';
import { useRequestEffect } from '../shared/use-request-effect';

interface ReaderPageProps {
  document: PdfDocument;
  pageNumber: number;
  /** CSS pixels. */
  width: number;
  /** Height over width of the page. */
  aspect: number;
  /** On or near the screen: only those are drawn. */
  near: boolean;
  /** The search hits on this page. */
  hits: readonly TextHit[];
  /** The hit shown, when it is on this page. */
  currentHit: TextHit | undefined;
}

/**
 * One page in the reader: the preview's canvas, with pdf.js's text layer over it (so text can
 * be selected and copied) and the search hits marked where the text layer puts their words.
 */
export function ReaderPage({ document, pageNumber, width, aspect, near, hits, currentHit }: ReaderPageProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  // Said on the frame (`data-drawn`), so whoever waits for the page can tell.
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const layerRef = useRef<HTMLDivElement>(null);
  const spans = useTextLayer(layerRef, document, pageNumber, width, near && drawn);
  const boxes = useHitBoxes(frameRef, spans, hits);

  return (
    <div ref={frameRef} className="reader-page" data-drawn={drawn || undefined} style={{ width, height: Math.round(width * aspect) }}>
      <PdfPage document={document} pageNumber={pageNumber} width={width} near={near} aspect={aspect} onDrawn={onDrawn} />
      <div className="reader-hits" aria-hidden="true">
        {boxes.map((box, index) => (
          <div
            key={index}
            className={`reader-hit${box.hit === currentHit ? ' is-current' : ''}`}
            style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
          />
        ))}
      </div>
      <div ref={layerRef} className="textLayer" />
      <RecordLinkLayer document={document} pageNumber={pageNumber} width={width} wanted={near && drawn} />
    </div>
  );
}

/**
 * Draws the page's text layer into `layerRef` while `wanted` (the page is near and its canvas
 * drawn), and returns its spans (one per text run, in the search's order) once drawn.
 */
function useTextLayer(
  layerRef: RefObject<HTMLDivElement | null>,
  document: PdfDocument,
  pageNumber: number,
  width: number,
  wanted: boolean,
): readonly HTMLElement[] | undefined {
  const [spans, setSpans] = useState<readonly HTMLElement[]>();
  useRequestEffect(
    (signal) => {
      const layer = layerRef.current;
      if (!layer || !wanted || width <= 0) return undefined;
      // The spans this layer shows are taken down with it.
      signal.addEventListener('abort', () => setSpans(undefined));
      return renderTextLayer(layer, document, pageNumber, width, signal);
    },
    [layerRef, document, pageNumber, width, wanted],
    {
      onResult: setSpans,
      onError: (error) => {
        if (!isCancelledRender(error) && (error as Error)?.name !== 'AbortException') console.error(error);
      },
    },
  );
  return spans;
}

/** Lays page `pageNumber`'s text out in `layer` for a page `width` pixels wide; its spans. Stops when `signal` aborts. */
async function renderTextLayer(
  layer: HTMLDivElement,
  document: PdfDocument,
  pageNumber: number,
  width: number,
  signal: AbortSignal,
): Promise<readonly HTMLElement[]> {
  const page = await document.getPage(pageNumber);
  const { content } = await pageText(document, pageNumber);
  signal.throwIfAborted();
  const scale = width / page.getViewport({ scale: 1 }).width;
  layer.replaceChildren();
  // The layer sizes its spans from this (pdf.js's viewer sets it on its page container).
  layer.style.setProperty('--total-scale-factor', String(scale));
  const layerTask = new TextLayer({ textContentSource: withEmbeddedFonts(content), container: layer, viewport: page.getViewport({ scale }) });
  signal.addEventListener('abort', () => layerTask.cancel());
  await layerTask.render();
  return layerTask.textDivs;
}

/**
 * The text content with each run set in the font the canvas drew it with. pdf.js names the font
 * face it loads for a page's embedded font after the font's id (`g_d0_f3`), once the page is
 * drawn; measured in it, rather than in a generic serif, the text layer puts each word where
 * the canvas drew it, so search hits are marked exactly. Characters that face has no glyph for
 * fall back to the generic family, as before.
 */
function withEmbeddedFonts(content: TextContent): TextContent {
  const styles = Object.fromEntries(
    Object.entries(content.styles).map(([fontName, style]) => [fontName, { ...style, fontFamily: `"${fontName}", ${style.fontFamily}` }]),
  );
  return { ...content, styles };
}

interface HitBox {
  hit: TextHit;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where the characters of each hit are drawn, relative to the page frame, measured from the text layer. */
function useHitBoxes(frameRef: RefObject<HTMLDivElement | null>, spans: readonly HTMLElement[] | undefined, hits: readonly TextHit[]): HitBox[] {
  const [boxes, setBoxes] = useState<HitBox[]>([]);
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame || !spans || hits.length === 0) {
      setBoxes((shown) => (shown.length === 0 ? shown : []));
      return;
    }
    const origin = frame.getBoundingClientRect();
    const range = window.document.createRange();
    const measured: HitBox[] = [];
    for (const hit of hits) {
      for (const segment of hit.segments) {
        const text = spans[segment.run]?.firstChild;
        if (!(text instanceof Text)) continue;
        range.setStart(text, Math.min(segment.start, text.length));
        range.setEnd(text, Math.min(segment.end, text.length));
        for (const rect of range.getClientRects()) {
          measured.push({ hit, left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height });
        }
      }
    }
    setBoxes(measured);
  }, [frameRef, spans, hits]);
  return boxes;
}
