import { describe, expect, it } from 'vitest';
import { pageWidthFor, scaleFor, zoomedIn, zoomedOut, ZOOM_STEPS } from './zoom';

const A4 = { width: 595, height: 842 };

describe('scaleFor', () => {
  it('is the chosen scale, or the scale that fits the width or the whole page', () => {
    expect(scaleFor({ mode: 'scale', scale: 1.5 }, A4, { width: 100, height: 100 })).toBe(1.5);
    expect(scaleFor({ mode: 'fit-width' }, A4, { width: 793.33, height: 300 })).toBeCloseTo(1, 3);
    // Automatic: the width, up to 125%.
    expect(scaleFor({ mode: 'auto' }, A4, { width: 793.33, height: 300 })).toBeCloseTo(1, 3);
    expect(scaleFor({ mode: 'auto' }, A4, { width: 2000, height: 300 })).toBe(1.25);
    // A short, wide view: the height decides.
    expect(scaleFor({ mode: 'fit-page' }, A4, { width: 2000, height: 842 * (96 / 72) })).toBeCloseTo(1, 3);
    // A tall, narrow view: the width decides.
    expect(scaleFor({ mode: 'fit-page' }, A4, { width: 793.33 / 2, height: 5000 })).toBeCloseTo(0.5, 3);
  });
});

describe('pageWidthFor', () => {
  it('draws a page at its printed size at 100%, never narrower than a pixel', () => {
    expect(pageWidthFor({ mode: 'scale', scale: 1 }, A4, { width: 1, height: 1 })).toBe(793);
    expect(pageWidthFor({ mode: 'fit-width' }, A4, { width: 0, height: 0 })).toBe(1);
  });
});

describe('zoomedIn and zoomedOut', () => {
  it('step to the next scale, stopping at either end', () => {
    expect(zoomedIn(1)).toEqual({ mode: 'scale', scale: 1.1 });
    expect(zoomedIn(1.03)).toEqual({ mode: 'scale', scale: 1.1 });
    expect(zoomedOut(1.03)).toEqual({ mode: 'scale', scale: 1 });
    expect(zoomedIn(ZOOM_STEPS.at(-1)!)).toEqual({ mode: 'scale', scale: 3 });
    expect(zoomedOut(0.5)).toEqual({ mode: 'scale', scale: 0.5 });
  });
});
