/**
 * The search worker's entry point (bundled to dist/search-worker.js): holds a copy of the
 * library's searchable fields and its text index, and answers the main process's record
 * queries, so neither building the index of a large library nor a search holds up main's
 * event loop. Main sends what changed since the library it last sent (see changes.ts), and
 * the index follows those records only: an edit never rebuilds it.
 */
import { parentPort } from 'node:worker_threads';
import { findRecordPage } from '../../query';
import { RecordSearch } from '../record-search';
import { LibraryCopy } from './changes';
import type { SearchReply, SearchRequest } from './messages';

const port = parentPort;
if (!port) throw new Error('the search worker runs only as a worker thread');

const copy = new LibraryCopy();
const index = new RecordSearch();
/**
 * The last few searches' answers on the library as it is now: the window asks the same search
 * again for each page and for its facet counts.
 */
let answers = new Map<string, ArrayLike<number>>();
const ANSWERS_KEPT = 8;

function positionsOf(search: string): ArrayLike<number> {
  let positions = answers.get(search);
  if (!positions) {
    positions = index.positions(search);
    if (answers.size >= ANSWERS_KEPT) answers.delete(answers.keys().next().value!);
    answers.set(search, positions);
  }
  return positions;
}

port.postMessage({ ready: true } satisfies SearchReply);
port.on('message', (request: SearchRequest) => {
  if ('changes' in request) {
    // Each part is indexed as it comes, while main prepares the next.
    const changed = copy.apply(request.changes);
    index.update(copy.library, changed);
    answers = new Map();
    return;
  }
  const { id, query, offset, limit } = request;
  try {
    const page = findRecordPage(copy.library, query, offset, limit, (_library, search) => positionsOf(search));
    port.postMessage({ id, ok: true, page } satisfies SearchReply);
  } catch (error) {
    port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies SearchReply);
  }
});
