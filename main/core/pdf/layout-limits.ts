import { imageSize } from 'image-size';

/**
 * Most pixels an image in a briefing may declare. pdfmake decodes every image whole: a 746 KB
 * PNG declaring 30,000 × 30,000 pixels took 2.4 GB. 25 million is a 5,000 × 5,000 photograph,
 * far sharper than any page prints.
 */
export const MAX_IMAGE_PIXELS = 25_000_000;

/**
 * Most pieces of content (paragraphs, runs of text, table cells, images) one briefing may lay
 * out: some 600 pages. The default book template lays out 57 records as about 3,200 pieces, so a
 * hundred-page book stays far below; pdfmake's time and memory grow with the count, and without
 * a bound a template could hold an export (or the app, when it lays out in process) for minutes.
 */
export const MAX_CONTENT_NODES = 200_000;

/**
 * Checks converted content against the limits above before pdfmake sees it, and returns
 * nothing; throws an Error saying which limit and what to do. The walk keeps its own stack, so
 * content nested however deeply is checked without overflowing the call stack.
 */
export function checkLayoutLimits(content: unknown): void {
  const stack: unknown[] = [content];
  let nodes = 0;
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (++nodes > MAX_CONTENT_NODES) {
      throw new Error(
        `the briefing lays out as more than ${MAX_CONTENT_NODES.toLocaleString('en-US')} pieces of content; a loop in the template probably repeats far more than the briefing holds`,
      );
    }
    const image = (node as { image?: unknown }).image;
    if (typeof image === 'string') checkImage(image);
    for (const value of Object.values(node)) if (value && typeof value === 'object') stack.push(value);
  }
}

/** Refuses a `data:` image whose declared size is beyond `MAX_IMAGE_PIXELS`, or cannot be read; other sources never load (see pdfmake-setup). */
function checkImage(src: string): void {
  const data = /^data:[^,]*;base64,/i.exec(src);
  if (!data) return;
  let size: { width: number; height: number };
  try {
    size = imageSize(Buffer.from(src.slice(data[0].length), 'base64'));
  } catch {
    // Its size cannot be told, so neither can what decoding it would take (pdfmake, or pdf.js showing the PDF).
    throw new Error('an image in the briefing is not a PNG or JPEG whose size can be read; save it again as PNG or JPEG');
  }
  if (size.width * size.height > MAX_IMAGE_PIXELS) {
    throw new Error(
      `an image in the briefing is ${size.width.toLocaleString('en-US')} × ${size.height.toLocaleString('en-US')} pixels, ` +
        `more than the ${(MAX_IMAGE_PIXELS / 1_000_000).toLocaleString('en-US')} million pixels Briefbook lays out; scale it down before putting it in the template`,
    );
  }
}
