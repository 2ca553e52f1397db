import path from 'node:path';
import type { BenchContext } from '../context';
import { runNode, type ChildUsage } from '../child-process';
import { BOOK_TEMPLATE, bookFixture } from '../fixtures/book-library';
import type { Row } from '../report';
import { summarize } from '../stats';

/**
 * Peak memory of exporting the biggest book, measured in a child process of its own (the CLI,
 * so loading the library counts too) with the peak resident set size the kernel reports.
 * Also gives that export's wall time as a new process.
 */
export async function bookPeakMemory(context: BenchContext): Promise<Row[]> {
  const book = context.sizes.books.at(-1)!;
  const { file } = await bookFixture(context, book);
  const args = [path.join(context.root, 'bin/briefbook.js'), 'export', '--library', file, '--template', BOOK_TEMPLATE, '--out', path.join(context.workDir, 'book-cli.pdf')];
  const usageFile = path.join(context.workDir, 'book-cli-usage.json');

  const runs: ChildUsage[] = [];
  for (let i = 0; i < context.sizes.runs.bigBook; i++) {
    context.log(`book ${book.pages} via CLI: run ${i + 1} of ${context.sizes.runs.bigBook}`);
    runs.push(await runNode(args, usageFile));
  }
  return [
    { id: `book${book.pages}.rss`, label: `book ~${book.pages} pp: peak RSS (CLI process)`, unit: 'MB', ...summarize(runs.map((r) => r.maxRssMb)), target: 1024, note: 'maxRSS of the whole process' },
    {
      id: `book${book.pages}.cli`,
      label: `book ~${book.pages} pp: CLI process, cold`,
      unit: 'ms',
      ...summarize(runs.map((r) => r.wallMs)),
      cpu: summarize(runs.map((r) => r.cpuMs)).median,
      note: 'load library + export + write',
    },
  ];
}
