/**
 * Reader zoom: a fixed scale, or fit the page's width or the whole page to the view, or
 * automatic (the width, but never larger than comfortable). Pure, so the arithmetic is tested
 * without a browser.
 */

export type Zoom = { mode: 'auto' } | { mode: 'fit-width' } | { mode: 'fit-page' } | { mode: 'scale'; scale: number };

/** Automatic zoom fits the width up to this scale: on a wide screen a page at 145% reads like a poster. */
export const AUTO_MAX_SCALE = 1.25;

/** The scales zoom in and out step through; 1 is the page at its printed size. */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

/** CSS pixels per PDF point at 100%: a page shows at its printed size on a 96 dpi screen. */
export const CSS_PIXELS_PER_POINT = 96 / 72;

export interface Size {
  width: number;
  height: number;
}

/** The scale (1 = printed size) a page of `page` points shows at in a view of `view` CSS pixels. */
export function scaleFor(zoom: Zoom, page: Size, view: Size): number {
  if (zoom.mode === 'scale') return zoom.scale;
  const fitWidth = view.width / (page.width * CSS_PIXELS_PER_POINT);
  if (zoom.mode === 'fit-width') return fitWidth;
  if (zoom.mode === 'auto') return Math.min(fitWidth, AUTO_MAX_SCALE);
  return Math.min(fitWidth, view.height / (page.height * CSS_PIXELS_PER_POINT));
}

/** The width in CSS pixels a page of `page` points is drawn at. */
export function pageWidthFor(zoom: Zoom, page: Size, view: Size): number {
  return Math.max(1, Math.floor(page.width * CSS_PIXELS_PER_POINT * scaleFor(zoom, page, view)));
}

/** The next step above `scale`, or the largest. */
export function zoomedIn(scale: number): Zoom {
  return { mode: 'scale', scale: ZOOM_STEPS.find((step) => step > scale + 0.005) ?? ZOOM_STEPS.at(-1)! };
}

/** The next step below `scale`, or the smallest. */
export function zoomedOut(scale: number): Zoom {
  return { mode: 'scale', scale: [...ZOOM_STEPS].reverse().find((step) => step < scale - 0.005) ?? ZOOM_STEPS[0] };
}
