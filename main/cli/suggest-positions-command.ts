import { suggestPositions } from '../core/positions';
import { UsageError } from './errors';
import { openLibrary, type LibraryOptions } from './library-option';
import { printTable } from './table';

export interface SuggestPositionsOptions extends LibraryOptions {
  json?: boolean;
  record?: string;
  minScore?: string;
  limit?: string;
}

/** `briefbook suggest-positions`: pairs of records from different sources that may call for the same thing, best first. */
export async function runSuggestPositions(options: SuggestPositionsOptions, print: (line: string) => void): Promise<void> {
  const { library } = await openLibrary(options);
  if (options.record !== undefined && !library.records.some((r) => r.id === options.record)) {
    throw new UsageError(`unknown record "${options.record}"; \`briefbook list records\` lists them`);
  }
  const suggestions = suggestPositions(library, {
    ...(options.record !== undefined ? { recordId: options.record } : {}),
    ...(options.minScore !== undefined ? { minScore: fraction(options.minScore, '--min-score') } : {}),
    ...(options.limit !== undefined ? { limit: count(options.limit, '--limit') } : {}),
  });
  if (options.json) return print(JSON.stringify(suggestions, null, 2));
  const summaries = new Map(library.records.map((r) => [r.id, r.summary]));
  printTable(
    print,
    ['SCORE', 'RECORD', 'RECORD', 'SHARED TOPICS', 'SUMMARIES'],
    suggestions.map((s) => [
      s.score.toFixed(2),
      s.recordIds[0],
      s.recordIds[1],
      s.sharedTopics.join(',') || '-',
      s.recordIds.map((id) => summaries.get(id)).join(' | '),
    ]),
  );
  if (suggestions.length === 0) print('No suggestions: every likely pair is linked or was rejected.');
}

function fraction(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new UsageError(`${flag} takes a number from 0 to 1, not "${text}"`);
  return value;
}

function count(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag} takes a whole number of 1 or more, not "${text}"`);
  return value;
}
