import { useEffect, useRef, useState } from 'react';
import { isCancelledRender, type PdfDocument } from './pdf-document';

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

  useEffect(() => {
    if (!near || width <= 0) return;
    let cancel = () => {};
    let live = true;
    (async () => {
      const page = await document.getPage(pageNumber);
      const natural = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (width / natural.width) * window.devicePixelRatio });
      const offscreen = window.document.createElement('canvas');
      offscreen.width = Math.floor(viewport.width);
      offscreen.height = Math.floor(viewport.height);
      const task = page.render({ canvas: offscreen, viewport });
      cancel = () => task.cancel();
      await task.promise;
      const canvas = canvasRef.current;
      if (!live || !canvas) return;
      canvas.width = offscreen.width;
      canvas.height = offscreen.height;
      canvas.getContext('2d')?.drawImage(offscreen, 0, 0);
      setAspect(natural.height / natural.width);
      onDrawn(pageNumber, document);
    })().catch((error: unknown) => {
      // A replaced or destroyed document cancels its renders; anything else is a real fault.
      if (live && !isCancelledRender(error)) console.error(error);
    });
    return () => {
      live = false;
      cancel();
    };
  }, [document, pageNumber, width, near, onDrawn]);

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
