/** Half-open character range `[start, end)` into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** A heading the format marks up, with its level (1 for a title, 2 and more for sections). */
export interface Heading extends Span {
  level: number;
}

/** The formats Briefbook imports. */
export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf';

/** Bibliographic details proposed for a source; the analyst confirms them before they count. */
export interface ProposedMetadata {
  title?: string;
  publisher?: string;
  /** The outlet or series inside the publisher, e.g. a blog name or "Commentary". */
  container?: string;
  authors?: string[];
  /** `YYYY-MM-DD`. */
  date?: string;
  url?: string;
  /** BCP 47 tag, `en` or `ru`. */
  language?: string;
}

/**
 * What a reader makes of a file: the text records will point into, plus what the format says
 * explicitly about its structure and bibliography.
 */
export interface ReadDocument {
  format: DocumentFormat;
  /** Normalized text (see `normalizeText`); record locations are offsets into it. */
  text: string;
  /** Headings the format marks up (Markdown `#`, HTML h1–h6, larger type in a PDF). */
  headings: Heading[];
  /** Metadata the format declares (HTML meta tags, Markdown front matter, PDF document info). */
  metadata: ProposedMetadata;
  /** For a PDF of several pages: where each page after the first begins in `text` (see `Source.pageStarts`). */
  pageStarts?: number[];
}
