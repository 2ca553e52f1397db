import type { Library } from '../main/core/model';
import type { ResourceLayout } from '../main/core/resources';

/** How big each measurement is: full figures, or the tiny smoke sizes CI runs. */
export interface BenchSizes {
  /** Timed runs per figure. */
  runs: { memo: number; cli: number; preview: number; book: number; bigBook: number; load: number };
  /** Untimed in-process exports before timing, so fonts, caches and the JIT have settled. */
  warmup: number;
  /** Synthetic books, each sized to come out near `pages` with bench/templates/book.hbs. */
  books: Array<{ pages: number; records: number; topics: number }>;
  /** Library sizes for load and query figures. */
  libraries: number[];
  /** Queries per library size (p50/p95 are taken over these). */
  queries: number;
  /**
   * Whether Chromium is measured beside the memo (warm, edit, cold) too. The smoke run leaves
   * it to the book case: a browser launch per cold run costs seconds on a loaded machine.
   */
  chromiumMemo: boolean;
}

// About 3.7 records fill a page of the book template; each topic also starts a new page.
export const FULL_SIZES: BenchSizes = {
  runs: { memo: 15, cli: 7, preview: 15, book: 5, bigBook: 3, load: 5 },
  warmup: 5,
  books: [
    { pages: 100, records: 330, topics: 13 },
    { pages: 500, records: 1800, topics: 13 },
  ],
  libraries: [10_000, 100_000],
  queries: 300,
  chromiumMemo: true,
};

/**
 * The smoke run proves every case still runs, not how fast: each contender runs once, with no
 * warm-up, on inputs just big enough to exercise the code (a book over a few pages and topics,
 * a library with several sources).
 */
export const SMOKE_SIZES: BenchSizes = {
  runs: { memo: 1, cli: 1, preview: 1, book: 1, bigBook: 1, load: 1 },
  warmup: 0,
  books: [{ pages: 3, records: 8, topics: 2 }],
  libraries: [200],
  queries: 10,
  chromiumMemo: false,
};

/** What every benchmark case gets. */
export interface BenchContext {
  sizes: BenchSizes;
  /** The project folder (where package.json, bin/ and data/ are). */
  root: string;
  /** Scratch folder for generated libraries, HTML and PDFs; removed after the run. */
  workDir: string;
  layout: ResourceLayout;
  /** The shipped default library, `data/library.json`. */
  defaultLibraryFile: string;
  defaultLibrary: Library;
  /** Progress for the person watching; the table comes at the end. */
  log(message: string): void;
}

/** Records per source in synthetic libraries (the default library has about 28). */
export const RECORDS_PER_SOURCE = 50;
