import type { Source, TextLocation } from '../model';

/** Where a passage is in its source, as a reader of the source finds it. */
export interface Pinpoint {
  /**
   * The passage's paragraph, counted from the top of the source's text (1-based): every line
   * of text is a paragraph, headings included, as the source's text is kept in the library.
   */
  paragraph: number;
  /** Its page in the source (1-based) for a source read from a PDF; 0 when the source has no pages. */
  page: number;
}

/** The paragraph (and, for a PDF source, the page) where a passage starts. */
export function pinpointOf(source: Pick<Source, 'text' | 'pageStarts'>, location: TextLocation): Pinpoint {
  const before = source.text.slice(0, Math.min(location.start, source.text.length));
  const lines = before.split('\n');
  // The passage's own line counts once it holds text, whether or not the passage starts it.
  const paragraph = lines.slice(0, -1).filter((line) => line.trim()).length + 1;
  const starts = source.pageStarts ?? [];
  const page = starts.length ? starts.filter((start) => start <= location.start).length + 1 : 0;
  return { paragraph, page };
}
