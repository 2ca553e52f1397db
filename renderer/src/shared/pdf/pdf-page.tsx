import { useRef, useState } from 'react';
import { isCancelledRender, type PdfDocument } from './pdf-document';
import { useRequestEffect } from '../use-request-effect';

/** Height over width of A4: the placeholder shape until the page's own size is known. */
const A4_ASPECT = 297 / 210;

interface PdfPageProps {
  document: PdfDocument;
  pageNumber: number;
  /** CSS pixels. */
  width: number;
  /** The page is on or near the screen: only those are rendered. */
  near: boolean;
  /** Height over width, when known before the page is drawn (A4 until then otherwise). */
  aspect?: number;
  /** Called once `document`'s version of the page is on screen. */
  onDrawn(pageNumber: number, document: PdfDocument): void;
}

/**
 * One PDF page on a canvas. A new version renders off screen and replaces the old pixels only
 * when complete, so the page never flashes blank while the briefing is being edited.
 */
export function PdfPage({ document, pageNumber, width, near, aspect: knownAspect, onDrawn }: PdfPageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [aspect, setAspect] = useState(knownAspect ?? A4_ASPECT);

  useRequestEffect(
    (signal) => (near && width > 0 ? drawOffscreen(document, pageNumber, width, signal) : undefined),
    [document, pageNumber, width, near, onDrawn],
    {
      onResult: (drawn) => {
        const canvas = canvasRef.current;
        if (!canvas) return;
        canvas.width = drawn.offscreen.width;
        canvas.height = drawn.offscreen.height;
        canvas.getContext('2d')?.drawImage(drawn.offscreen, 0, 0);
        setAspect(drawn.aspect);
        onDrawn(pageNumber, document);
      },
      // A replaced or destroyed document cancels its renders; anything else is a real fault.
      onError: (error) => {
        if (!isCancelledRender(error)) console.error(error);
      },
    },
  );

  return (
    <canvas
      ref={canvasRef}
      className="pdf-page"
      style={{ width, height: Math.round(width * aspect) }}
      role="img"
      aria-label={`Page ${pageNumber}`}
      data-page={pageNumber}
    />
  );
}

/** Page `pageNumber` drawn `width` CSS pixels wide on a canvas off screen, and its height over width. Cancelled when `signal` aborts. */
async function drawOffscreen(
  document: PdfDocument,
  pageNumber: number,
  width: number,
  signal: AbortSignal,
): Promise<{ offscreen: HTMLCanvasElement; aspect: number }> {
  const page = await document.getPage(pageNumber);
  const natural = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: (width / natural.width) * window.devicePixelRatio });
  const offscreen = window.document.createElement('canvas');
  offscreen.width = Math.floor(viewport.width);
  offscreen.height = Math.floor(viewport.height);
  const task = page.render({ canvas: offscreen, viewport });
  signal.addEventListener('abort', () => task.cancel());
  await task.promise;
  return { offscreen, aspect: natural.height / natural.width };
}
