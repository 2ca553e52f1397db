import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchContext } from '../context';
import { BOOK_TEMPLATE, bookFixture } from '../fixtures/book-library';
import type { Row } from '../report';
import { summarize } from '../stats';
import { run } from './cli-cold';

/**
 * Peak memory of exporting the biggest book, measured in a child process of its own (the CLI,
 * so loading the library counts too) with the peak resident set size the kernel reports.
 * Also gives that export's wall time as a new process.
 */
export async function bookPeakMemory(context: BenchContext): Promise<Row[]> {
  const book = context.sizes.books.at(-1)!;
  const { file } = await bookFixture(context, book);
  const rssFile = path.join(context.workDir, 'max-rss');
  const reporter = pathToFileURL(path.join(import.meta.dirname, '..', 'report-max-rss.mjs')).href;
  const args = ['--import', reporter, path.join(context.root, 'bin/briefbook.js'), 'export', '--library', file, '--template', BOOK_TEMPLATE, '--out', path.join(context.workDir, 'book-cli.pdf')];

  const megabytes: number[] = [];
  const times: number[] = [];
  for (let i = 0; i < context.sizes.runs.bigBook; i++) {
    context.log(`book ${book.pages} via CLI: run ${i + 1} of ${context.sizes.runs.bigBook}`);
    const start = performance.now();
    await run(process.execPath, args, { ...process.env, BENCH_MAX_RSS_FILE: rssFile });
    times.push(performance.now() - start);
    megabytes.push(Number(await readFile(rssFile, 'utf8')) / 1024);
  }
  return [
    { id: `book${book.pages}.rss`, label: `book ~${book.pages} pp: peak RSS (CLI process)`, unit: 'MB', ...summarize(megabytes), target: 1024, note: 'maxRSS of the whole process' },
    { id: `book${book.pages}.cli`, label: `book ~${book.pages} pp: CLI process, cold`, unit: 'ms', ...summarize(times), note: 'load library + export + write' },
  ];
}
