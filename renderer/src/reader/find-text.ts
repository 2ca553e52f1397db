/**
 * Finding words in a PDF's text the way a reader expects: ignoring case, and treating any run of
 * white space (a line break included) as one space, so a phrase split over two lines is found.
 * Pure functions over pdf.js's text items, so they can be tested without a browser.
 */

/** One run of text as pdf.js extracts it, with where it sits. */
export interface TextRun {
  str: string;
  /** The run ends its line. */
  hasEOL: boolean;
  /** Distance of the run's top from the top of the page, in PDF points. */
  top: number;
}

/** Part of a hit inside one run: characters `[start, end)` of `runs[run].str`. */
export interface HitSegment {
  run: number;
  start: number;
  end: number;
}

/** One occurrence of the query on a page. */
export interface TextHit {
  page: number;
  segments: HitSegment[];
  /** Top of the hit's first line from the top of the page, in PDF points. */
  top: number;
}

/** The query as it is matched: lower case, white space collapsed, trimmed. */
export function normalizeQuery(query: string): string {
  return query.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Every occurrence of `query` (normalized) in the runs of page `page`, in reading order, none overlapping. */
export function findInPage(runs: readonly TextRun[], query: string, page: number): TextHit[] {
  const needle = normalizeQuery(query);
  if (!needle) return [];
  const { text, origin } = searchableText(runs);
  const hits: TextHit[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    const segments = segmentsOf(origin.slice(at, at + needle.length));
    if (segments.length === 0) continue;
    hits.push({ page, segments, top: Math.min(...segments.map((segment) => runs[segment.run]!.top)) });
  }
  return hits;
}

/** Where one character of the searchable text came from; null for the space standing for a line end. */
type Origin = { run: number; offset: number } | null;

/**
 * The page's text as one searchable string, with the origin of each character: lower case
 * (where that keeps one character one character, so offsets stay true), runs of white space
 * as one space, and a space at each line end.
 */
function searchableText(runs: readonly TextRun[]): { text: string; origin: Origin[] } {
  let text = '';
  const origin: Origin[] = [];
  let afterSpace = true;
  runs.forEach((run, index) => {
    for (let offset = 0; offset < run.str.length; offset++) {
      const char = run.str[offset]!;
      if (/\s/.test(char)) {
        if (!afterSpace) {
          text += ' ';
          origin.push({ run: index, offset });
        }
        afterSpace = true;
        continue;
      }
      const lower = char.toLowerCase();
      text += lower.length === 1 ? lower : char;
      origin.push({ run: index, offset });
      afterSpace = false;
    }
    if (run.hasEOL && !afterSpace) {
      text += ' ';
      origin.push(null);
      afterSpace = true;
    }
  });
  return { text, origin };
}

/** Consecutive characters of one run grouped into one segment. */
function segmentsOf(origins: readonly Origin[]): HitSegment[] {
  const segments: HitSegment[] = [];
  for (const origin of origins) {
    if (!origin) continue;
    const last = segments.at(-1);
    if (last && last.run === origin.run && last.end === origin.offset) last.end += 1;
    else if (last && last.run === origin.run) last.end = origin.offset + 1;
    else segments.push({ run: origin.run, start: origin.offset, end: origin.offset + 1 });
  }
  return segments;
}
